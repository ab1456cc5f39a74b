import type { NetworkLink } from '../data/network.js';
import { clamp } from './network-rings.js';
import type { TakenBoxes } from './network-labels.js';

/**
 * Link geometry for the network view, in the coordinates of the picture on screen: one straight
 * line per link between its two countries' dots, the links of a pair side by side in a bundle
 * where each kind keeps its slot (D left, E centre, M right, seen from the first country), and
 * the kind's letter on the line where it overlaps nothing. Marks drawn on links (arrowheads,
 * a slot for joint ties, event marks) belong here.
 */

/** A link of the graph, placed. */
export interface PlacedLink {
  id: string;
  kind: string;
  link: NetworkLink;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Where the kind letter goes; null when the link is too short or the picture too dense. */
  letter: { x: number; y: number } | null;
}

/** A link's end: the centre and radius of a dot on screen. */
export interface LinkEnd {
  x: number;
  y: number;
  r: number;
}

export interface LinkOptions {
  /** Kind ids in bundle order. */
  kinds: readonly string[];
  fontSize: number;
  /** Letters at all (not in dense pictures). */
  letters: boolean;
  /**
   * While a node is dragged: the links that had a letter keep it, on their line, without a
   * search for room (which would change the picture's plan every frame).
   */
  follow?: ReadonlyMap<string, PlacedLink> | null;
}

const round = (v: number): number => Math.round(v * 100) / 100;

/** Lines (and letters, given room in `taken`) for the links whose two ends are placed. */
export function placeLinks(
  links: readonly NetworkLink[],
  ends: ReadonlyMap<string, LinkEnd>,
  options: LinkOptions,
  taken: TakenBoxes,
): PlacedLink[] {
  const { kinds, fontSize, follow } = options;
  const slots = Math.max(1, kinds.length);
  const placed: PlacedLink[] = [];
  for (const link of links) {
    const a = ends.get(link.source);
    const b = ends.get(link.target);
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.sqrt(dx * dx + dy * dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    const slot = Math.max(0, kinds.indexOf(link.kind)) - (slots - 1) / 2;
    const offset = slot * clamp(Math.min(a.r, b.r) * 0.45, 2, 4.5);
    const ox = -uy * offset;
    const oy = ux * offset;
    const visible = len - a.r - b.r;
    let letter: PlacedLink['letter'] = null;
    const had = follow?.get(link.id);
    if (options.letters && (follow ? had?.letter : visible > slots * fontSize + 2 * fontSize)) {
      const t = a.r + visible / 2 + slot * fontSize;
      const x = a.x + ux * t + ox;
      const y = a.y + uy * t + oy;
      // Letters, placed after labels, give way to them and to each other.
      if (follow || taken.take(x - fontSize / 2, y - fontSize / 2, fontSize, fontSize, 0)) letter = { x: round(x), y: round(y) };
    }
    placed.push({ id: link.id, kind: link.kind, link, x1: round(a.x + ox), y1: round(a.y + oy), x2: round(b.x + ox), y2: round(b.y + oy), letter });
  }
  return placed;
}
