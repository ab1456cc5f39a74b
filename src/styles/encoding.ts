import type { Status } from '../data/types.js';

/**
 * How evidence looks in every view: a line style and opacity for links, a symbol for cells and
 * badges, always read together with the written status. (Kinds: ./kinds.ts.)
 */

export interface LineStyle {
  /** SVG stroke-dasharray, or '' for a solid line. */
  dash: string;
  opacity: number;
  /** Multiplier of the base stroke width. */
  weight: number;
}

export const STATUS_LINE: Record<Status, LineStyle> = {
  reported: { dash: '', opacity: 1, weight: 1 },
  stated: { dash: '', opacity: 1, weight: 1 },
  'acknowledged-in-part': { dash: '8 4', opacity: 0.9, weight: 1 },
  alleged: { dash: '8 4', opacity: 0.9, weight: 1 },
  denied: { dash: '2 4', opacity: 0.45, weight: 1 },
  characterized: { dash: '', opacity: 0.8, weight: 0.5 },
};

/** A short symbol per status for cells and badges, read together with the written label. */
export const STATUS_SYMBOL: Record<Status, string> = {
  reported: '●',
  stated: '◆',
  'acknowledged-in-part': '◐',
  alleged: '◌',
  denied: '✕',
  characterized: '○',
};
