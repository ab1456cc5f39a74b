import { noChange } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { STATUS_LINE } from '../styles/encoding.js';
import type { PlacedLink } from './network-layout.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

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
 * A re-render (hover, focus, selection) only touches the class and width that changed.
 */
class LinkLinesDirective extends Directive {
  private readonly lines: SVGLineElement[] = [];
  /** What each line was last drawn for, its class and its width. */
  private readonly shown: (PlacedLink['link'] | null)[] = [];
  private readonly kinds: string[] = [];
  private readonly classes: string[] = [];
  private readonly widths: string[] = [];

  render(_spec: LinkLines): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, [spec]: [LinkLines]): typeof noChange {
    const { links } = spec;
    const parent = part.parentNode;
    const { lines } = this;
    while (lines.length < links.length) {
      const line = (parent.ownerDocument ?? document).createElementNS(SVG_NS, 'line');
      line.setAttribute('part', 'link');
      parent.insertBefore(line, part.endNode);
      lines.push(line);
      this.shown.push(null);
      this.kinds.push('');
      this.classes.push('');
      this.widths.push('');
    }
    for (const line of lines.splice(links.length)) line.remove();
    for (const list of [this.shown, this.kinds, this.classes, this.widths]) list.length = links.length;
    for (let i = 0; i < links.length; i++) {
      const l = links[i];
      const line = lines[i];
      const { link } = l;
      if (this.shown[i] !== link || this.kinds[i] !== l.kind) {
        this.shown[i] = link;
        this.kinds[i] = l.kind;
        const style = STATUS_LINE[link.status];
        line.setAttribute('data-kind', l.kind);
        line.setAttribute('data-status', link.status);
        line.setAttribute('data-source', link.source);
        line.setAttribute('data-target', link.target);
        if (style.dash) line.setAttribute('stroke-dasharray', style.dash);
        else line.removeAttribute('stroke-dasharray');
        line.setAttribute('stroke-opacity', String(style.opacity));
      }
      const className = spec.className(l);
      if (this.classes[i] !== className) line.setAttribute('class', (this.classes[i] = className));
      const width = String(spec.strokeWidth(l));
      if (this.widths[i] !== width) line.setAttribute('stroke-width', (this.widths[i] = width));
    }
    return noChange;
  }
}

export const linkLines = directive(LinkLinesDirective);
