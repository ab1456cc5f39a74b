import type { Dataset } from './types.js';
import relationships from '../../data/relationships.json';

/** The bundled default dataset (`data/relationships.json`), validated by the test suite. */
export const defaultDataset = relationships as Dataset;

/**
 * The default dataset's translations, by the URL its `translations` names (relative to it):
 * bundled as chunks that only a reader of that language downloads.
 */
export const defaultTranslations: Readonly<Record<string, () => Promise<unknown>>> = {
  'relationships.uk.json': () => import('../../data/relationships.uk.json').then((m) => m.default),
};
