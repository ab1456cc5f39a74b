import type { Status } from './types.js';

/** Evidence statuses, strongest first. */
export const STATUSES: readonly Status[] = Object.freeze([
  'reported',
  'stated',
  'acknowledged-in-part',
  'alleged',
  'denied',
  'characterized',
] as const);

/** English labels for the statuses. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = Object.freeze({
  reported: 'Reported',
  stated: 'Stated',
  'acknowledged-in-part': 'Acknowledged in part',
  alleged: 'Alleged',
  denied: 'Denied',
  characterized: 'Characterized',
});

/** True when `x` is one of the six status strings. */
export function isStatus(x: unknown): x is Status {
  return typeof x === 'string' && (STATUSES as readonly string[]).includes(x);
}

/** 0 for the strongest status (`reported`), 5 for the weakest (`characterized`). */
export function statusRank(s: Status): number {
  return STATUSES.indexOf(s);
}

/** The strongest of the given statuses, or null when there are none. */
export function strongestStatus(statuses: Iterable<Status>): Status | null {
  let best: Status | null = null;
  for (const s of statuses) {
    if (best === null || statusRank(s) < statusRank(best)) best = s;
  }
  return best;
}
