import { csvFormatRow } from 'd3-dsv';
import { evidenceText } from './describe.js';
import { byId } from './lookup.js';
import { relationOf } from './relations.js';
import { STATUS_LABELS } from './status.js';
import type { Dataset, Relation } from './types.js';

/** The columns of `claimsCsv()`, in order. */
export const CLAIM_CSV_COLUMNS = [
  'id',
  'relation',
  'gives',
  'receives',
  'parties',
  'party_ids',
  'kind',
  'type',
  'status',
  'evidence',
  'claimed_by',
  'denied_by',
  'date',
  'text',
  'quote',
  'sources',
  'source_urls',
] as const;

const RELATION_LABELS: Record<Relation, string> = {
  support: 'Support',
  joint: 'Joint activity',
  context: 'Context',
};

/**
 * A field a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage return first)
 * gets a leading apostrophe, so opening the file never runs anything.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Rows of fields as CSV text (RFC 4180, by d3-dsv): CRLF line ends, formulas neutralized. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => csvFormatRow(row.map(neutralizeFormula))).join('\r\n') + '\r\n';
}

/**
 * Every claim of a dataset as CSV, one row per claim, in dataset order: its relation and, for
 * support, who gives and who receives; ids and readable names; the kind, type and status
 * labels; the evidence in words; the sources' titles and URLs (lists joined with `; `).
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
    const relation = relationOf(claim);
    const [giver, ...receivers] = claim.parties;
    rows.push([
      claim.id,
      RELATION_LABELS[relation] ?? relation,
      relation === 'support' ? names([giver]) : '',
      relation === 'support' ? names(receivers) : '',
      names(claim.parties),
      claim.parties.join('; '),
      kinds.get(claim.kind)?.label ?? claim.kind,
      types.get(claim.type)?.label ?? claim.type,
      STATUS_LABELS[claim.status] ?? claim.status,
      evidenceText(claim, data),
      names(claim.claimedBy),
      names(claim.deniedBy),
      claim.date,
      claim.text,
      claim.quote ?? '',
      cited
        .map((s, i) => (s ? `${s.publisher}: ${s.title ?? s.description ?? ''} (${s.date})` : (claim.sources[i] ?? '')))
        .join('; '),
      cited.map((s) => s?.url ?? '').filter(Boolean).join('; '),
    ]);
  }
  return toCsv(rows);
}
