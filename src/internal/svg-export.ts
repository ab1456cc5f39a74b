/**
 * Pictures for download: a drawn `<svg>` as a standalone SVG file (computed styles inlined as
 * presentation attributes, a title and the source line, nothing outside the file referenced),
 * and that file rasterized to PNG on a canvas. Nothing here makes a network request.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Inherited SVG properties: written where they differ from the parent's, so the file stays small. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'marker-start',
  'marker-mid',
  'marker-end',
  'shape-rendering',
] as const;

/** Not inherited: written where they differ from their initial value. */
const OWN: Record<string, string> = {
  opacity: '1',
  'text-decoration-line': 'none',
  'mix-blend-mode': 'normal',
};

/** Elements that could reach outside the file or run code: dropped from the copy. */
const DROP = new Set(['script', 'style', 'foreignObject', 'image', 'iframe', 'video', 'audio', 'canvas', 'link']);

export interface SvgExportOptions {
  /** The file's `<title>`, e.g. the dataset title and the view. */
  title: string;
  /** A longer `<desc>`, e.g. a text summary of the picture. */
  description?: string;
  /** Lines of small print drawn under the picture: the source line. */
  caption?: readonly string[];
  /** The element whose background, colour and font frame the picture (default: the SVG). */
  host?: Element;
}

export interface StandaloneSvg {
  /** The SVG file's text, with an XML declaration. */
  text: string;
  /** Its size in CSS pixels. */
  width: number;
  height: number;
}

/** `url("http://page/#id")` (how browsers compute paint servers) back to a file-local `url(#id)`. */
function localUrl(value: string): string | null {
  if (!value.includes('url(')) return value;
  const match = /url\(\s*["']?[^"')]*?(#[^"')]+)["']?\s*\)/.exec(value);
  return match ? value.replace(/url\([^)]*\)/, `url(${match[1]})`) : null;
}

function isTransparent(color: string): boolean {
  return color === 'transparent' || /^rgba\(.*,\s*0\)$/.test(color);
}

/** Strips what a standalone file must not carry: classes, handlers, links out of the file. */
function cleanAttributes(el: Element): void {
  for (const attr of [...el.attributes]) {
    const name = attr.name.toLowerCase();
    const value = attr.value.trim();
    if (
      name.startsWith('on') ||
      name.startsWith('data-') ||
      name === 'class' ||
      name === 'part' ||
      name === 'style' ||
      name === 'tabindex' ||
      name === 'focusable'
    ) {
      el.removeAttributeNode(attr);
    } else if ((name === 'href' || name === 'xlink:href') && !value.startsWith('#')) {
      el.removeAttributeNode(attr);
    } else if (value.includes('url(')) {
      const local = localUrl(value);
      if (local === null) el.removeAttributeNode(attr);
      else if (local !== attr.value) attr.value = local;
    }
  }
}

/** Replaces an element by its children (an `<a>` keeps its drawing, loses its link). */
function unwrap(el: Element): void {
  const doc = el.ownerDocument;
  const group = doc.createElementNS(SVG_NS, 'g');
  for (const attr of [...el.attributes]) {
    if (attr.name !== 'href' && attr.name !== 'xlink:href' && attr.name !== 'target') {
      group.setAttribute(attr.name, attr.value);
    }
  }
  while (el.firstChild) group.appendChild(el.firstChild);
  el.replaceWith(group);
}

/** Copies the computed styles of `source` (a live, drawn SVG) onto its clone `copy`, element by element. */
function inlineStyles(source: SVGSVGElement, copy: SVGSVGElement): void {
  const view = source.ownerDocument.defaultView;
  if (!view) return;
  const sources: Element[] = [source, ...source.querySelectorAll('*')];
  const copies: Element[] = [copy, ...copy.querySelectorAll('*')];
  const computed = new Map<Element, CSSStyleDeclaration>();
  const drop = new Set<Element>();
  const unwraps: Element[] = [];
  sources.forEach((el, i) => {
    const target = copies[i];
    if (!target) return;
    const tag = el.localName;
    if (el.namespaceURI !== SVG_NS || DROP.has(tag)) {
      drop.add(target);
      return;
    }
    const style = view.getComputedStyle(el);
    computed.set(el, style);
    if (style.display === 'none' && tag !== 'defs' && !el.closest('defs, marker, clipPath, mask, pattern, symbol')) {
      drop.add(target);
      return;
    }
    const parent = el === source ? null : computed.get(el.parentElement as Element);
    for (const name of INHERITED) {
      const value = style.getPropertyValue(name);
      if (!value || (parent && parent.getPropertyValue(name) === value)) continue;
      const local = localUrl(value);
      // Unitless lengths in stroke values read in every SVG renderer, not only in browsers.
      if (local !== null) target.setAttribute(name, name.startsWith('stroke') ? local.replace(/(\d)px\b/g, '$1') : local);
    }
    for (const [name, initial] of Object.entries(OWN)) {
      const value = style.getPropertyValue(name);
      if (value && value !== initial) target.setAttribute(name === 'text-decoration-line' ? 'text-decoration' : name, value);
    }
    if (!el.hasAttribute('transform') && style.transform && style.transform !== 'none' && el !== source) {
      target.setAttribute('transform', style.transform);
    }
    if (tag === 'a') unwraps.push(target);
  });
  for (const el of copies) if (!drop.has(el)) cleanAttributes(el);
  for (const el of drop) el.remove();
  for (const el of unwraps) if (el.parentNode) unwrap(el);
}

function removeComments(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/** Greedy word wrap to about `max` characters a line. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** Margin around the picture in an exported file, in CSS pixels. */
const PADDING = 12;

/**
 * A standalone SVG file of a drawn `<svg>`: computed colours, lines and fonts written as
 * presentation attributes (no stylesheet, no `style` attribute), the page background behind it,
 * a `<title>`, an optional `<desc>`, and the caption (source line) drawn underneath. Links,
 * images, scripts and anything that refers outside the file are left out.
 */
export function standaloneSvg(source: SVGSVGElement, options: SvgExportOptions): StandaloneSvg {
  const doc = source.ownerDocument;
  const view = doc.defaultView;
  const frame = options.host ?? source;
  const frameStyle = view?.getComputedStyle(frame);
  let picture: SVGSVGElement;
  let width: number;
  let pictureHeight: number;
  if (source.isConnected) {
    // A drawn SVG: copy it with its computed styles.
    const box = source.getBoundingClientRect();
    width = Math.max(1, Math.round(box.width || source.width.baseVal.value || 600));
    pictureHeight = Math.max(1, Math.round(box.height || source.height.baseVal.value || 400));
    picture = source.cloneNode(true) as SVGSVGElement;
    inlineStyles(source, picture);
    removeComments(picture);
    for (const attr of ['width', 'height', 'x', 'y', 'role', 'aria-hidden', 'aria-label', 'aria-labelledby', 'aria-describedby']) {
      picture.removeAttribute(attr);
    }
    if (!picture.hasAttribute('viewBox')) picture.setAttribute('viewBox', `0 0 ${width} ${pictureHeight}`);
    picture.querySelectorAll('title, desc').forEach((el) => el.remove());
  } else {
    // Made for export (snapshotSvg): styled by its attributes already.
    picture = source;
    width = Math.max(1, Math.round(Number(source.getAttribute('width')) || 600));
    pictureHeight = Math.max(1, Math.round(Number(source.getAttribute('height')) || 400));
  }
  picture.setAttribute('width', String(width));
  picture.setAttribute('height', String(pictureHeight));

  const pad = PADDING;
  picture.setAttribute('x', String(pad));
  picture.setAttribute('y', String(pad));
  const fontSize = 11;
  const lineHeight = 15;
  const maxChars = Math.max(20, Math.floor(width / (fontSize * 0.55)));
  const captionLines = (options.caption ?? []).flatMap((line) => wrapText(line, maxChars));
  const captionHeight = captionLines.length ? captionLines.length * lineHeight + 8 : 0;
  const outerWidth = width + 2 * pad;
  const height = pictureHeight + captionHeight + 2 * pad;

  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  if (picture.querySelector('[*|href]')) root.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
  root.setAttribute('width', String(outerWidth));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${outerWidth} ${height}`);
  const fontFamily = frameStyle?.fontFamily;
  if (fontFamily) root.setAttribute('font-family', fontFamily);
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = options.title;
  root.appendChild(title);
  const descText = [options.description, ...(options.caption ?? [])].filter(Boolean).join('\n');
  if (descText) {
    const desc = doc.createElementNS(SVG_NS, 'desc');
    desc.textContent = descText;
    root.appendChild(desc);
  }

  // The picture's background is the element's: find the nearest opaque one.
  let background = '#ffffff';
  for (let el: Element | null = frame; el && view; ) {
    const color = view.getComputedStyle(el).backgroundColor;
    if (color && !isTransparent(color)) {
      background = color;
      break;
    }
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  }
  const rect = doc.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', background);
  root.appendChild(rect);
  root.appendChild(picture);

  if (captionLines.length) {
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(pad));
    text.setAttribute('y', String(pad + pictureHeight + 8 + fontSize));
    text.setAttribute('font-size', String(fontSize));
    text.setAttribute('fill', frameStyle?.color || '#1d1f23');
    text.setAttribute('fill-opacity', '0.8');
    captionLines.forEach((line, i) => {
      const span = doc.createElementNS(SVG_NS, 'tspan');
      span.setAttribute('x', String(pad));
      if (i > 0) span.setAttribute('dy', String(lineHeight));
      span.textContent = line;
      text.appendChild(span);
    });
    root.appendChild(text);
  }

  const markup = new XMLSerializer().serializeToString(root);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`, width: round(outerWidth), height: round(height) };
}

/**
 * Rasterizes an SVG file to PNG through an `<img>` and a canvas, at `scale` times its size.
 * The image is a `blob:` URL of the file itself: no request leaves the page, but a page whose
 * Content-Security-Policy restricts `img-src` must allow `blob:` for this to work.
 */
export async function svgToPng(svg: StandaloneSvg, doc: Document = document, scale = 2): Promise<Blob> {
  const view = doc.defaultView ?? window;
  const url = view.URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new view.Image(svg.width, svg.height);
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () =>
        reject(new Error('The picture could not be drawn as PNG (a Content-Security-Policy may need img-src blob:).'));
      image.src = url;
    });
    const canvas = doc.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))), 'image/png'),
    );
  } finally {
    view.URL.revokeObjectURL(url);
  }
}

type Box = { left: number; top: number };

function transparent(color: string): boolean {
  return !color || isTransparent(color);
}

function textCase(text: string, transform: string): string {
  if (transform === 'uppercase') return text.toUpperCase();
  if (transform === 'lowercase') return text.toLowerCase();
  if (transform === 'capitalize') return text.replace(/(^|\s)(\S)/g, (_, space: string, c: string) => space + c.toUpperCase());
  return text;
}

/**
 * A picture of views drawn in HTML (a table, a card), for export: each box with a background or
 * a border becomes a rect, each line of text a `<text>` where it is on screen, in the computed
 * colours and fonts; SVG inside is copied as it is drawn. The result stands alone, detached from
 * the page. Elements matching `skip` (tooltips, hidden labels) are left out.
 */
export function snapshotSvg(roots: readonly Element[], skip = ''): SVGSVGElement | null {
  const shown = roots.filter((el) => el.getClientRects().length > 0);
  const first = shown[0];
  const view = first?.ownerDocument.defaultView;
  if (!first || !view) return null;
  const doc = first.ownerDocument;
  const boxes = shown.map((el) => el.getBoundingClientRect());
  const origin: Box = { left: Math.min(...boxes.map((b) => b.left)), top: Math.min(...boxes.map((b) => b.top)) };
  const width = Math.ceil(Math.max(...boxes.map((b) => b.right)) - origin.left);
  const height = Math.ceil(Math.max(...boxes.map((b) => b.bottom)) - origin.top);
  const out = doc.createElementNS(SVG_NS, 'svg');
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const x = (n: number): string => String(round(n - origin.left));
  const y = (n: number): string => String(round(n - origin.top));
  const make = (parent: Element, tag: string, attrs: Record<string, string>): Element => {
    const el = doc.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    parent.appendChild(el);
    return el;
  };

  const drawBox = (parent: Element, style: CSSStyleDeclaration, r: DOMRect): void => {
    // Pills (border-radius: 999px) round to half their height, as the browser draws them.
    const radius = Math.min(parseFloat(style.borderTopLeftRadius) || 0, r.width / 2, r.height / 2);
    const shape = { x: x(r.left), y: y(r.top), width: String(round(r.width)), height: String(round(r.height)) };
    if (!transparent(style.backgroundColor)) {
      make(parent, 'rect', { ...shape, ...(radius ? { rx: String(radius) } : {}), fill: style.backgroundColor });
    }
    const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
      side,
      width: parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0,
      color: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
      line: style.getPropertyValue(`border-${side.toLowerCase()}-style`),
    }));
    const drawn = sides.filter((s) => s.width > 0 && s.line !== 'none' && s.line !== 'hidden' && !transparent(s.color));
    const dash = (s: (typeof sides)[number]): Record<string, string> =>
      s.line === 'dashed' ? { 'stroke-dasharray': `${s.width * 3} ${s.width * 2}` } : s.line === 'dotted' ? { 'stroke-dasharray': `${s.width} ${s.width}` } : {};
    const [a] = drawn;
    if (a && drawn.length === 4 && drawn.every((s) => s.width === a.width && s.color === a.color && s.line === a.line)) {
      const w = a.width;
      make(parent, 'rect', {
        x: x(r.left + w / 2),
        y: y(r.top + w / 2),
        width: String(round(Math.max(0, r.width - w))),
        height: String(round(Math.max(0, r.height - w))),
        ...(radius ? { rx: String(Math.max(0, radius - w / 2)) } : {}),
        fill: 'none',
        stroke: a.color,
        'stroke-width': String(w),
        ...dash(a),
      });
      return;
    }
    for (const s of drawn) {
      const h = s.width / 2;
      const [x1, y1, x2, y2] =
        s.side === 'Top'
          ? [r.left, r.top + h, r.right, r.top + h]
          : s.side === 'Bottom'
            ? [r.left, r.bottom - h, r.right, r.bottom - h]
            : s.side === 'Left'
              ? [r.left + h, r.top, r.left + h, r.bottom]
              : [r.right - h, r.top, r.right - h, r.bottom];
      make(parent, 'line', { x1: x(x1), y1: y(y1), x2: x(x2), y2: y(y2), stroke: s.color, 'stroke-width': String(s.width), ...dash(s) });
    }
  };

  const drawText = (parent: Element, node: Text, style: CSSStyleDeclaration): void => {
    const range = doc.createRange();
    const lines: { text: string; left: number; top: number; height: number }[] = [];
    for (const match of node.data.matchAll(/\S+/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rect = range.getClientRects()[0];
      if (!rect || rect.width === 0) continue;
      const line = lines[lines.length - 1];
      if (line && Math.abs(rect.top - line.top) < rect.height / 2) line.text += ` ${match[0]}`;
      else lines.push({ text: match[0], left: rect.left, top: rect.top, height: rect.height });
    }
    for (const line of lines) {
      const text = make(parent, 'text', {
        x: x(line.left),
        y: y(line.top + line.height / 2),
        'dominant-baseline': 'central',
        fill: style.color,
        'font-family': style.fontFamily,
        'font-size': style.fontSize,
        ...(style.fontWeight !== '400' && style.fontWeight !== 'normal' ? { 'font-weight': style.fontWeight } : {}),
        ...(style.fontStyle !== 'normal' ? { 'font-style': style.fontStyle } : {}),
        ...(style.letterSpacing !== 'normal' ? { 'letter-spacing': style.letterSpacing } : {}),
      });
      text.textContent = textCase(line.text, style.textTransform);
    }
  };

  const walk = (el: Element, parent: Element): void => {
    if (skip && el.matches(skip)) return;
    const style = view.getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 && r.height <= 1 && style.display !== 'contents') return;
    let target = parent;
    if (Number(style.opacity) < 1) target = make(parent, 'g', { opacity: style.opacity });
    if (el.namespaceURI === SVG_NS && el.localName === 'svg') {
      const copy = el.cloneNode(true) as SVGSVGElement;
      inlineStyles(el as SVGSVGElement, copy);
      removeComments(copy);
      copy.setAttribute('x', x(r.left));
      copy.setAttribute('y', y(r.top));
      copy.setAttribute('width', String(round(r.width)));
      copy.setAttribute('height', String(round(r.height)));
      target.appendChild(copy);
      return;
    }
    drawBox(target, style, r);
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) drawText(target, child as Text, style);
      else if (child.nodeType === Node.ELEMENT_NODE) walk(child as Element, target);
    }
  };
  for (const root of shown) walk(root, out);
  return out;
}
