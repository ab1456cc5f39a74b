import { noChange } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import type { PlacedNode } from './network-layout.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** How one node is drawn (positions are written by the element's `placeShapes`). */
export interface NodeLook {
  selected: boolean;
  className: string;
  /** The accessible name: the country's support, or in a dense picture its name. */
  label: string;
  tabStop: boolean;
  /** Radius of the hit area. */
  hit: number;
  /** A focus ring is drawn (the tab stop and the focused node). */
  ring: boolean;
}

export interface NodeShapes {
  nodes: readonly PlacedNode[];
  look: (node: PlacedNode) => NodeLook;
  fontSize: number;
}

/** One node's elements and the values last written into them. */
interface Drawn {
  g: SVGGElement;
  hit: SVGCircleElement;
  dot: SVGCircleElement;
  ring: SVGCircleElement | null;
  text: SVGTextElement | null;
  values: Record<string, string>;
}

/** Sets an attribute when its value (remembered under `key`) changes. */
function put(values: Record<string, string>, el: Element, key: string, name: string, value: string): void {
  if (values[key] !== value) el.setAttribute(name, (values[key] = value));
}

/**
 * The nodes' `<g>` elements (hit area, dot, focus ring, label), made and updated directly: at
 * 1,000 partners a Lit template per node with a dozen bindings cost more than the elements. A
 * re-render (hover, focus, selection) writes only the attributes that change. The markup is the
 * template's: `part`, `class`, `data-id`, `role="option"`, `aria-selected`, `aria-label`,
 * `tabindex`; names are text, never markup.
 */
class NodeShapesDirective extends Directive {
  private readonly drawn: Drawn[] = [];

  render(_spec: NodeShapes): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, [spec]: [NodeShapes]): typeof noChange {
    const { nodes, fontSize } = spec;
    const parent = part.parentNode;
    const doc = parent.ownerDocument ?? document;
    const { drawn } = this;
    while (drawn.length < nodes.length) {
      const g = doc.createElementNS(SVG_NS, 'g');
      g.setAttribute('role', 'option');
      const hit = g.appendChild(doc.createElementNS(SVG_NS, 'circle'));
      hit.setAttribute('class', 'hit');
      const dot = g.appendChild(doc.createElementNS(SVG_NS, 'circle'));
      dot.setAttribute('class', 'dot');
      parent.insertBefore(g, part.endNode);
      drawn.push({ g, hit, dot, ring: null, text: null, values: {} });
    }
    for (const { g } of drawn.splice(nodes.length)) g.remove();
    for (let i = 0; i < nodes.length; i++) {
      const p = nodes[i];
      const d = drawn[i];
      const look = spec.look(p);
      const { g, values } = d;
      put(values, g, 'part', 'part', look.selected ? 'node selected' : 'node');
      put(values, g, 'class', 'class', look.className);
      put(values, g, 'id', 'data-id', p.id);
      put(values, g, 'selected', 'aria-selected', String(look.selected));
      put(values, g, 'label', 'aria-label', look.label);
      put(values, g, 'tabindex', 'tabindex', look.tabStop ? '0' : '-1');
      put(values, d.hit, 'hit', 'r', String(look.hit));
      put(values, d.dot, 'r', 'r', String(p.r));
      if (look.ring) {
        if (!d.ring) {
          d.ring = doc.createElementNS(SVG_NS, 'circle');
          d.ring.setAttribute('class', 'ring');
          g.insertBefore(d.ring, d.text);
          values.ring = '';
        }
        put(values, d.ring, 'ring', 'r', String(p.r + 4));
      } else if (d.ring) {
        d.ring.remove();
        d.ring = null;
      }
      if (p.label) {
        if (!d.text) {
          d.text = g.appendChild(doc.createElementNS(SVG_NS, 'text'));
          d.text.setAttribute('class', 'label');
          d.text.setAttribute('dominant-baseline', 'central');
          values.font = values.name = '';
        }
        put(values, d.text, 'font', 'font-size', String(fontSize));
        if (values.name !== p.node.name) d.text.textContent = values.name = p.node.name;
      } else if (d.text) {
        d.text.remove();
        d.text = null;
      }
    }
    return noChange;
  }
}

export const nodeShapes = directive(NodeShapesDirective);
