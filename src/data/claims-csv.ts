import { byId } from './lookup.js';
import { STATUS_LABELS } from './status.js';
import type { Dataset } from './types.js';

/** The columns of `claimsCsv()`, in order. */
export const CLAIM_CSV_COLUMNS = [
  'id',
  'parties',
  'party_ids',
  'kind',
  'type',
  'status',
  'claimed_by',
  'denied_by',
  'date',
  'text',
  'quote',
  'sources',
  'source_urls',
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * A field that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage return
 * first) gets a leading apostrophe, so opening the file never runs anything.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of fields as CSV text: CRLF line ends, a header row first. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Every claim of a dataset as CSV, one row per claim, in dataset order: ids and readable names,
 * the kind, type and status labels, and the sources' titles and URLs (lists joined with `; `).
 */
export function claimsCsv(data: Dataset): string {
  const countries = byId(data.countries);
  const kinds = byId(data.kinds);
  const types = byId(data.types);
  const sources = byId(data.sources);
  const names = (ids: readonly string[]): string => ids.map((id) => countries.get(id)?.name ?? id).join('; ');
  const rows: string[][] = [[...CLAIM_CSV_COLUMNS]];
  for (const claim of data.claims) {
    const cited = claim.sources.map((id) => sources.get(id));
    rows.push([
      claim.id,
      names(claim.parties),
      claim.parties.join('; '),
      kinds.get(claim.kind)?.label ?? claim.kind,
      types.get(claim.type)?.label ?? claim.type,
      STATUS_LABELS[claim.status] ?? claim.status,
      names(claim.claimedBy),
      names(claim.deniedBy),
      claim.date,
      claim.text,
      claim.quote ?? '',
      cited
        .map((s, i) => (s ? `${s.publisher}: ${s.title} (${s.date})` : (claim.sources[i] ?? '')))
        .join('; '),
      cited.map((s) => s?.url ?? '').filter(Boolean).join('; '),
    ]);
  }
  return toCsv(rows);
}
