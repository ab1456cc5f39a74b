import { GAP, MARGIN } from './network-rings.js';

/**
 * Label placement for the network view, in the coordinates of the picture on screen (so that a
 * zoomed picture places labels at their own size, not magnified): each label goes below, above,
 * right or left of its node, the side away from the centre first, where it overlaps nothing
 * taken before it; when no side is free the label is dropped, never overlapped.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelBox {
  /** Text anchor point, from the node's centre (the baseline is centred with `dominant-baseline: central`). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The box the text is expected to fill, in the drawing's coordinates. */
  box: Box;
}

/** What a label is placed beside: a node's dot on screen and the width of its text. */
export interface LabelledNode {
  x: number;
  y: number;
  r: number;
  labelWidth: number;
}

/** A box taken, by its edges. */
interface Taken {
  x: number;
  y: number;
  right: number;
  bottom: number;
}

const round = (v: number): number => Math.round(v * 100) / 100;

/**
 * The boxes taken in a picture (dots, labels, kind letters), in a uniform grid of cells a few
 * labels high, so that placing a thousand labels stays close to linear. A d3-quadtree of the
 * boxes' centres places the same labels 8 to 25 times slower (14 ms against 0.6 ms for 1,000
 * partners, measured in Node): every search must widen by the widest box taken.
 */
export class TakenBoxes {
  private readonly cells = new Map<number, Taken[]>();

  constructor(private readonly size: number) {}

  /**
   * Takes a box unless it comes within `pad` of a box taken before (with `pad` null, whatever
   * is there); true when taken.
   */
  take(x: number, y: number, w: number, h: number, pad: number | null): boolean {
    const { size, cells } = this;
    const right = x + w;
    const bottom = y + h;
    const x0 = Math.floor(x / size);
    const x1 = Math.floor(right / size);
    const y0 = Math.floor(y / size);
    const y1 = Math.floor(bottom / size);
    const gap = pad ?? 0;
    const padRight = right + gap;
    const padBottom = bottom + gap;
    const taken = { x, y, right, bottom };
    // First look for a box in the way, then take the cells.
    for (let pass = pad === null ? 1 : 0; pass < 2; pass++) {
      for (let i = x0; i <= x1; i++) {
        for (let j = y0; j <= y1; j++) {
          const key = i * 65536 + j;
          const cell = cells.get(key);
          if (pass) {
            if (cell) cell.push(taken);
            else cells.set(key, [taken]);
          } else {
            for (let k = 0; cell && k < cell.length; k++) {
              const o = cell[k];
              if (o.x < padRight && o.y < padBottom && x < o.right + gap && y < o.bottom + gap) return false;
            }
          }
        }
      }
    }
    return true;
  }
}

/** Height of a label's box at a font size. */
export const labelHeight = (fontSize: number): number => Math.ceil(fontSize * 1.3);

/** The boxes of a picture at a font size, with every dot inside the frame taken (dots may overlap one another). */
export function takeDots(nodes: readonly LabelledNode[], fontSize: number, width: number, height: number): TakenBoxes {
  const taken = new TakenBoxes(Math.max(24, labelHeight(fontSize) * 3));
  for (const p of nodes) {
    if (p.x + p.r < 0 || p.y + p.r < 0 || p.x - p.r > width || p.y - p.r > height) continue;
    taken.take(p.x - p.r, p.y - p.r, 2 * p.r, 2 * p.r, null);
  }
  return taken;
}

/** Where a label may go: below, above, right or left of its node. */
const SIDES = [[0, 1], [0, -1], [1, 0], [-1, 0]] as const;

/**
 * Labels for `nodes` in `priority` order (indices), inside a `width` × `height` frame, away from
 * `centre`; null where no side is free. Each label placed is taken in `taken`.
 */
export function placeLabels(
  nodes: readonly LabelledNode[],
  priority: readonly number[],
  frame: { width: number; height: number; fontSize: number; centre: { x: number; y: number } },
  taken: TakenBoxes,
): (LabelBox | null)[] {
  const { width, height, centre } = frame;
  const h = labelHeight(frame.fontSize);
  const labels: (LabelBox | null)[] = nodes.map(() => null);
  for (const i of priority) {
    const p = nodes[i];
    const w = p.labelWidth;
    // A node off screen has no label; one partly on screen may, if the label fits inside.
    if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) continue;
    const dx = p.x - centre.x;
    const dy = p.y - centre.y;
    const len = Math.sqrt(dx * dx + dy * dy);
    // The side away from the centre first, then the others in SIDES order.
    const out = len > 0 ? (dx / len > 0.4 ? 2 : dx / len < -0.4 ? 3 : dy < 0 ? 1 : 0) : 0;
    for (let t = -1; t < 4; t++) {
      if (t === out) continue;
      const [ux, uy] = SIDES[t < 0 ? out : t];
      const d = p.r + GAP;
      const x = p.x + ux * d;
      const y = uy ? p.y + uy * (d + h / 2) : p.y;
      const left = x - (w * (1 - ux)) / 2;
      const top = y - h / 2;
      if (left < MARGIN || top < MARGIN || left + w > width - MARGIN || top + h > height - MARGIN || !taken.take(left, top, w, h, 2)) continue;
      const anchor = ux > 0 ? 'start' : ux < 0 ? 'end' : 'middle';
      labels[i] = { x: round(x - p.x), y: round(y - p.y), anchor, box: { x: round(left), y: round(top), width: w, height: h } };
      break;
    }
  }
  return labels;
}

/** A label moved with its node by (dx, dy): the same side, the same text (while a node is dragged). */
export function moveLabel(label: LabelBox, dx: number, dy: number): LabelBox {
  const { box } = label;
  return { ...label, box: { ...box, x: round(box.x + dx), y: round(box.y + dy) } };
}
