import type { Kind, Status } from '../data/types.js';

/**
 * The visual encoding every view shares (design.md, "Encoding"): a kind has a colour and a
 * letter, so it survives greyscale and colour blindness; evidence has a line style and opacity.
 */

/** Colours of the kinds a dataset may use beyond the three named ones, as CSS custom properties. */
const EXTRA_KIND_COLORS = ['#7b5ea7', '#2a9d8f', '#8d6e63', '#d81b60', '#546e7a'];

/** CSS colour of a kind: the themeable custom property for the three named kinds. */
export function kindColor(kind: Kind | string, index: number): string {
  const id = typeof kind === 'string' ? kind : kind.id;
  if (id === 'diplomatic' || id === 'economic' || id === 'military') return `var(--_${id})`;
  return `var(--ally-color-${id}, ${EXTRA_KIND_COLORS[index % EXTRA_KIND_COLORS.length]})`;
}

/** One letter that identifies a kind without colour (D, E, M). */
export function kindLetter(kind: Kind): string {
  return (kind.label.trim()[0] ?? kind.id[0] ?? '?').toUpperCase();
}

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
