import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { VizElement } from '../internal/viz-element.js';
import { emit, type DataErrorDetail } from '../events.js';
import { dateProblem } from '../data/dates.js';
import type { Dataset } from '../data/types.js';
import type { TimelineHost } from './timeline-host.js';

type TimelineView = typeof import('./timeline-view.js');

/** Time between two steps of play, in ms. */
const STEP_MS = 900;

let viewLoad: Promise<TimelineView> | undefined;
let view: TimelineView | undefined;

/** The space kept until the view draws (dist/ally-viz.css gives the undefined tag the same). */
const reservedStyles = css`
  :host(ally-timeline) .placeholder {
    min-height: var(--ally-reserved-height, clamp(740px, 1500px - 125vw, 1100px));
  }
`;

/**
 * The claims along a time axis, one lane per partner, and a scrubber and a play button that set
 * the date (`as-of`) every view of its group shows: scrub back to February 2022 and the network,
 * the matrix and the card show the relationships as they stood then.
 *
 * Each claim is a mark where its date starts (a claim counts from the first day its date covers)
 * and, for an interval, a line to where it ends; marks after the date shown are faint. Kind is
 * colour and letter; evidence is line style and fill, as in the other views; support the partner
 * gives is a filled circle, support it receives a square, joint activity an open circle (weaker:
 * it is not support), context a small dot.
 *
 * The scrubber is a native range input: arrow keys step a month, Page Up and Page Down a year's
 * share, Home and End go to the first month and the dataset's own date; Space or Enter on it
 * plays or pauses. A click or a drag on the drawing moves the date there too. Play steps a month
 * every 0.9 s and stops at the dataset's date; it never starts by itself unless a publisher sets
 * `playing`. Under reduced motion it steps the same way, but no view animates the change.
 *
 * The drawing and its styles load on demand (dist/chunks/timeline-view-*.js) the first time the
 * element comes near the viewport: the publisher bundle carries only this small class.
 *
 * @tag ally-timeline
 * @summary The claims over time, and a scrubber that replays them in every linked view.
 *
 * @fires as-of-change - A reader moved the date (scrubber, a click or drag on the drawing, play); `detail.asOf` (`YYYY-MM`, or null at the dataset's own date).
 * @fires data-error - The dataset failed to load or validate, or `as-of` is not a date; `detail.message`.
 *
 * @csspart title - The dataset's title.
 * @csspart summary - How many claims, over which period, and how many by the date shown.
 * @csspart chart - The SVG drawing.
 * @csspart lane - A partner's lane, with `data-id`; also `selected` for the selected country.
 * @csspart mark - A claim in a lane, with `data-id` (claim), `data-lane`, `data-kind`, `data-status`, `data-side` (`gives`, `receives`, `joint`, `context`) and `data-shown` (`true` on or before the date shown).
 * @csspart axis - The time axis and its ticks.
 * @csspart cursor - The line at the date shown.
 * @csspart controls - The play button and the scrubber (not in exported pictures).
 * @csspart play - The play/pause button.
 * @csspart scrubber - The range input that sets the date.
 * @csspart legend - Kinds, relations and evidence.
 * @csspart error - The message shown when the dataset cannot be shown.
 * @csspart loading - The message shown while the dataset loads.
 *
 * @cssprop --ally-timeline-later - Opacity of marks after the date shown (default 0.22).
 */
export class AllyTimeline extends VizElement implements TimelineHost {
  static override styles = reservedStyles;

  /**
   * Start of the time axis and the scrubber (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), e.g. `2022`;
   * absent: the month of the earliest claim. Claims that start before it sit at its start, with an arrow.
   */
  @property() from: string | null = null;

  /** True while the timeline plays (reflects; a publisher may set it to start playing). */
  @property({ type: Boolean, reflect: true }) playing = false;

  private loading?: Promise<void>;
  private timer = 0;
  /** Steps taken since play started: play from the dataset's date starts again at the first month. */
  private steps = 0;
  private drawnWidth = 0;
  private resizeFrame = 0;

  /** Starts playing: a month every 0.9 s, from the date shown (from the start when at the end). */
  play(): void {
    this.playing = true;
  }

  /** Stops playing; the date stays where it is. */
  pause(): void {
    this.playing = false;
  }

  /** @internal The whole dataset, whose claims the axis shows whatever the date. */
  get fullData(): Dataset | null {
    return this.source.data;
  }

  /** @internal The width to draw at: the observed width, a frame late (a redraw inside the ResizeObserver's delivery would resize the host again). */
  get drawWidth(): number {
    return (this.drawnWidth ||= this.size.measureWidth());
  }

  /** @internal A reader's change of date: shared with the group, announced, `as-of-change` fired. */
  changeAsOf(value: string | null, stopPlaying = true): void {
    if (stopPlaying) this.playing = false;
    this.asOfGroup.select(value);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = 0;
    this.playing = false;
  }

  // `updateComplete` includes loading the drawing, so `await el.updateComplete` sees it drawn.
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    while (this.loading) await this.loading;
    return super.getUpdateComplete();
  }

  private get fromError(): string | null {
    const problem = this.from ? dateProblem(this.from, false) : null;
    return problem && `from: ${problem}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('from') && this.fromError) emit<DataErrorDetail>(this, 'data-error', { message: this.fromError });
    const width = this.size.width;
    if (this.drawnWidth && width && width !== this.drawnWidth) {
      this.resizeFrame ||= requestAnimationFrame(() => {
        this.resizeFrame = 0;
        this.drawnWidth = this.size.width;
        this.requestUpdate();
      });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('playing')) return;
    this.steps = 0;
    clearTimeout(this.timer);
    if (this.playing) this.timer = window.setTimeout(this.advance, STEP_MS / 3);
  }

  protected override renderView(data: Dataset): TemplateResult {
    const problem = this.fromError;
    if (problem) {
      return html`<div role="alert" part="error"><strong>This graphic could not be shown.</strong>${problem}</div>`;
    }
    if (view) {
      // The drawing's styles come with it: each timeline adopts them on its first render after the load.
      const root = this.renderRoot as ShadowRoot;
      const sheet = view.timelineStyles.styleSheet;
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return view.renderTimeline(this, data);
    }
    this.loading ??= (viewLoad ??= import('./timeline-view.js')).then((loaded) => {
      view = loaded;
      this.loading = undefined;
      this.requestUpdate();
    });
    return html`<div class="placeholder" part="placeholder"></div>`;
  }

  /** One step of play: the next month, or the dataset's date, where play stops. */
  private readonly advance = (): void => {
    if (!this.playing) return;
    // Not while the page is hidden, nor before the drawing (and its months) are there.
    if (view && this.fullData && this.ownerDocument.visibilityState !== 'hidden') {
      const next = view.stepAfter(this, this.steps++ === 0);
      this.changeAsOf(next, next === null);
    }
    if (this.playing) this.timer = window.setTimeout(this.advance, STEP_MS);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ally-timeline': AllyTimeline;
  }
}
