import type { Dataset } from './types.js';
import relationships from '../../data/relationships.json';

/** The bundled default dataset (`data/relationships.json`), validated by the test suite. */
export const defaultDataset = relationships as Dataset;
