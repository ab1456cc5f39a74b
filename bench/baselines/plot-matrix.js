// "Why not Observable Plot?": the chart library a newsroom would pick for a matrix, its `cell`
// mark, imported by name as its documentation shows (the bundler drops the rest of Plot and of
// D3). Same cells, colours and cell size as the SVG baseline; Plot adds its axes.
import { cell, plot } from '@observablehq/plot';
import { cellSize, cellsOf, fillOf, opacityOf } from './matrix-data.js';

const MARGIN = 60;

export function plotMatrix(container, data, { mode = 'support', columns = 'kinds', width = 960 } = {}) {
  const { rows, cols, cells } = cellsOf(data, { mode, columns });
  const size = cellSize(cols.length, width);
  const svg = plot({
    width: cols.length * size + MARGIN,
    height: rows.length * size + MARGIN,
    marginLeft: MARGIN,
    marginTop: MARGIN,
    x: { domain: cols, axis: 'top', label: null },
    y: { domain: rows, label: null },
    marks: [cell(cells, { x: (d) => cols[d.j], y: (d) => rows[d.i], fill: fillOf, fillOpacity: opacityOf, inset: size > 2 ? 0.5 : 0 })],
  });
  container.append(svg);
  return { svg };
}
