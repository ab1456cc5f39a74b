import { scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { daysInMonth, parseDate, type DatePart } from '../data/dates.js';
import { evidenceOf } from '../data/evidence.js';
import { sideOf, type Side } from '../data/relations.js';
import type { Claim, Dataset, Status } from '../data/types.js';

/**
 * Pure geometry of the timeline: one lane per partner (dataset order), each claim a mark where
 * its date starts (a claim counts from the first day its date covers, as `as-of` reads it) and,
 * for an interval, a line to where it ends. d3-scale's `scaleUtc` maps dates to x and gives the
 * ticks and their labels; d3-time counts the months the scrubber steps through. Same data and
 * width, same numbers.
 */

export interface TimelineOptions {
  width: number;
  /** Start of the axis and the scrubber (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); absent: the month of the earliest claim. */
  from?: string | null;
  /** Below this width lane names go above their lanes, not beside them. */
  narrowBelow?: number;
}

export interface TimelineLane {
  /** Country id. */
  id: string;
  name: string;
  /** Top of the lane and its height, in px. */
  y: number;
  height: number;
}

export interface TimelineMark {
  /** `${claim id}@${lane id}`: a claim of several partners has a mark in each of their lanes. */
  key: string;
  claim: Claim;
  lane: string;
  /** How the claim stands for the lane's country: gives, receives, takes part, or context. */
  side: Side;
  kind: string;
  status: Status;
  /** Some party denies it: the mark says so beside its status. */
  contested: boolean;
  x: number;
  y: number;
  /** Where an interval ends; null for a single date. */
  x2: number | null;
  /** The claim starts before the axis: drawn at its start, with an arrow. */
  before: boolean;
  /** First day the claim counts, `YYYYMMDD`, to compare with the date shown. */
  day: number;
}

export interface TimelineTick {
  x: number;
  label: string;
  /** A label at either end of the axis is aligned to it, so that it stays inside the drawing. */
  anchor: 'start' | 'middle' | 'end';
}

export interface TimelineLayout {
  width: number;
  height: number;
  narrow: boolean;
  /** Left and right ends of the time axis, in px. */
  left: number;
  right: number;
  /** Top of the axis line (below the lanes). */
  axisY: number;
  /** Mark radius, px. */
  r: number;
  lanes: TimelineLane[];
  marks: TimelineMark[];
  ticks: TimelineTick[];
  /** The month the axis starts with, `YYYY-MM`. */
  start: string;
  /**
   * The months the scrubber steps through, `YYYY-MM`: the month before the axis starts (only
   * what began earlier), then each month of the axis to the dataset's own.
   */
  months: string[];
  /** x of the cursor at each step (the end of its month, the axis's start for the first; the last: the dataset's date). */
  monthX: number[];
  /** First day of each month, `YYYYMMDD`, and last day the dataset's own date covers. */
  monthEnd: number[];
}

const utc = (p: DatePart): Date => new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
/** The day after the last day a date part covers. */
const after = (p: DatePart): Date => {
  const month = p.month ?? 12;
  return new Date(Date.UTC(p.year, month - 1, (p.day ?? daysInMonth(p.year, month)) + 1));
};
const dayNumber = (d: Date): number => d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
const monthId = (d: Date): string => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
const round = (v: number): number => Math.round(v * 100) / 100;

/** Conservative width of a lane name at 12 px. */
const labelWidth = (text: string): number => Math.ceil(text.length * 7.2);

/** The lanes: the partners in dataset order, and last the hub's, for claims that name no partner. */
function laneCountries(data: Dataset, partners: Set<string>): { id: string; name: string }[] {
  const allies = data.countries.filter((c) => partners.has(c.id));
  const orphan = data.claims.some((c) => !c.parties.some((id) => partners.has(id)));
  const hub = data.countries.find((c) => c.id === data.hub);
  return orphan ? [...allies, { id: data.hub, name: hub?.name ?? data.hub }] : allies;
}

/** A claim's lanes: each partner among its parties; the hub's for a claim that names no partner. */
const inLane = (claim: Claim, lane: string, partners: Set<string>): boolean =>
  partners.has(lane) ? claim.parties.includes(lane) : !claim.parties.some((id) => partners.has(id));

/** Rows in a lane, so that marks and interval lines that would touch sit one above the other. */
const MAX_ROWS = 4;

export function timelineLayout(data: Dataset, options: TimelineOptions): TimelineLayout {
  const width = Math.max(200, options.width);
  const narrow = width < (options.narrowBelow ?? 480);
  const r = narrow ? 6 : 7;
  const step = 2 * r + 4;
  const partners = new Set(data.countries.filter((c) => c.role === 'ally').map((c) => c.id));
  const lanes = laneCountries(data, partners);
  const gutter = narrow ? 0 : Math.min(130, Math.max(...lanes.map((l) => labelWidth(l.name)), 40) + 12);
  const left = gutter + r + 8;
  const right = width - r - 8;

  const dated = data.claims.flatMap((claim) => {
    const parsed = parseDate(claim.date);
    return parsed ? [{ claim, start: utc(parsed.start), end: parsed.end ? after(parsed.end) : null }] : [];
  });
  const own = parseDate(data.asOf);
  const last = own ? after(own.start) : new Date(Math.max(...dated.map((d) => +d.start), 0) + 1);
  const fromPart = options.from ? parseDate(options.from)?.start : undefined;
  const first = utcMonth.floor(fromPart ? utc(fromPart) : new Date(Math.min(...dated.map((d) => +d.start), +last - 1)));
  const lastMonth = utcMonth.floor(new Date(+last - 1));
  const monthStarts = utcMonth.range(utcMonth.offset(first, -1), utcMonth.offset(lastMonth, 1));
  const x = scaleUtc().domain([first, last]).range([left, right]).clamp(true);

  const months = monthStarts.map(monthId);
  const ends = monthStarts.map((m, i) => (i === monthStarts.length - 1 ? last : utcMonth.offset(m, 1)));
  const monthX = ends.map((d) => round(x(d)));
  // The last day each step covers: a month's last day, the dataset's own date at the end.
  const monthEnd = ends.map((d) => dayNumber(new Date(+d - 86400000)));

  const ticks = x.ticks(Math.max(2, Math.floor((right - left) / 90)));
  const format = x.tickFormat();

  const marks: TimelineMark[] = [];
  let y = 0;
  const placed: TimelineLane[] = lanes.map((lane) => {
    const here = dated
      .filter(({ claim }) => inLane(claim, lane.id, partners))
      .sort((a, b) => +a.start - +b.start);
    // Greedy rows: each mark takes the first row whose last mark or line ends before it.
    const ends: number[] = [];
    const rows = here.map(({ start, end }) => {
      const x1 = x(start);
      const x2 = end ? Math.max(x1, x(end)) : x1;
      let row = ends.findIndex((e) => e <= x1 - step / 2 - 2);
      if (row < 0) row = ends.length < MAX_ROWS ? ends.length : ends.indexOf(Math.min(...ends));
      ends[row] = x2 + step / 2;
      return row;
    });
    const top = y + (narrow ? 18 : 0);
    const height = Math.max(1, ends.length) * step + 4;
    here.forEach(({ claim, start, end }, i) => {
      const evidence = evidenceOf([claim]);
      marks.push({
        key: `${claim.id}@${lane.id}`,
        claim,
        lane: lane.id,
        side: sideOf(claim, lane.id) ?? 'context',
        kind: claim.kind,
        status: claim.status,
        contested: evidence.contested,
        x: round(x(start)),
        y: round(top + 2 + step / 2 + rows[i] * step),
        x2: end ? round(x(end)) : null,
        before: start < first,
        day: dayNumber(start),
      });
    });
    y = top + height + (narrow ? 6 : 4);
    return { id: lane.id, name: lane.name, y: top, height };
  });
  const axisY = y + 4;
  return {
    width,
    height: axisY + 26,
    narrow,
    left,
    right,
    axisY,
    r,
    lanes: placed,
    marks,
    ticks: ticks.map((d) => {
      const at = round(x(d));
      const label = format(d);
      const half = labelWidth(label) / 2;
      return { x: at, label, anchor: at - half < 0 ? 'start' : at + half > width ? 'end' : 'middle' };
    }),
    start: monthId(first),
    months,
    monthX,
    monthEnd,
  };
}

/**
 * The scrubber's step for a date shown: the month whose last day covers the as-of date's last
 * day (`2022` → December 2022), the last step when there is none or it is later.
 */
export function monthIndexOf(layout: TimelineLayout, lastDay: number | null): number {
  if (lastDay === null) return layout.months.length - 1;
  const i = layout.monthEnd.findIndex((end) => end >= lastDay);
  return i < 0 ? layout.months.length - 1 : i;
}

/** The step nearest to a point on the axis (a click or a drag on the drawing). */
export function monthIndexAt(layout: TimelineLayout, px: number): number {
  let best = 0;
  layout.monthX.forEach((mx, i) => {
    if (Math.abs(mx - px) < Math.abs(layout.monthX[best] - px)) best = i;
  });
  return best;
}
