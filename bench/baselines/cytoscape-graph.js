// "Why not Cytoscape.js?": the network library a publisher would pick instead, configured as its
// documentation shows — one import (it ships as a single module, nothing to tree-shake), the
// built-in force-directed `cose` layout, a canvas renderer, nodes that can be dragged. The layout
// runs to its end before the first frame (`animate: false`), as ours does. Same graph as the D3
// baselines; labels drawn, as in ours.
import cytoscape from 'cytoscape';
import { COLORS, graphOf } from './graph-data.js';

export function cytoscapeGraph(container, data, { width = 960, height = 640 } = {}) {
  const { nodes, links } = graphOf(data);
  const box = document.createElement('div');
  box.style.cssText = `width: ${width}px; height: ${height}px`;
  container.append(box);
  const cy = cytoscape({
    container: box,
    elements: [
      ...nodes.map((n) => ({ data: { id: n.id, label: n.name } })),
      ...links.map((l, i) => ({ data: { id: `l${i}`, source: l.source, target: l.target, kind: l.kind } })),
    ],
    style: [
      { selector: 'node', style: { width: 10, height: 10, 'background-color': '#333', label: 'data(label)', 'font-size': 10 } },
      ...Object.entries(COLORS).map(([kind, color]) => ({ selector: `edge[kind = "${kind}"]`, style: { width: 1.5, 'line-color': color, opacity: 0.6 } })),
    ],
    layout: { name: 'preset' },
  });
  const layout = cy.layout({ name: 'cose', animate: false, randomize: true });
  const laidOut = layout.promiseOn('layoutstop');
  layout.run();
  // The first frame the renderer draws after the layout.
  const drawn = laidOut.then(() => new Promise((resolve) => cy.one('render', resolve)));
  return { cy, box, drawn };
}
