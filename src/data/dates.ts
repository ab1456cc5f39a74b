/**
 * Dataset dates: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or an interval `start/end` of those.
 */

/** One date, at year, month or day precision. */
export interface DatePart {
  year: number;
  month?: number;
  day?: number;
}

/** A parsed date: `end` is null unless the date is an interval. */
export interface DateRange {
  start: DatePart;
  end: DatePart | null;
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month (1–12) of a proleptic Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

type PartResult = { ok: true; part: DatePart } | { ok: false; reason: string };

function parsePart(text: string): PartResult {
  const m = PART.exec(text);
  if (!m) return { ok: false, reason: 'expected YYYY, YYYY-MM or YYYY-MM-DD' };
  const year = Number(m[1]);
  if (m[2] === undefined) return { ok: true, part: { year } };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { ok: false, reason: `month ${m[2]} is out of range` };
  if (m[3] === undefined) return { ok: true, part: { year, month } };
  const day = Number(m[3]);
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) {
    return { ok: false, reason: `day ${m[3]} is out of range (${year}-${m[2]} has ${max} days)` };
  }
  return { ok: true, part: { year, month, day } };
}

/** Sortable number for the first day a part covers. */
export function earliest(p: DatePart): number {
  return p.year * 10000 + (p.month ?? 1) * 100 + (p.day ?? 1);
}

/** Sortable number for the last day a part covers. */
export function latest(p: DatePart): number {
  const month = p.month ?? 12;
  return p.year * 10000 + month * 100 + (p.day ?? daysInMonth(p.year, month));
}

/**
 * Why `text` is not a valid dataset date, or null when it is.
 * Intervals (`start/end`, start not after end) are accepted only with `allowInterval`.
 */
export function dateProblem(text: string, allowInterval = true): string | null {
  const pieces = text.split('/');
  if (pieces.length > 2 || (pieces.length === 2 && !allowInterval)) {
    return allowInterval
      ? `invalid date "${text}" (expected YYYY, YYYY-MM, YYYY-MM-DD or start/end)`
      : `invalid date "${text}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`;
  }
  const parts: DatePart[] = [];
  for (const piece of pieces) {
    const r = parsePart(piece);
    if (!r.ok) return `invalid date "${text}" (${r.reason})`;
    parts.push(r.part);
  }
  const [start, end] = parts;
  if (start && end && earliest(start) > latest(end)) {
    return `invalid interval "${text}" (start is after end)`;
  }
  return null;
}

/** Parses a valid dataset date; null when it is not one. */
export function parseDate(text: string): DateRange | null {
  if (dateProblem(text) !== null) return null;
  const [a, b] = text.split('/');
  const start = a === undefined ? null : parsePart(a);
  if (!start?.ok) return null;
  if (b === undefined) return { start: start.part, end: null };
  const end = parsePart(b);
  return end.ok ? { start: start.part, end: end.part } : null;
}

/** Sort key (first day covered) of a dataset date; invalid dates sort last. */
export function dateSortKey(text: string): number {
  const r = parseDate(text);
  return r ? earliest(r.start) : Number.POSITIVE_INFINITY;
}

// The interface text is English (en-GB, as ./describe.ts); a list is cheaper than an Intl.DateTimeFormat
// per call.
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

function formatPart(p: DatePart): string {
  if (p.month === undefined) return String(p.year);
  const month = `${monthName(p.month)} ${p.year}`;
  return p.day === undefined ? month : `${p.day} ${month}`;
}

/**
 * "2022", "September 2022", "6 September 2022", "17–27 February 2023",
 * "28 February – 2 March 2023". Anything that is not a dataset date comes back unchanged.
 */
export function formatDate(date: string): string {
  const parsed = parseDate(date);
  if (!parsed) return date;
  const { start: a, end: b } = parsed;
  if (!b) return formatPart(a);
  if (formatPart(a) === formatPart(b)) return formatPart(a);
  const full = `${formatPart(a)} – ${formatPart(b)}`;
  const precision = (p: DatePart): number => (p.day !== undefined ? 2 : p.month !== undefined ? 1 : 0);
  if (precision(a) !== precision(b)) return full;
  if (a.month === undefined || b.month === undefined) return `${a.year}–${b.year}`;
  if (a.year !== b.year) return full;
  if (a.day === undefined || b.day === undefined) return `${monthName(a.month)}–${monthName(b.month)} ${a.year}`;
  if (a.month !== b.month) return `${a.day} ${monthName(a.month)} – ${b.day} ${monthName(b.month)} ${a.year}`;
  return `${a.day}–${b.day} ${monthName(a.month)} ${a.year}`;
}
