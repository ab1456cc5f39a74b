import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VizElement } from '../internal/viz-element.js';
import { STATUS_LINE } from '../styles/encoding.js';
import { kindEncoding } from '../styles/kinds.js';
import { networkGraph, type NetworkGraph, type NetworkLink } from '../data/network.js';
import { capitalize, countrySupport, countrySupportText, datasetSummary, listNames } from '../data/describe.js';
import { STATUSES, STATUS_LABELS } from '../data/status.js';
import type { Dataset, Kind, Status } from '../data/types.js';
import { cssProps } from '../internal/css-props.js';
import { FrameLoopController } from '../controllers/frame-loop-controller.js';
import { NodeDragController, type DragSimulation } from '../controllers/node-drag-controller.js';
import { ZoomController } from '../controllers/zoom-controller.js';
import { allyNetworkStyles } from './ally-network.styles.js';
import {
  dragForces,
  drawNetwork,
  interpolateLayout,
  layoutScene,
  networkHeight,
  samePlan,
  type LayoutOptions,
  type NetworkLayout,
  type NetworkScene,
  type PlacedLink,
  type PlacedNode,
  type Point,
} from '../layout/network-layout.js';
import { linkLines, setAttr } from './link-lines.js';

/** Kinds beyond this many share colours (the stylesheet has a class per slot). */

/** Resize transitions last this long (ms), and not at all under reduced motion. */
const TWEEN_MS = 400;
/** Above this many nodes the dots are their own hit areas, so that neighbours stay reachable. */
const DENSE = 60;

interface View {
  data: Dataset;
  thirdParties: boolean;
  graph: NetworkGraph;
  options: LayoutOptions;
  /** Where the forces left the nodes before any drag. */
  scene: NetworkScene;
  /** The scene's picture, unzoomed. */
  layout: NetworkLayout;
}

/** What a render draws: a picture and its links shown (indices into `layout.links`), in element order. */
interface Drawn {
  layout: NetworkLayout;
  visible: number[];
  /** The links as they stood at the view's date, by id; null when it shows the whole dataset. */
  then: Map<string, NetworkLink> | null;
}

/** The drawn elements, in the order of `Drawn` (label and letter elements only where one is shown). */
interface Shapes {
  nodes: SVGGElement[];
  labels: SVGTextElement[];
  links: SVGLineElement[];
  letters: SVGTextElement[];
}

/** Where the tooltip of a node goes: beside it, towards the middle of the drawing. */
function tooltipPlacement(p: PlacedNode, { width, height }: NetworkLayout): Record<string, string> {
  const offset = p.r + 8;
  const dx = p.x < width / 3 ? '-12px' : p.x > (2 * width) / 3 ? 'calc(12px - 100%)' : '-50%';
  const dy = p.y < height * 0.4 ? `${offset}px` : `calc(-100% - ${offset}px)`;
  return { left: `${(p.x / width) * 100}%`, top: `${p.y}px`, transform: `translate(${dx}, ${dy})` };
}

/** The id of the node an event targets (inside it, or with `itself` the node's own element), else null. */
function nodeIdOf(target: EventTarget | null, itself = false): string | null {
  const el = target as Element | null;
  const node = itself ? (el?.matches('g.node') ? el : null) : el?.closest('g.node');
  return node?.getAttribute('data-id') ?? null;
}

/** Each country's support as read out, per dataset: a pass over every claim, the hub's included. */
const supportTexts = new WeakMap<Dataset, Map<string, string>>();

/** `countrySupportText`, remembered per dataset (the same text every time it is asked). */
function supportText(data: Dataset, id: string): string {
  let texts = supportTexts.get(data);
  if (!texts) supportTexts.set(data, (texts = new Map<string, string>()));
  let text = texts.get(id);
  if (text === undefined) texts.set(id, (text = countrySupportText(data, id)));
  return text;
}

/**
 * The network view: Russia (the dataset's hub) in the centre, its partners around it, one link
 * per pair of countries and kind of support. Kind is shown by colour, by the link's side in a
 * bundle and by a letter; evidence by line style. Hover or focus a country to see its ties,
 * click or press Enter to select it in every linked view, drag it to rearrange the picture
 * (while it moves the links are drawn solid; their evidence dashes come back on release).
 * Zoom with Ctrl/⌘ + wheel, a trackpad or two-finger pinch, or `+` and `-`; drag the background
 * (or one finger, once zoomed) to pan; `0` or the reset button shows the whole picture again.
 * Labels keep their size when zoomed, and more of them find room. A plain wheel scrolls the page.
 *
 * @tag ally-network
 * @summary Who supports Russia, and how, as a network.
 *
 * @fires country-select - A reader selected a country (click, Enter or Space) or cleared the selection (Escape, a click on the background); `detail.id`.
 * @fires data-error - The dataset failed to load or validate; `detail.message`.
 *
 * @csspart title - The dataset's title.
 * @csspart summary - The one-sentence summary under the title.
 * @csspart chart - The SVG drawing.
 * @csspart node - A country (`data-id`); also `selected` when it is the selected country.
 * @csspart selected - The selected country's node.
 * @csspart zoom-reset - The button that shows the whole picture again, there only while zoomed in.
 * @csspart link - A link for one pair and kind of support, with `data-kind`, `data-status`, `data-source` and `data-target`.
 * @csspart tooltip - The support of the country under the pointer or focus.
 * @csspart legend - The legend: kind toggles, evidence line styles, node size.
 * @csspart error - The message shown when the dataset cannot be shown.
 * @csspart loading - The message shown while the dataset loads.
 *
 * @cssprop --ally-color-diplomatic - Colour of diplomatic support.
 * @cssprop --ally-color-economic - Colour of economic support.
 * @cssprop --ally-color-military - Colour of military support.
 * @cssprop --ally-background - Background colour.
 * @cssprop --ally-foreground - Text colour.
 * @cssprop --ally-muted - Colour of secondary text and of partner nodes.
 * @cssprop --ally-border - Colour of borders.
 * @cssprop --ally-accent - Colour of the selection.
 * @cssprop --ally-focus-ring - Colour of the keyboard focus ring.
 * @cssprop --ally-font-family - Font family.
 * @cssprop --ally-font-size - Base font size (labels on the drawing stay 12–13 px).
 * @cssprop --ally-network-node - Fill of partner nodes (default: the muted colour).
 * @cssprop --ally-network-hub - Fill of the hub node (default: the text colour).
 */
export class AllyNetwork extends VizElement {
  // The base adds the shared tokens and its chrome.
  static override styles = allyNetworkStyles;

  /** Space-separated kind ids whose links are shown (absent: all). The legend's toggles set it. */
  @property({ reflect: true }) kinds: string | null = null;

  /** Also show third parties (in the default dataset the United States, Ukraine and the EU). */
  @property({ type: Boolean, reflect: true, attribute: 'third-parties' }) thirdParties = false;

  /** Node under the pointer. */
  @state() private hovered: string | null = null;
  /** Node with keyboard focus, and the listbox's one tab stop once set. */
  @state() private focused: string | null = null;
  @state() private focusWithin = false;
  /** Focus came from the keyboard: the ring shows (WebKit does not match :focus-visible on SVG). */
  @state() private keyboardFocus = false;
  /** Text of the polite live region (a selection updates anyway). */
  private announcement = '';
  private pressed = false;
  /** The drawing's box on screen during a press on a node. */
  private chartBox: DOMRect | null = null;

  private view: View | null = null;
  /** Where the nodes are when a reader has dragged them (else the scene's positions). */
  private positions: readonly Point[] | null = null;
  /** The picture on screen when it is not `view.layout`: mid-transition, dragged or zoomed. */
  private picture: NetworkLayout | null = null;
  /** The drag's forces have ticked since the picture was drawn. */
  private moved = false;
  /** The frame loop runs a resize transition (not a drag). */
  private tweening = false;
  /**
   * What this update renders. Positions are not in the templates: `placeShapes` writes them after
   * each render, and alone on the frames of a drag, a zoom or a transition where only positions
   * change (no render of the whole drawing).
   */
  private drawn: Drawn | null = null;
  private shapes: Shapes | null = null;
  /** Coordinates last written into each node, link and letter element. */
  private readonly written = new WeakMap<Element, Float64Array>();

  /** The width drawn; follows the observed width one frame later (see `prepare`). */
  private drawnWidth = 0;
  private resizeFrame = 0;

  /** Resize transitions and the drag's forces, one frame at a time. */
  private readonly loop = new FrameLoopController(this, (moving) => this.redraw(moving));
  private readonly drag = new NodeDragController(this, {
    start: () => this.dragSimulation(),
    toLayout: (event) => this.toLayout(event),
    loop: this.loop,
    reducedMotion: () => this.preferences.reducedMotion,
  });
  private readonly zoom = new ZoomController(this, {
    svg: () => this.renderRoot?.querySelector<SVGSVGElement>('svg.network') ?? null,
    isBackground: (target) => nodeIdOf(target) === null,
    reducedMotion: () => this.preferences.reducedMotion,
    changed: () => this.zoomed(),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = 0;
  }

  protected override update(changed: PropertyValues): void {
    // The dataset controller has resolved the data by now (controllers update before `update`).
    this.prepare();
    if (this.moved) this.drawDragged(!!this.drag.dragging);
    this.drawn = this.toDraw();
    super.update(changed);
  }

  protected override updated(): void {
    this.shapes = null;
    this.placeShapes();
    this.fadeInLinks();
  }

  /** Graph and layout for the current data, options and width; memoized, so cheap to call. */
  private prepare(): void {
    const data = this.source.data;
    // Until the view nears the viewport the base draws a placeholder: nothing to lay out yet.
    if (!this.visibility.started) return;
    // The first picture uses the width at hand, without waiting a frame. Later widths wait
    // one: redrawing inside the ResizeObserver callback would resize the host again in the same
    // frame ("ResizeObserver loop completed with undelivered notifications"); meanwhile the SVG
    // scales to its box.
    const width = (this.drawnWidth ||= this.size.measureWidth());
    if (this.size.width && this.size.width !== width) {
      this.resizeFrame ||= requestAnimationFrame(() => {
        this.resizeFrame = 0;
        this.drawnWidth = this.size.width;
        this.requestUpdate();
      });
    }
    if (!data || width <= 0) return;
    const previous = this.view;
    const thirdParties = this.thirdParties;
    const same = previous?.data === data && previous.thirdParties === thirdParties;
    const graph = same ? previous.graph : networkGraph(data, { includeThirdParties: thirdParties });
    if (previous?.graph === graph && previous.options.width === width) return;
    const options: LayoutOptions = {
      width,
      height: networkHeight(width),
      fontSize: width < 480 ? 12 : 13,
      kinds: data.kinds.map((k) => k.id),
    };
    const scene = layoutScene(graph, options);
    const layout = drawNetwork(scene);
    const from = this.picture ?? previous?.layout;
    // A new picture starts unzoomed, undragged.
    this.loop.stop();
    this.drag.cancel();
    this.zoom.clear();
    this.picture = this.positions = null;
    this.moved = this.tweening = false;
    this.view = { data, thirdParties, graph, options, scene, layout };
    // The same graph at a new width: a short transition from the picture on screen.
    if (from && same && this.canAnimate()) {
      this.loop.tween(TWEEN_MS, (t) => {
        this.picture = t < 1 && this.canAnimate() ? interpolateLayout(from, layout, t) : null;
        return (this.tweening = this.picture !== null);
      });
    }
  }

  /** The picture to render now, and its links shown. */
  private toDraw(): Drawn | null {
    const view = this.view;
    const data = this.source.data;
    if (!view || view.data !== data || !this.visibility.started) return null;
    const layout = this.picture ?? view.layout;
    const kinds = this.activeKinds(data);
    // The layout is the whole dataset's, so that a partner keeps its place whatever the date;
    // `as-of` decides which of its links are drawn, and with the status they had then.
    const then = this.linksAsOf(view);
    return {
      layout,
      visible: layout.links.flatMap((l, i) => (kinds.has(l.kind) && (!then || then.has(l.id)) ? [i] : [])),
      then,
    };
  }

  private linksThen: { shown: Dataset; links: Map<string, NetworkLink> } | null = null;

  /** The links as of the view's date, by id; null when the date shows the whole dataset. */
  private linksAsOf(view: View): Map<string, NetworkLink> | null {
    const shown = this.shown;
    if (!shown || shown === view.data) return null;
    if (this.linksThen?.shown !== shown) {
      const graph = networkGraph(shown, { includeThirdParties: view.thirdParties });
      this.linksThen = { shown, links: new Map(graph.links.map((l) => [l.id, l])) };
    }
    return this.linksThen.links;
  }

  /** The picture last rendered and the date it showed, so that the links a new date brings fade in. */
  private fadeFrom: { drawn: Drawn; then: Drawn['then'] } | null = null;

  private fadeInLinks(): void {
    const drawn = this.drawn;
    const before = this.fadeFrom;
    this.fadeFrom = drawn && { drawn, then: drawn.then };
    // Only a change of date fades links in; hover, focus and drag re-render without it.
    if (!drawn || !before || before.then === drawn.then || !this.canAnimate()) return;
    const had = new Set(before.drawn.visible.map((i) => before.drawn.layout.links[i].id));
    const lines = this.renderRoot.querySelectorAll<SVGLineElement>('line.link');
    drawn.visible.forEach((index, i) => {
      if (!had.has(drawn.layout.links[index].id)) lines[i]?.animate([{ opacity: 0 }, { opacity: 1 }], { duration: 400, easing: 'ease-out' });
    });
  }

  /** The scene as the reader has left it: dragged positions, if any. */
  private currentScene(view: View): NetworkScene {
    return this.positions ? { frame: view.scene.frame, positions: this.positions } : view.scene;
  }

  /** The forces from the picture on screen, each tick noted for the next frame's picture. */
  private dragSimulation(): DragSimulation | null {
    const view = this.view;
    if (!view) return null;
    // From the nodes' places at rest (a transition in progress jumps to its end).
    const forces = dragForces(view.scene.frame, this.currentScene(view).positions);
    return {
      pin: (id, point) => forces.pin(id, point),
      get settled() {
        return forces.settled;
      },
      tick: () => {
        this.positions = forces.tick();
        this.moved = true;
      },
    };
  }

  /**
   * The picture of the dragged positions at the zoom on screen. While the picture moves, labels
   * and letters keep their places beside their nodes (`follow`); at rest they are placed anew.
   */
  private drawDragged(follow: boolean): void {
    const view = this.view;
    this.moved = false;
    if (!view) return;
    this.picture = drawNetwork(this.currentScene(view), this.zoom.transform, follow ? (this.picture ?? view.layout) : null);
  }

  /** The zoom changed: the current scene drawn at the new transform. */
  private zoomed(): void {
    const view = this.view;
    if (!view) return;
    // A resize transition ends here; a drag's forces go on ticking, drawn at the new zoom.
    if (this.tweening) this.loop.stop();
    this.moved = this.tweening = false;
    const { transform } = this.zoom;
    const scene = this.currentScene(view);
    this.picture = transform.k === 1 && scene === view.scene ? null : drawNetwork(scene, transform);
    // Zooming in or back out shows or hides the reset button: a render, not only a move.
    if (this.drawn && this.drawn.layout.transform.k > 1 !== this.zoom.zoomed) this.requestUpdate();
    else this.redraw(false);
  }

  /** A pointer's position in the layout: through the SVG's scale on screen and the zoom. */
  private toLayout(event: PointerEvent): Point {
    const svg = event.currentTarget as SVGSVGElement;
    // Measured once a press: reading it after each frame's writes would lay the page out again.
    const box = (this.chartBox ??= svg.getBoundingClientRect());
    const scale = box.width > 0 ? svg.viewBox.baseVal.width / box.width : 1;
    return this.zoom.invert((event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
  }

  /**
   * Shows the current picture, once per frame of a loop: moves the drawn shapes when only
   * positions changed, else renders. While the picture moves, a shape that moved less than half
   * a pixel waits: in a forces' frame most nodes drift by hundredths, and redrawing them all
   * repaints the whole drawing. The last frame is exact.
   */
  private redraw(moving: boolean): void {
    if (this.moved) this.drawDragged(moving);
    const layout = this.picture ?? this.view?.layout;
    const drawn = this.drawn;
    if (layout && drawn && !this.isUpdatePending && samePlan(drawn.layout, layout)) {
      drawn.layout = layout;
      this.placeShapes(moving ? 0.5 : 0);
    } else this.requestUpdate();
  }

  /**
   * True when `el` is to move to (a, b, c, d): it never was placed, or a coordinate changed by
   * more than `slack`. (Thousands of shapes a frame: no array is made per call.)
   */
  private moves(el: Element, slack: number, a: number, b: number, c = 0, d = 0): boolean {
    let was = this.written.get(el);
    if (was && Math.abs(a - was[0]) <= slack && Math.abs(b - was[1]) <= slack && Math.abs(c - was[2]) <= slack && Math.abs(d - was[3]) <= slack) {
      return false;
    }
    if (!was) this.written.set(el, (was = new Float64Array(4)));
    was.set([a, b, c, d]);
    return true;
  }

  /** Writes the drawn picture's positions into the drawing: nodes, labels, links, letters, tooltip. */
  private placeShapes(slack = 0): void {
    const drawn = this.drawn;
    // A dataset that failed after a drawn one leaves a message, not the picture, to place.
    if (!drawn || !this.source.data) return;
    const { layout, visible } = drawn;
    const root = this.renderRoot;
    const shapes = (this.shapes ??= {
      nodes: [...root.querySelectorAll<SVGGElement>('g.node')],
      labels: [...root.querySelectorAll<SVGTextElement>('text.label')],
      links: [...root.querySelectorAll<SVGLineElement>('line.link')],
      letters: [...root.querySelectorAll<SVGTextElement>('text.letter')],
    });
    let label = 0;
    layout.nodes.forEach((p, i) => {
      const g = shapes.nodes[i];
      if (this.moves(g, slack, p.x, p.y)) g.setAttribute('transform', `translate(${p.x} ${p.y})`);
      const text = p.label && shapes.labels[label++];
      if (text) {
        setAttr(text, 'x', p.label!.x);
        setAttr(text, 'y', p.label!.y);
        setAttr(text, 'text-anchor', p.label!.anchor);
      }
    });
    let letter = 0;
    visible.forEach((index, i) => {
      const l = layout.links[index];
      const line = shapes.links[i];
      if (this.moves(line, slack, l.x1, l.y1, l.x2, l.y2)) {
        line.setAttribute('x1', String(l.x1));
        line.setAttribute('y1', String(l.y1));
        line.setAttribute('x2', String(l.x2));
        line.setAttribute('y2', String(l.y2));
      }
      const text = l.letter && shapes.letters[letter++];
      if (text && this.moves(text, slack, l.letter!.x, l.letter!.y)) {
        text.setAttribute('x', String(l.letter!.x));
        text.setAttribute('y', String(l.letter!.y));
      }
    });
    const tooltip = root.querySelector<HTMLElement>('.tooltip');
    const id = this.hovered ?? (this.focusWithin ? this.focused : null);
    const p = tooltip && layout.nodes.find((n) => n.id === id);
    if (p) for (const [name, value] of Object.entries(tooltipPlacement(p, layout))) tooltip.style.setProperty(name, value);
  }

  /** Transitions only where a reader can see them and has not asked for less motion. */
  private canAnimate(): boolean {
    return this.isConnected && this.visibility.active && !this.preferences.reducedMotion;
  }

  private activeKinds(data: Dataset): Set<string> {
    const wanted = this.kinds?.split(/\s+/);
    return new Set(data.kinds.map((k) => k.id).filter((k) => !wanted || wanted.includes(k)));
  }

  private toggleKind(data: Dataset, id: string): void {
    const active = this.activeKinds(data);
    if (!active.delete(id)) active.add(id);
    this.kinds = active.size === data.kinds.length ? null : data.kinds.map((k) => k.id).filter((k) => active.has(k)).join(' ');
  }

  /** A reader's selection: shared with the group, and announced. */
  private choose(id: string | null): void {
    if (id === this.selected) return;
    this.selection.select(id);
    const name = id && (this.view?.graph.nodes.find((n) => n.id === id)?.name ?? id);
    this.announcement = name ? `${name} selected.` : 'Selection cleared.';
  }

  protected renderView(data: Dataset): TemplateResult {
    const drawn = this.drawn;
    const kinds = this.activeKinds(data);
    // Kind colours as custom properties set through the CSSOM: a strict CSP refuses style attributes.
    const colors = kindEncoding(data.kinds).properties;
    return html`<figure aria-labelledby="title" aria-describedby="summary" ${cssProps(colors)}>
      <div part="title" class="title" id="title">${data.title}</div>
      <p part="summary" class="summary" id="summary">${datasetSummary(data)}</p>
      <div class="chart">${drawn ? this.renderChart(data, drawn) : nothing}</div>
      ${this.renderLegend(data, kinds)}
      <p class="visually-hidden" id="keys">
        Use the arrow keys to move between countries, Enter or Space to select one, and Escape to
        clear the selection. Plus and minus zoom in and out, 0 shows the whole picture again.
      </p>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </figure>`;
  }

  private renderChart(data: Dataset, { layout, visible: shown, then }: Drawn): TemplateResult {
    const encoding = kindEncoding(data.kinds);
    // Each placed link with the claims and status it had at the view's date.
    const visible = shown.map((i) => {
      const placed = layout.links[i];
      const link = then?.get(placed.id);
      return link && link !== placed.link ? { ...placed, link } : placed;
    });
    const withLinks = new Set(visible.flatMap(({ link }) => [link.source, link.target]));

    const pointed = this.hovered ?? (this.focusWithin ? this.focused : null);
    const emphasis = pointed ?? this.selected;
    const known = layout.nodes.some((n) => n.id === emphasis);
    // Hover and focus dim the rest strongly; a selection on its own only fades it.
    const fade = pointed ? 'dim' : 'faint';
    const touches = ({ link }: PlacedLink): boolean => link.source === emphasis || link.target === emphasis;
    const near = new Set(visible.filter(touches).flatMap(({ link }) => [link.source, link.target]));
    const stop = [this.focused, this.selected].find((id) => layout.order.includes(id!)) ?? layout.order[0];
    const dense = layout.nodes.length > DENSE;
    const base = layout.width < 480 ? 1.75 : 2.25;
    const zoomed = this.zoom.zoomed;

    return html`<svg
        part="chart"
        class="network ${this.drag.dragging ? 'dragging' : ''} ${zoomed ? 'zoomed' : ''}"
        viewBox="0 0 ${layout.width} ${layout.height}"
        width=${layout.width}
        height=${layout.height}
        @click=${this.onBackgroundClick}
        @pointerdown=${this.zoom.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
        @lostpointercapture=${this.onPointerUp}
        @wheel=${this.zoom.onWheel}
      >
        <g aria-hidden="true">
          ${linkLines({
            links: visible,
            className: (l) => {
              const slot = encoding.of(l.kind)?.className ?? 'k0';
              return known && !touches(l) ? `link ${slot} ${fade}` : `link ${slot}`;
            },
            strokeWidth: (l) => base * STATUS_LINE[l.link.status].weight * (known && touches(l) ? 1.5 : 1),
          })}
          ${visible.filter((l) => l.letter).map((l) => {
            const kind = encoding.of(l.kind);
            return kind
              ? svg`<text class="letter ${known && !touches(l) ? fade : ''}" dominant-baseline="central">${kind.letter}</text>`
              : nothing;
          })}
        </g>
        <g
          role="listbox"
          aria-label="Countries"
          aria-describedby="keys"
          @keydown=${this.onKeyDown}
          @focusin=${this.onFocusIn}
          @focusout=${this.onFocusOut}
          @pointerdown=${this.onNodePointerDown}
          @pointerenter=${this.onNodeEnter}
          @pointerleave=${this.onNodeLeave}
          @click=${this.onNodeClick}
        >
          ${layout.nodes.map((p) => {
            const { name, role } = p.node;
            const selected = p.id === this.selected;
            const active = p.id === emphasis;
            const tabStop = p.id === stop;
            const ring = this.keyboardFocus && this.focusWithin && p.id === this.focused;
            const faded = known && !near.has(p.id) && !active ? fade : withLinks.has(p.id) ? '' : 'idle';
            return svg`<g
              part=${selected ? 'node selected' : 'node'}
              class="node ${role} ${selected ? 'selected' : ''} ${active ? 'active' : ''} ${ring ? 'keyboard' : ''} ${faded}"
              data-id=${p.id}
              role="option"
              aria-selected=${selected}
              aria-label=${
                // Each text costs a pass over the claims: in a dense picture only the node in
                // focus or under the pointer says its support, the others their name.
                !dense || active || tabStop ? supportText(data, p.id) : name
              }
              tabindex=${tabStop ? 0 : -1}
            >
              ${dense ? nothing : svg`<circle class="hit" r=${Math.max(p.r + 3, 12)}></circle>`}
              <circle class="dot" r=${p.r}></circle>
              ${tabStop || p.id === this.focused ? svg`<circle class="ring" r=${p.r + 4}></circle>` : nothing}
              ${p.label
                ? svg`<text class="label" dominant-baseline="central" font-size=${layout.fontSize}>${name}</text>`
                : nothing}
            </g>`;
          })}
        </g>
      </svg>
      ${zoomed
        ? html`<button type="button" part="zoom-reset" class="zoom-reset no-print" @click=${() => this.zoom.reset()}>Reset zoom</button>`
        : nothing}
      ${this.zoom.hint ? html`<p class="zoom-hint no-print" aria-hidden="true">Hold Ctrl or ⌘ and scroll to zoom</p>` : nothing}
      ${this.renderTooltip(data, layout)}`;
  }

  private renderTooltip(data: Dataset, layout: NetworkLayout): TemplateResult | typeof nothing {
    const id = this.hovered ?? (this.focusWithin ? this.focused : null);
    const p = layout.nodes.find((n) => n.id === id);
    if (!p) return nothing;
    // Placed by `placeShapes`, with the nodes.
    return html`<div part="tooltip" class="tooltip" aria-hidden="true">
      <strong>${p.node.name}</strong>
      ${countrySupport(data, p.id).map(
        (group) => html`<p class="tip-heading">${group.heading}</p>
          <ul>
            ${group.lines.map(({ kind, text }) => html`<li>${this.swatch(data, kind)}${capitalize(text)}</li>`)}
          </ul>`,
      )}
    </div>`;
  }
  private swatch(data: Dataset, kind: Kind): TemplateResult {
    const style = kindEncoding(data.kinds).of(kind.id);
    return html`<span class="swatch ${style?.className ?? ''}" aria-hidden="true">${style?.letter ?? ''}</span>`;
  }

  private renderLegend(data: Dataset, kinds: Set<string>): TemplateResult {
    // One entry per line style: "Reported or stated", "Acknowledged in part or alleged"…
    const styles = new Map<string, Status[]>();
    for (const status of STATUSES) {
      const key = JSON.stringify(STATUS_LINE[status]);
      styles.set(key, [...(styles.get(key) ?? []), status]);
    }
    return html`<div part="legend" class="legend">
      <div class="kinds" role="group" aria-label="Kinds of support shown">
        ${data.kinds.map(
          (kind) =>
            html`<button type="button" data-kind=${kind.id} aria-pressed=${kinds.has(kind.id)} @click=${() => this.toggleKind(data, kind.id)}>
              ${this.swatch(data, kind)}${kind.label}
            </button>`,
        )}
      </div>
      <ul aria-label="Evidence">
        ${[...styles.values()].map((statuses) => {
          const line = STATUS_LINE[statuses[0]];
          return html`<li data-status=${statuses.join(' ')}>
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="2" y1="5" x2="26" y2="5"
                stroke="currentColor"
                stroke-width=${2 * line.weight}
                stroke-dasharray=${line.dash || nothing}
                stroke-opacity=${line.opacity}
              ></line>
            </svg>
            ${capitalize(listNames(statuses.map((s) => STATUS_LABELS[s].toLowerCase()), 'or'))}
          </li>`;
        })}
        <li class="joint-key">
          <svg width="28" height="10" aria-hidden="true"><line x1="2" y1="5" x2="26" y2="5"></line></svg>
          Thin grey line: joint activity (exercises, visits), not support
        </li>
        <li>Larger circle: more kinds of support</li>
      </ul>
    </div>`;
  }


  // The nodes' pointer and click handlers sit on the listbox, not on each of a thousand nodes.
  // Enter and leave do not bubble: they are caught on the way down, for the node itself only.

  private readonly onNodePointerDown = (event: PointerEvent): void => {
    const id = nodeIdOf(event.target);
    if (id === null) return;
    this.pressed = true;
    this.keyboardFocus = false;
    this.chartBox = null;
    this.drag.pressed(event, id);
  };

  private readonly onNodeEnter = {
    handleEvent: (event: PointerEvent): void => {
      const id = nodeIdOf(event.target, true);
      if (id !== null) this.hovered = id;
    },
    capture: true,
  };

  private readonly onNodeLeave = {
    handleEvent: (event: PointerEvent): void => {
      const id = nodeIdOf(event.target, true);
      if (id !== null && this.hovered === id && !this.drag.dragging) this.hovered = null;
    },
    capture: true,
  };

  /** True once for the click that ends a drag or a pan: it neither selects nor clears. */
  private consumeClick(): boolean {
    const dragged = this.drag.consumeClick();
    return this.zoom.consumeClick() || dragged;
  }

  private readonly onNodeClick = (event: Event): void => {
    const id = nodeIdOf(event.target);
    if (id === null) return;
    event.stopPropagation();
    if (this.consumeClick()) return;
    this.focused = id;
    this.choose(id);
  };

  private readonly onBackgroundClick = (): void => {
    if (!this.consumeClick()) this.choose(null);
  };

  // A pointer over the drawing may drag a node or pan the picture (each ignores the other's).
  private readonly onPointerMove = (event: PointerEvent): void => {
    this.drag.onPointerMove(event);
    this.zoom.onPointerMove(event);
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    this.drag.onPointerUp(event);
    this.zoom.onPointerUp(event);
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    const id = (event.target as Element).getAttribute('data-id');
    if (id) this.focused = id;
    this.focusWithin = true;
    this.keyboardFocus = !this.pressed;
    this.pressed = false;
    // Zoomed in, a node reached by the keyboard comes into view.
    const p = this.drawn?.layout.nodes.find((n) => n.id === id);
    if (p && this.zoom.zoomed) this.zoom.reveal(this.zoom.invert(p.x, p.y), this.drawn!.layout.width, this.drawn!.layout.height);
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) this.focusWithin = false;
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (this.zoom.onKey(event)) return;
    const order = this.view?.layout.order ?? [];
    const n = order.length;
    const key = event.key;
    const current = Math.max(0, order.indexOf(this.focused ?? this.selected ?? ''));
    const move = ['Home', 'ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown', 'End'].indexOf(key);
    if (!n) return;
    this.keyboardFocus = true;
    if (key === 'Enter' || key === ' ') this.choose(order[current]);
    else if (key === 'Escape' && this.selected !== null) this.choose(null);
    else if (move < 0) return;
    event.preventDefault();
    // Home, previous (left, up), next (right, down), End; around the circle. The node is drawn
    // already: focus moves now, and the focus handler makes it the tab stop.
    const next = order[move === 0 ? 0 : move === 5 ? n - 1 : (current + (move < 3 ? n - 1 : 1)) % n];
    if (move >= 0) this.renderRoot.querySelector<SVGGElement>(`g[data-id="${CSS.escape(next)}"]`)?.focus();
  };
}
declare global {
  interface HTMLElementTagNameMap {
    'ally-network': AllyNetwork;
  }
}
