import type { Kind } from '../data/types.js';

/**
 * Kinds of support as every view shows them (network links and legend, matrix headers and
 * cells, card badges, the exported pictures): a colour, carried by CSS custom properties so that
 * publishers can theme it, and a letter that names the kind without colour, for greyscale and
 * colour-blind readers. Nothing here knows a kind by its id: the dataset's order decides.
 */

/** Colour slots. Kinds beyond this many share the colours of the first ones, and keep their own letters. */
export const KIND_SLOTS = 8;

/**
 * Default colour of each slot in the light and the dark theme (the stylesheet's `--_slot<n>`).
 * The first three are the default dataset's diplomatic, economic and military.
 */
export const KIND_PALETTE: readonly (readonly [light: string, dark: string])[] = [
  ['#2f6fb0', '#6ea8e6'],
  ['#b7791f', '#e0a94a'],
  ['#c0392b', '#f07060'],
  ['#7b5ea7', '#b39ddb'],
  ['#2a9d8f', '#4db6ac'],
  ['#8d6e63', '#bcaaa4'],
  ['#d81b60', '#f06292'],
  ['#546e7a', '#90a4ae'],
];

export interface KindStyle {
  readonly id: string;
  readonly label: string;
  /** Position in the dataset's kinds. */
  readonly index: number;
  /** Colour slot: `index` modulo `KIND_SLOTS`. */
  readonly slot: number;
  /** The class (`k0`…`k7`) that sets `--_kind` to this kind's colour, under an element with `properties`. */
  readonly className: string;
  /** CSS colour: the publisher's `--ally-color-<id>`, else the theme's colour of the slot. */
  readonly color: string;
  /** One character that names the kind, unique in the dataset (see `kindLetters`). */
  readonly letter: string;
}

export interface KindEncoding {
  /** In dataset order. */
  readonly list: readonly KindStyle[];
  of(id: string): KindStyle | undefined;
  /** `--_k0`, `--_k1`, …: each slot's colour, set once on a view's root and read by the `k<n>` classes. */
  readonly properties: Readonly<Record<string, string>>;
}

/** Ids that can name a custom property as they are; others get the slot colour only. */
const CSS_NAME = /^[A-Za-z0-9_-]+$/;
const DIGITS = [...'1234567890'];

/**
 * One letter per kind, unique in the list, in dataset order: the label's first letter, else
 * the next letter of the label not taken yet, else a digit. "Economic" and "Energy" get E and N.
 */
export function kindLetters(kinds: readonly Pick<Kind, 'label'>[]): string[] {
  const taken = new Set<string>();
  return kinds.map((kind) => {
    const letters = [...kind.label.normalize('NFC').toUpperCase()].filter((c) => /\p{L}/u.test(c));
    let letter = [...letters, ...DIGITS].find((c) => !taken.has(c));
    // More kinds than letters and digits: numbers from 10 on.
    for (let n = 10; letter === undefined; n++) if (!taken.has(String(n))) letter = String(n);
    taken.add(letter);
    return letter;
  });
}

const encodings = new WeakMap<readonly Kind[], KindEncoding>();

/** How a dataset's kinds look; the same object for the same `kinds` array, so views may call it on each render. */
export function kindEncoding(kinds: readonly Kind[]): KindEncoding {
  let encoding = encodings.get(kinds);
  if (encoding) return encoding;
  const letters = kindLetters(kinds);
  const list = kinds.map((kind, index): KindStyle => {
    const slot = index % KIND_SLOTS;
    const fallback = `var(--_slot${slot})`;
    return {
      id: kind.id,
      label: kind.label,
      index,
      slot,
      className: `k${slot}`,
      color: CSS_NAME.test(kind.id) ? `var(--ally-color-${kind.id}, ${fallback})` : fallback,
      letter: letters[index],
    };
  });
  const byId = new Map(list.map((k) => [k.id, k]));
  encoding = {
    list,
    of: (id) => byId.get(id),
    properties: Object.fromEntries(list.slice(0, KIND_SLOTS).map((k) => [`--_k${k.slot}`, k.color])),
  };
  encodings.set(kinds, encoding);
  return encoding;
}
