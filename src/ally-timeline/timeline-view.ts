/**
 * The timeline's drawing, its controls and their styles: loaded on demand by `<ally-timeline>`
 * (./ally-timeline.ts), so that pages without the tag do not download d3-scale and d3-time.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { claimHeadline } from '../data/as-of.js';
import { latest, parseDate } from '../data/dates.js';
import { capitalize, formatDate, listNames } from '../data/describe.js';
import { STATUSES, STATUS_LABELS } from '../data/status.js';
import type { Dataset, Kind, Status } from '../data/types.js';
import { cssProps } from '../internal/css-props.js';
import { STATUS_LINE } from '../styles/encoding.js';
import { kindEncoding, type KindEncoding } from '../styles/kinds.js';
import type { TimelineHost } from './timeline-host.js';
import { monthIndexAt, monthIndexOf, timelineLayout, type TimelineLayout, type TimelineMark } from './timeline-layout.js';


export { timelineStyles } from './ally-timeline.styles.js';

/** Width of the scrubber's thumb (the stylesheet's), so that its centre is on the cursor. */
const THUMB = 20;

/** How much of a support mark is filled, by evidence: solid when reported or stated, open when denied. */
const FILL: Record<Status, number> = {
  reported: 1,
  stated: 1,
  'acknowledged-in-part': 0.35,
  alleged: 0.35,
  denied: 0,
  characterized: 0.2,
};

interface Drawn {
  data: Dataset;
  width: number;
  from: string | null;
  layout: TimelineLayout;
}

const drawn = new WeakMap<TimelineHost, Drawn>();
/** A drag on the drawing, by pointer id. */
const dragging = new WeakMap<TimelineHost, number>();

/** The layout of the whole dataset at the element's width, memoized per element. */
function layoutOf(el: TimelineHost, data: Dataset): TimelineLayout {
  const width = el.drawWidth || 640;
  const last = drawn.get(el);
  if (last && last.data === data && last.width === width && last.from === el.from) return last.layout;
  const layout = timelineLayout(data, { width, from: el.from });
  drawn.set(el, { data, width, from: el.from, layout });
  return layout;
}

/** Last day the element's date covers (`YYYYMMDD`), null for the dataset's own date. */
function lastDayShown(el: TimelineHost): number | null {
  const parsed = el.asOf ? parseDate(el.asOf) : null;
  return parsed ? latest(parsed.start) : null;
}

/** The scrubber step for the element's date. */
const stepOf = (el: TimelineHost, layout: TimelineLayout): number => monthIndexOf(layout, lastDayShown(el));

/** The as-of value of a step: its month, or null for the last (the dataset's own date). */
const valueOf = (layout: TimelineLayout, i: number): string | null => (i >= layout.months.length - 1 ? null : layout.months[i]);

/** The date play moves to next (from the first month when `restart` and at the end); null at the end. */
export function stepAfter(el: TimelineHost, restart: boolean): string | null {
  const data = el.fullData;
  if (!data) return null;
  const layout = layoutOf(el, data);
  const i = stepOf(el, layout);
  return valueOf(layout, restart && i >= layout.months.length - 1 ? 0 : i + 1);
}

/** "March 2022", or the dataset's date at the last step. */
function stepLabel(data: Dataset, layout: TimelineLayout, i: number): string {
  const value = valueOf(layout, i);
  return value ? formatDate(value) : `${data.asOfApproximate ? 'approximately ' : ''}${formatDate(data.asOf)}`;
}

export function renderTimeline(el: TimelineHost, shown: Dataset): TemplateResult {
  const data = el.fullData ?? shown;
  const layout = layoutOf(el, data);
  const step = stepOf(el, layout);
  const cursor = layout.monthX[step];
  const until = layout.monthEnd[step];
  const encoding = kindEncoding(data.kinds);
  const colors = encoding.properties;
  const first = layout.start;
  const count = shown.claims.length;
  const total = data.claims.length;
  const at = stepLabel(data, layout, step);
  const summary = `${total} claim${total === 1 ? '' : 's'}, from ${formatDate(first)} to ${formatDate(data.asOf)}${count < total ? `: ${count} of them by ${at}` : ''}.`;
  const hub = data.countries.find((c) => c.id === data.hub)?.name ?? data.hub;
  const playable = layout.months.length > 1;
  const start = layout.monthX[0];

  return html`<figure aria-labelledby="title" aria-describedby="summary" class=${layout.narrow ? 'narrow' : ''} ${cssProps(colors)}>
    <div part="title" class="title" id="title">${data.title}</div>
    <p part="summary" class="summary" id="summary">${summary}</p>
    <svg
      part="chart"
      class="chart"
      role="img"
      aria-label=${`Claims over time, one lane per partner of ${hub}. ${summary}`}
      viewBox="0 0 ${layout.width} ${layout.height}"
      width=${layout.width}
      height=${layout.height}
      @pointerdown=${(e: PointerEvent) => onPointer(el, layout, e)}
      @pointermove=${(e: PointerEvent) => onPointer(el, layout, e)}
      @pointerup=${(e: PointerEvent) => endDrag(el, e)}
      @pointercancel=${(e: PointerEvent) => endDrag(el, e)}
    >
      ${layout.lanes.map(
        (lane, i) => svg`<g part=${lane.id === el.selected ? 'lane selected' : 'lane'} class="lane ${i % 2 ? 'odd' : ''} ${lane.id === el.selected ? 'selected' : ''}" data-id=${lane.id}>
          <rect class="band" x="0" y=${lane.y} width=${layout.width} height=${lane.height}></rect>
          <text class="name" x="4" y=${layout.narrow ? lane.y - 5 : lane.y + lane.height / 2} dominant-baseline=${layout.narrow ? 'auto' : 'central'}>${lane.name}</text>
        </g>`,
      )}
      <g class="marks">${layout.marks.map((m) => renderMark(data, encoding, m, until, layout.r))}</g>
      <g part="axis" class="axis">
        <line x1=${layout.left} x2=${layout.right} y1=${layout.axisY} y2=${layout.axisY}></line>
        ${layout.ticks.map(
          (t) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1=${layout.axisY} y2=${layout.axisY + 5}></line>
            <text x=${t.x} y=${layout.axisY + 18} text-anchor=${t.anchor}>${t.label}</text>`,
        )}
      </g>
      <g part="cursor" class="cursor" ${cssProps({ transform: `translateX(${cursor}px)` })}>
        <line x1="0" x2="0" y1="0" y2=${layout.axisY}></line>
      </g>
    </svg>
    <div part="controls" class="controls">
      <div class="row">
        <button
          type="button"
          part="play"
          class="play"
          ?disabled=${!playable}
          @click=${() => (el.playing ? el.pause() : el.play())}
        >
          <span aria-hidden="true">${el.playing ? '❚❚' : '▶'}</span> ${el.playing ? 'Pause' : 'Play'}
        </button>
        <label for="scrubber" class="date">As of <strong>${at}</strong></label>
      </div>
      <input
        id="scrubber"
        part="scrubber"
        type="range"
        min="0"
        max=${layout.months.length - 1}
        step="1"
        .value=${String(step)}
        aria-valuetext=${at}
        ?disabled=${!playable}
        ${cssProps({ 'margin-inline-start': `${start - THUMB / 2}px`, width: `${layout.right - start + THUMB}px` })}
        @input=${(e: Event) => el.changeAsOf(valueOf(layout, Number((e.target as HTMLInputElement).value)))}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key !== ' ' && e.key !== 'Enter') return;
          e.preventDefault();
          if (el.playing) el.pause();
          else el.play();
        }}
      />
    </div>
    ${renderLegend(data, hub)}
  </figure>`;
}

function renderMark(data: Dataset, encoding: KindEncoding, m: TimelineMark, until: number, r: number): TemplateResult {
  const kind = encoding.of(m.kind);
  const slot = kind?.className ?? 'k0';
  const shown = m.day <= until;
  const line = STATUS_LINE[m.status];
  const fill = m.side === 'joint' ? 0 : FILL[m.status];
  const open = fill < 0.5;
  const dash = line.dash || nothing;
  const shape =
    m.side === 'context'
      ? svg`<circle class="shape" cx=${m.x} cy=${m.y} r=${Math.max(2.5, r * 0.45)}></circle>`
      : m.side === 'receives'
        ? svg`<rect class="shape" x=${m.x - r * 0.85} y=${m.y - r * 0.85} width=${r * 1.7} height=${r * 1.7} fill-opacity=${fill} stroke-dasharray=${dash}></rect>`
        : svg`<circle class="shape" cx=${m.x} cy=${m.y} r=${m.side === 'joint' ? r - 1 : r} fill-opacity=${fill} stroke-dasharray=${dash}></circle>`;
  return svg`<g
    part="mark"
    class="mark ${slot} ${m.side} ${open ? 'open' : ''} ${shown ? '' : 'later'}"
    data-id=${m.claim.id}
    data-lane=${m.lane}
    data-kind=${m.kind}
    data-status=${m.status}
    data-side=${m.side}
    data-shown=${shown}
    stroke-opacity=${line.opacity}
  >
    <title>${capitalize(claimHeadline(data, m.claim))}${m.contested && m.status !== 'denied' ? ', denied' : ''} (${formatDate(m.claim.date)}): ${m.claim.text}</title>
    ${m.x2 !== null && m.x2 > m.x + r
      ? svg`<line class="span" x1=${m.x} x2=${m.x2} y1=${m.y} y2=${m.y} stroke-dasharray=${dash} stroke-width=${2 * line.weight}></line>`
      : nothing}
    ${m.before ? svg`<text class="before" x=${m.x - r - 2} y=${m.y} text-anchor="end" dominant-baseline="central">◂</text>` : nothing}
    ${shape}
    ${kind && m.side !== 'context'
      ? svg`<text class="letter" x=${m.x} y=${m.y} text-anchor="middle" dominant-baseline="central">${kind.letter}</text>`
      : nothing}
    ${m.contested && m.status !== 'denied'
      ? svg`<text class="denied" x=${m.x + r} y=${m.y - r + 1} dominant-baseline="central">✕</text>`
      : nothing}
  </g>`;
}

function renderLegend(data: Dataset, hub: string): TemplateResult {
  const styles = new Map<string, Status[]>();
  for (const status of STATUSES) {
    const key = JSON.stringify([STATUS_LINE[status], FILL[status]]);
    styles.set(key, [...(styles.get(key) ?? []), status]);
  }
  const encoding = kindEncoding(data.kinds);
  const swatch = (kind: Kind): TemplateResult => {
    const style = encoding.of(kind.id);
    return html`<span class="swatch ${style?.className ?? ''}" aria-hidden="true">${style?.letter ?? ''}</span>`;
  };
  return html`<div part="legend" class="legend">
    <ul aria-label="Kinds">
      ${data.kinds.map((kind) => html`<li>${swatch(kind)}${kind.label}</li>`)}
    </ul>
    <ul aria-label="Relations">
      <li><svg width="16" height="16" aria-hidden="true"><circle class="key gives" cx="8" cy="8" r="6"></circle></svg>Support the partner gives ${hub}</li>
      <li><svg width="16" height="16" aria-hidden="true"><rect class="key receives" x="2" y="2" width="12" height="12"></rect></svg>Support it receives</li>
      <li><svg width="16" height="16" aria-hidden="true"><circle class="key joint" cx="8" cy="8" r="5"></circle></svg>Joint activity, not support</li>
      <li><svg width="16" height="16" aria-hidden="true"><circle class="key context" cx="8" cy="8" r="3"></circle></svg>Context</li>
    </ul>
    <ul aria-label="Evidence">
      ${[...styles.values()].map((statuses) => {
        const line = STATUS_LINE[statuses[0]];
        return html`<li data-status=${statuses.join(' ')}>
          <svg width="16" height="16" aria-hidden="true">
            <circle class="key gives" cx="8" cy="8" r="6" fill-opacity=${FILL[statuses[0]]} stroke-opacity=${line.opacity} stroke-dasharray=${line.dash ? '3 2' : nothing}></circle>
          </svg>
          ${capitalize(listNames(statuses.map((s) => STATUS_LABELS[s].toLowerCase()), 'or'))}
        </li>`;
      })}
      <li><span class="later-key" aria-hidden="true"></span>Faint: after the date shown</li>
    </ul>
  </div>`;
}

/** A press or a drag on the drawing moves the date to the month under the pointer. */
function onPointer(el: TimelineHost, layout: TimelineLayout, event: PointerEvent): void {
  const svgEl = event.currentTarget as SVGSVGElement;
  if (event.type === 'pointerdown') {
    if (event.button !== 0 || layout.months.length < 2) return;
    dragging.set(el, event.pointerId);
    try {
      svgEl.setPointerCapture(event.pointerId);
    } catch {
      // Not an active pointer (a synthetic event): the drag still works over the drawing.
    }
  } else if (dragging.get(el) !== event.pointerId) return;
  const box = svgEl.getBoundingClientRect();
  const scale = box.width > 0 ? layout.width / box.width : 1;
  const i = monthIndexAt(layout, (event.clientX - box.left) * scale);
  const value = valueOf(layout, i);
  if (value !== (el.asOf || null)) el.changeAsOf(value);
}

function endDrag(el: TimelineHost, event: PointerEvent): void {
  if (dragging.get(el) === event.pointerId) dragging.delete(el);
}
