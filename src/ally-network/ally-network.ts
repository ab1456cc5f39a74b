import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VizElement } from '../internal/viz-element.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { STATUS_LINE, kindColor, kindLetter } from '../styles/encoding.js';
import { networkGraph, type NetworkGraph, type NetworkLink, type NetworkNode } from '../data/network.js';
import { countrySupportText, datasetSummary, listNames } from '../data/describe.js';
import { STATUSES, STATUS_LABELS } from '../data/status.js';
import type { Dataset, Kind, Status } from '../data/types.js';
import { cssProps } from '../aid-matrix/css-props.js';
import { allyNetworkStyles } from './ally-network.styles.js';
import { DragController } from './drag-controller.js';
import {
  interpolateLayout,
  layoutNetwork,
  layoutSimulation,
  networkHeight,
  type LayoutOptions,
  type NetworkLayout,
  type PlacedNode,
} from './network-layout.js';

/** Kinds beyond this many share colours (the stylesheet has a class per slot). */
const KIND_SLOTS = 8;
const kindClass = (index: number): string => `k${Math.max(0, index) % KIND_SLOTS}`;

/** Resize transitions last this long (ms), and not at all under reduced motion. */
const TWEEN_MS = 400;
/** Above this many nodes, hit areas shrink to the dots so neighbours stay reachable. */
const DENSE = 60;

interface View {
  data: Dataset;
  thirdParties: boolean;
  graph: NetworkGraph;
  nodes: Map<string, NetworkNode>;
  links: Map<string, NetworkLink>;
  layout: NetworkLayout;
  options: LayoutOptions;
  /** Accessible label of a node: the country and its support, computed on first use. */
  label: (id: string) => string;
}

interface Tween {
  from: NetworkLayout;
  start: number;
  frame: number;
}

/**
 * The network view: Russia (the dataset's hub) in the centre, its partners around it, one link
 * per pair of countries and kind of support. Kind is shown by colour, by the link's side in a
 * bundle and by a letter; evidence by line style. Hover or focus a country to see its ties,
 * click or press Enter to select it in every linked view, drag it to rearrange the picture.
 *
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
  static override styles = [sharedStyles, allyNetworkStyles];

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
  private pressed = false;
  /** Text of the polite live region. */
  @state() private announcement = '';

  private view: View | null = null;
  private tween: Tween | null = null;
  private readonly labelCache = new WeakMap<Dataset, Map<string, string>>();
  private readonly drag = new DragController(
    this,
    () => (this.view ? layoutSimulation(this.view.graph, this.shown() ?? this.view.layout, this.view.options) : null),
    () => this.preferences.reducedMotion,
  );

  /** The width drawn; follows the observed width one frame later (see `prepare`). */
  private drawnWidth = 0;
  private resizeFrame = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTween();
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = 0;
  }

  protected override update(changed: PropertyValues): void {
    // The dataset controller has resolved the data by now (controllers update before `update`).
    this.prepare();
    super.update(changed);
  }

  /** Graph and layout for the current data, options and width; memoized, so cheap to call. */
  private prepare(): void {
    const data = this.source.data;
    // Until the view nears the viewport the base draws a placeholder: nothing to lay out yet.
    if (!this.visibility.started) return;
    // The first picture uses the width at hand, without waiting a frame.
    if (!this.drawnWidth) this.drawnWidth = this.size.width || this.clientWidth;
    else if (this.size.width && this.size.width !== this.drawnWidth && !this.resizeFrame) {
      // Redrawing inside the ResizeObserver callback would resize the host again in the same
      // frame ("ResizeObserver loop completed with undelivered notifications"); the next frame
      // is soon enough, and meanwhile the SVG scales to its box.
      this.resizeFrame = requestAnimationFrame(() => {
        this.resizeFrame = 0;
        this.drawnWidth = this.size.width || this.drawnWidth;
        this.requestUpdate();
      });
    }
    const width = this.drawnWidth;
    if (!data || width <= 0) return;
    const previous = this.view;
    const thirdParties = this.thirdParties;
    const same = previous && previous.data === data && previous.thirdParties === thirdParties;
    const graph = same ? previous.graph : networkGraph(data, { includeThirdParties: thirdParties });
    const options: LayoutOptions = {
      width,
      height: networkHeight(width),
      fontSize: width < 480 ? 12 : 13,
      kinds: data.kinds.map((k) => k.id),
    };
    if (previous && previous.graph === graph && previous.options.width === options.width) return;
    const layout = layoutNetwork(graph, options);
    const from = this.shown();
    this.drag.reset();
    this.view = {
      data,
      thirdParties,
      graph,
      nodes: same ? previous.nodes : new Map(graph.nodes.map((n) => [n.id, n])),
      links: same ? previous.links : new Map(graph.links.map((l) => [l.id, l])),
      layout,
      options,
      label: this.labelsOf(data),
    };
    if (from && previous?.graph === graph) this.startTween(from);
    else this.stopTween();
  }

  private labelsOf(data: Dataset): (id: string) => string {
    let labels = this.labelCache.get(data);
    if (!labels) this.labelCache.set(data, (labels = new Map<string, string>()));
    const cache = labels;
    return (id) => {
      let text = cache.get(id);
      if (text === undefined) cache.set(id, (text = countrySupportText(data, id)));
      return text;
    };
  }

  /** The picture on screen: mid-transition, dragged, or the computed layout. */
  private shown(): NetworkLayout | null {
    if (!this.view) return null;
    const target = this.view.layout;
    if (this.tween) {
      const t = Math.min(1, (performance.now() - this.tween.start) / TWEEN_MS);
      const eased = 1 - (1 - t) ** 3;
      return interpolateLayout(this.tween.from, target, eased);
    }
    return this.drag.layout ?? target;
  }

  private startTween(from: NetworkLayout): void {
    this.stopTween();
    if (!this.canAnimate()) return;
    const step = (): void => {
      if (!this.tween) return;
      if (performance.now() - this.tween.start >= TWEEN_MS || !this.canAnimate()) this.tween = null;
      else this.tween.frame = requestAnimationFrame(step);
      this.requestUpdate();
    };
    this.tween = { from, start: performance.now(), frame: requestAnimationFrame(step) };
  }

  private stopTween(): void {
    if (this.tween) cancelAnimationFrame(this.tween.frame);
    this.tween = null;
  }

  /** Transitions only where a reader can see them and has not asked for less motion. */
  private canAnimate(): boolean {
    return this.isConnected && this.visibility.active && !this.preferences.reducedMotion;
  }

  private activeKinds(data: Dataset): Set<string> {
    const all = data.kinds.map((k) => k.id);
    if (this.kinds === null || this.kinds === undefined) return new Set(all);
    const wanted = new Set(this.kinds.split(/\s+/).filter(Boolean));
    return new Set(all.filter((k) => wanted.has(k)));
  }

  private toggleKind(data: Dataset, id: string): void {
    const active = this.activeKinds(data);
    if (active.has(id)) active.delete(id);
    else active.add(id);
    const list = data.kinds.map((k) => k.id).filter((k) => active.has(k));
    this.kinds = list.length === data.kinds.length ? null : list.join(' ');
  }

  /** A reader's selection: shared with the group, and announced. */
  private choose(id: string | null): void {
    if (id === this.selected) return;
    this.selection.select(id);
    const name = id ? (this.view?.nodes.get(id)?.name ?? id) : null;
    this.announcement = name ? `${name} selected.` : 'Selection cleared.';
  }

  protected renderView(data: Dataset): TemplateResult {
    const view = this.view && this.view.data === data ? this.view : null;
    const kinds = this.activeKinds(data);
    // Kind colours as custom properties set through the CSSOM: a strict CSP refuses style attributes.
    const colors = Object.fromEntries(
      data.kinds.slice(0, KIND_SLOTS).map((kind, i) => [`--_k${i}`, kindColor(kind, i)]),
    );
    return html`<figure aria-labelledby="title" aria-describedby="summary" ${cssProps(colors)}>
      <div part="title" class="title" id="title">${data.title}</div>
      <p part="summary" class="summary" id="summary">${datasetSummary(data)}</p>
      <div class="chart">${view ? this.renderChart(view, kinds) : nothing}</div>
      ${this.renderLegend(data, view, kinds)}
      <p class="visually-hidden" id="keys">
        Use the arrow keys to move between countries, Enter or Space to select one, and Escape to
        clear the selection.
      </p>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </figure>`;
  }

  private renderChart(view: View, kinds: Set<string>): TemplateResult {
    const layout = this.shown() ?? view.layout;
    const { data, links } = view;
    const kindIndex = new Map(data.kinds.map((k, i) => [k.id, i]));
    const visible = layout.links.filter((l) => kinds.has(l.kind));
    const withLinks = new Set(visible.flatMap((l) => [links.get(l.id)!.source, links.get(l.id)!.target]));

    const pointed = this.hovered ?? (this.focusWithin ? this.focused : null);
    const emphasis = pointed ?? this.selected;
    const known = emphasis !== null && layout.nodes.some((n) => n.id === emphasis);
    // Hover and focus dim the rest strongly; a selection on its own only fades it.
    const fade = pointed ? 'dim' : 'faint';
    const near = new Set<string>(known ? [emphasis] : []);
    if (known) {
      for (const l of visible) {
        const link = links.get(l.id)!;
        if (link.source === emphasis) near.add(link.target);
        if (link.target === emphasis) near.add(link.source);
      }
    }
    const stop = layout.order.includes(this.focused ?? '')
      ? this.focused
      : layout.order.includes(this.selected ?? '')
        ? this.selected
        : layout.order[0];
    const dense = layout.nodes.length > DENSE;
    const base = layout.width < 480 ? 1.75 : 2.25;

    return html`<svg
        part="chart"
        class="network"
        viewBox="0 0 ${layout.width} ${layout.height}"
        width=${layout.width}
        height=${layout.height}
        @click=${this.onBackgroundClick}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
        @lostpointercapture=${this.onPointerUp}
      >
        <g aria-hidden="true">
          ${visible.map((l) => {
            const link = links.get(l.id)!;
            const line = STATUS_LINE[link.status];
            const touches = known && (link.source === emphasis || link.target === emphasis);
            return svg`<line
              part="link"
              class="link ${kindClass(kindIndex.get(link.kind) ?? 0)} ${known && !touches ? fade : ''}"
              data-kind=${link.kind}
              data-status=${link.status}
              data-source=${link.source}
              data-target=${link.target}
              x1=${l.x1} y1=${l.y1} x2=${l.x2} y2=${l.y2}
              stroke-width=${base * line.weight * (touches ? 1.5 : 1)}
              stroke-dasharray=${line.dash || nothing}
              stroke-opacity=${line.opacity}
            ></line>`;
          })}
          ${visible.map((l) => {
            if (!l.letter) return nothing;
            const kind = data.kinds[kindIndex.get(l.kind) ?? -1];
            const link = links.get(l.id)!;
            const dim = known && link.source !== emphasis && link.target !== emphasis;
            return kind
              ? svg`<text class="letter ${dim ? fade : ''}" x=${l.letter.x} y=${l.letter.y} dominant-baseline="central">${kindLetter(kind)}</text>`
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
        >
          ${layout.nodes.map((p) => this.renderNode(view, layout, p, {
            tabStop: p.id === stop,
            dense,
            idle: !withLinks.has(p.id),
            fade: known && !near.has(p.id) ? fade : null,
            active: p.id === emphasis,
          }))}
        </g>
      </svg>
      ${this.renderTooltip(view, layout)}`;
  }

  private renderNode(
    view: View,
    layout: NetworkLayout,
    p: PlacedNode,
    state: { tabStop: boolean; dense: boolean; idle: boolean; fade: string | null; active: boolean },
  ): TemplateResult {
    const node = view.nodes.get(p.id);
    const selected = p.id === this.selected;
    const classes = [
      'node',
      node?.role ?? '',
      selected ? 'selected' : '',
      state.active ? 'active' : '',
      this.keyboardFocus && this.focusWithin && p.id === this.focused ? 'keyboard' : '',
      state.fade ?? (state.idle ? 'idle' : ''),
    ].join(' ');
    const hit = state.dense ? p.r + 1 : Math.max(p.r + 3, 12);
    return svg`<g
      part=${selected ? 'node selected' : 'node'}
      class=${classes}
      data-id=${p.id}
      role="option"
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${
        // Each text costs a pass over the claims: in a dense picture only the node in focus or
        // under the pointer says its support, the others their name.
        !state.dense || state.active || state.tabStop ? view.label(p.id) : (node?.name ?? p.id)
      }
      tabindex=${state.tabStop ? 0 : -1}
      transform="translate(${p.x} ${p.y})"
      @pointerdown=${(e: PointerEvent) => {
        this.pressed = true;
        this.keyboardFocus = false;
        this.drag.down(e, p.id);
      }}
      @pointerenter=${() => (this.hovered = p.id)}
      @pointerleave=${() => {
        if (this.hovered === p.id && !this.drag.dragging) this.hovered = null;
      }}
      @click=${(e: Event) => this.onNodeClick(e, p.id)}
    >
      <circle class="hit" r=${hit}></circle>
      <circle class="dot" r=${p.r}></circle>
      <circle class="ring" r=${p.r + 4}></circle>
      ${p.label
        ? svg`<text class="label" x=${p.label.x - p.x} y=${p.label.y - p.y} text-anchor=${p.label.anchor} dominant-baseline="central"
            font-size=${layout.fontSize}>${node?.name ?? p.id}</text>`
        : nothing}
    </g>`;
  }

  private renderTooltip(view: View, layout: NetworkLayout): TemplateResult | typeof nothing {
    const id = this.hovered ?? (this.focusWithin ? this.focused : null);
    const p = id ? layout.nodes.find((n) => n.id === id) : undefined;
    const node = id ? view.nodes.get(id) : undefined;
    if (!p || !node) return nothing;
    // The label reads "Iran: military support, …; economic support, …", one phrase per kind.
    const text = view.label(node.id) || node.name;
    const phrases = text.slice(text.indexOf(':') + 1).trim().split('; ');
    const kinds = node.kinds.length === phrases.length ? node.kinds : [];
    const below = p.y < layout.height * 0.4;
    const side = p.x < layout.width / 3 ? 'start' : p.x > (2 * layout.width) / 3 ? 'end' : 'middle';
    const shiftX = side === 'start' ? '-12px' : side === 'end' ? 'calc(-100% + 12px)' : '-50%';
    const shiftY = below ? `${p.r + 8}px` : `calc(-100% - ${p.r + 8}px)`;
    return html`<div
      part="tooltip"
      class="tooltip"
      aria-hidden="true"
      ${cssProps({
        left: `${(p.x / layout.width) * 100}%`,
        top: `${p.y}px`,
        transform: `translate(${shiftX}, ${shiftY})`,
      })}
    >
      <strong>${node.name}</strong>
      <ul>
        ${phrases.map((phrase, i) => {
          const kind = view.data.kinds.find((k) => k.id === kinds[i]);
          const text = phrase.charAt(0).toUpperCase() + phrase.slice(1);
          return html`<li>${kind ? this.swatch(view.data, kind) : nothing}${text}</li>`;
        })}
      </ul>
    </div>`;
  }

  private swatch(data: Dataset, kind: Kind): TemplateResult {
    return html`<span class="swatch ${kindClass(data.kinds.indexOf(kind))}" aria-hidden="true">${kindLetter(kind)}</span>`;
  }

  private renderLegend(data: Dataset, view: View | null, kinds: Set<string>): TemplateResult {
    // One entry per line style in use: "Reported or stated", "Acknowledged in part or alleged"…
    const used = new Set<Status>(view ? view.graph.links.map((l) => l.status) : STATUSES);
    const styles = new Map<string, Status[]>();
    for (const status of STATUSES) {
      if (!used.has(status)) continue;
      const key = JSON.stringify(STATUS_LINE[status]);
      styles.set(key, [...(styles.get(key) ?? []), status]);
    }
    return html`<div part="legend" class="legend">
      <div class="kinds" role="group" aria-label="Kinds of support shown">
        ${data.kinds.map(
          (kind) =>
            html`<button
              type="button"
              data-kind=${kind.id}
              aria-pressed=${kinds.has(kind.id) ? 'true' : 'false'}
              @click=${() => this.toggleKind(data, kind.id)}
            >
              ${this.swatch(data, kind)}${kind.label}
            </button>`,
        )}
      </div>
      <ul aria-label="Evidence">
        ${[...styles.values()].map((statuses) => {
          const line = STATUS_LINE[statuses[0]];
          const names = listNames(statuses.map((s) => STATUS_LABELS[s].toLowerCase()), 'or');
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
            ${names.charAt(0).toUpperCase() + names.slice(1)}
          </li>`;
        })}
        <li>Larger circle: more kinds of support</li>
      </ul>
    </div>`;
  }

  private onNodeClick(event: Event, id: string): void {
    event.stopPropagation();
    if (this.drag.consumeClick()) return;
    this.focused = id;
    this.choose(id);
  }

  private readonly onBackgroundClick = (): void => {
    if (this.drag.consumeClick()) return;
    this.choose(null);
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    this.drag.move(event, event.currentTarget as SVGSVGElement);
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    this.drag.up(event);
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    const id = (event.target as Element).getAttribute('data-id');
    if (id) this.focused = id;
    this.focusWithin = true;
    this.keyboardFocus = !this.pressed;
    this.pressed = false;
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as Element).contains(next)) this.focusWithin = false;
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const order = this.view?.layout.order ?? [];
    if (order.length === 0) return;
    this.keyboardFocus = true;
    const current = Math.max(0, order.indexOf(this.focused ?? this.selected ?? ''));
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = (current + 1) % order.length;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = (current - 1 + order.length) % order.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = order.length - 1;
        break;
      case 'Enter':
      case ' ':
        this.choose(order[current]);
        break;
      case 'Escape':
        if (this.selected === null) return;
        this.choose(null);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next === null) return;
    this.focused = order[next]!;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<SVGGElement>(`[part~="node"][data-id="${CSS.escape(order[next])}"]`)?.focus();
    });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ally-network': AllyNetwork;
  }
}
