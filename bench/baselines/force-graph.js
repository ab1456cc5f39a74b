// Baseline: the force-directed graph a developer would write by hand from the classic D3
// example — d3-force animated from random positions until alpha < alphaMin, d3-selection SVG
// (a <line> per link, a <circle> per node with a <title>), d3-drag's behaviour by pointer events.
// Also the "static" variant: 300 synchronous ticks, then one draw.
import { forceCenter, forceLink, forceManyBody, forceSimulation } from 'd3-force';
import { select } from 'd3-selection';
import { COLORS, graphOf, lcg } from './graph-data.js';

/**
 * Draws the graph into `container`. Returns promises for the first drawn tick and for the end of
 * the simulation (the layout has settled).
 */
export function forceGraph(container, data, { width = 960, height = 640, animated = true } = {}) {
  const { nodes, links } = graphOf(data);
  const random = lcg(42);
  for (const node of nodes) {
    node.x = random() * width;
    node.y = random() * height;
  }
  const simulation = forceSimulation(nodes)
    .force('link', forceLink(links).id((d) => d.id))
    .force('charge', forceManyBody())
    .force('center', forceCenter(width / 2, height / 2));

  const svg = select(container)
    .append('svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', [0, 0, width, height])
    .attr('style', 'max-width: 100%; height: auto;');
  const link = svg
    .append('g')
    .attr('stroke-opacity', 0.6)
    .selectAll('line')
    .data(links)
    .join('line')
    .attr('stroke', (d) => COLORS[d.kind] ?? '#999')
    .attr('stroke-width', 1.5);
  const node = svg
    .append('g')
    .attr('stroke', '#fff')
    .attr('stroke-width', 1.5)
    .selectAll('circle')
    .data(nodes)
    .join('circle')
    .attr('r', 5)
    .attr('fill', '#333')
    .attr('data-id', (d) => d.id);
  node.append('title').text((d) => d.name);

  function ticked() {
    link
      .attr('x1', (d) => d.source.x)
      .attr('y1', (d) => d.source.y)
      .attr('x2', (d) => d.target.x)
      .attr('y2', (d) => d.target.y);
    node.attr('cx', (d) => d.x).attr('cy', (d) => d.y);
  }

  // d3-drag's classic handlers, written with Pointer Events: pin the node under the pointer and
  // reheat the simulation while dragging.
  let dragged = null;
  node.on('pointerdown', function (event, d) {
    dragged = d;
    this.setPointerCapture(event.pointerId);
    simulation.alphaTarget(0.3).restart();
    d.fx = d.x;
    d.fy = d.y;
  });
  node.on('pointermove', (event, d) => {
    if (dragged !== d) return;
    const box = svg.node().getBoundingClientRect();
    d.fx = ((event.clientX - box.left) * width) / box.width;
    d.fy = ((event.clientY - box.top) * height) / box.height;
  });
  node.on('pointerup pointercancel', (event, d) => {
    if (dragged !== d) return;
    dragged = null;
    simulation.alphaTarget(0);
    d.fx = null;
    d.fy = null;
  });

  let firstTick;
  const drawn = new Promise((resolve) => (firstTick = resolve));
  const settled = new Promise((resolve) => simulation.on('end', () => resolve(performance.now())));
  if (animated) {
    simulation.on('tick', () => {
      ticked();
      firstTick();
    });
  } else {
    simulation.stop();
    simulation.tick(300);
    ticked();
    firstTick();
    simulation.on('tick', ticked);
  }
  return { svg: svg.node(), drawn, settled: animated ? settled : drawn.then(() => performance.now()), simulation };
}
