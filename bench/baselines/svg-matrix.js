// Baseline: the matrix a developer would write by hand — plain SVG, one <rect> per cell, drawn
// with a d3-selection data join.
import { select } from 'd3-selection';
import { cellSize, cellsOf, fillOf, opacityOf } from './matrix-data.js';

export function svgMatrix(container, data, { mode = 'support', columns = 'kinds', width = 960 } = {}) {
  const { rows, cols, cells } = cellsOf(data, { mode, columns });
  const size = cellSize(cols.length, width);
  const svg = select(container)
    .append('svg')
    .attr('width', cols.length * size)
    .attr('height', rows.length * size);
  svg
    .selectAll('rect')
    .data(cells)
    .join('rect')
    .attr('x', (d) => d.j * size)
    .attr('y', (d) => d.i * size)
    .attr('width', size - (size > 2 ? 1 : 0))
    .attr('height', size - (size > 2 ? 1 : 0))
    .attr('fill', fillOf)
    .attr('fill-opacity', opacityOf);
  return { svg: svg.node() };
}
