import { noChange } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { STATUS_LINE } from '../styles/encoding.js';
import type { PlacedLink } from '../layout/network-layout.js';

/** Sets an attribute only when it changes: a shape that did not move costs nothing. */
export function setAttr(el: Element, name: string, value: string | number): void {
  const text = String(value);
  if (el.getAttribute(name) !== text) el.setAttribute(name, text);
}

/** The links drawn and how each looks; positions are written by the element's `placeShapes`. */
export interface LinkLines {
  links: readonly PlacedLink[];
  /** The class of each link (kind slot and fade). */
  className: (link: PlacedLink) => string;
  strokeWidth: (link: PlacedLink) => number;
}

/**
 * The links' `<line>` elements, made and updated directly: at 1,000 partners there are ~2,400
 * links, and a Lit template per link with eight bindings cost more than the lines themselves.
 * A re-render (hover, focus, selection) only touches the classes and widths that change.
 */
class LinkLinesDirective extends Directive {
  private readonly lines: SVGLineElement[] = [];
  /** The link each line was last drawn for. */
  private readonly shown: PlacedLink['link'][] = [];

  render(_spec: LinkLines): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, [{ links, className, strokeWidth }]: [LinkLines]): typeof noChange {
    const { lines, shown } = this;
    while (lines.length < links.length) {
      const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
      line.setAttribute('part', 'link');
      lines.push(part.parentNode.insertBefore(line, part.endNode));
    }
    for (const line of lines.splice(links.length)) line.remove();
    shown.length = Math.min(shown.length, links.length);
    links.forEach((l, i) => {
      const line = lines[i];
      const { link } = l;
      if (shown[i] !== link) {
        shown[i] = link;
        const { dash, opacity } = STATUS_LINE[link.status];
        line.setAttribute('data-kind', link.kind);
        line.setAttribute('data-status', link.status);
        line.setAttribute('data-source', link.source);
        line.setAttribute('data-target', link.target);
        line.setAttribute('data-relation', link.relation);
        line.setAttribute('data-between', String(link.between));
        line.setAttribute('data-contested', String(link.contested));
        line.setAttribute('stroke-opacity', String(opacity));
        if (dash) line.setAttribute('stroke-dasharray', dash);
        else line.removeAttribute('stroke-dasharray');
      }
      setAttr(line, 'class', className(l));
      setAttr(line, 'stroke-width', strokeWidth(l));
    });
    return noChange;
  }
}

export const linkLines = directive(LinkLinesDirective);
