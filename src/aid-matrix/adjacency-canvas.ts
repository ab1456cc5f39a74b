/**
 * Draws a large adjacency matrix into a canvas through ImageData: one pass over the cells, no
 * DOM node per cell (1,000 × 1,000 is a million cells); and where each cell is on it.
 */
import { scaleBand, type ScaleBand } from 'd3-scale';
import { SELF_CODE, type CompactAdjacency } from './adjacency-model.js';

/** RGBA of each code (index 0 = no claim … SELF_CODE = diagonal), packed little-endian for a Uint32Array. */
export type Palette = Uint32Array;

/** Packs CSS colours (any syntax the browser knows) into a palette, resolving them on a 1×1 canvas. */
export function makePalette(colors: readonly string[], opacities: readonly number[]): Palette {
  const probe = document.createElement('canvas');
  probe.width = probe.height = 1;
  const ctx = probe.getContext('2d', { willReadFrequently: true });
  const palette = new Uint32Array(SELF_CODE + 1);
  if (!ctx) return palette;
  colors.forEach((color, code) => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.globalAlpha = opacities[code] ?? 1;
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
    palette[code] = ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
  });
  return palette;
}

/**
 * Draws `grid` in display `order` (display index → country index) with `scale` device pixels
 * per cell. Sets the canvas's intrinsic size; CSS scales it to the space available.
 */
export function drawAdjacency(
  canvas: HTMLCanvasElement,
  grid: CompactAdjacency,
  order: Int32Array,
  scale: number,
  palette: Palette,
): void {
  const n = order.length;
  const side = n * scale;
  canvas.width = side;
  canvas.height = side;
  const ctx = canvas.getContext('2d');
  if (!ctx || side === 0) return;
  const image = ctx.createImageData(side, side);
  const pixels = new Uint32Array(image.data.buffer);
  const total = grid.countries.length;
  for (let r = 0; r < n; r++) {
    const source = order[r] * total;
    const top = r * scale * side;
    for (let c = 0; c < n; c++) {
      const color = palette[grid.codes[source + order[c]]];
      if (color === 0) continue;
      const left = top + c * scale;
      for (let y = 0; y < scale; y++) pixels.fill(color, left + y * side, left + y * side + scale);
    }
  }
  ctx.putImageData(image, 0, 0);
}

/** Rows (or columns) of the canvas: `ids` in equal bands over `[0, extent]` px. */
export function canvasBands(ids: readonly string[], extent: number): ScaleBand<string> {
  return scaleBand<string>().domain(ids).range([0, extent]);
}

/** The id whose band holds `x` px, or null outside the bands (d3's band scale has no inverse). */
export function bandAt(bands: ScaleBand<string>, x: number): string | null {
  const ids = bands.domain();
  const i = Math.floor((x - bands.range()[0]) / bands.step());
  return i >= 0 && i < ids.length ? ids[i] : null;
}
