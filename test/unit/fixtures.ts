/**
 * A small, valid dataset (not the real one): a hub, three allies, one third party, a 3-party
 * claim, an alleged-and-denied claim and a vote. Plus helpers to clone and break it.
 */
import type { Dataset } from '../../src/data/types.js';

const FIXTURE: Dataset = {
  version: 1,
  title: 'Test dataset',
  asOf: '2023-03-21',
  asOfApproximate: true,
  hub: 'RUS',
  kinds: [
    { id: 'diplomatic', label: 'Diplomatic' },
    { id: 'economic', label: 'Economic' },
    { id: 'military', label: 'Military' },
  ],
  types: [
    { id: 'statement', label: 'Statement', kind: 'diplomatic' },
    { id: 'arms', label: 'Arms', kind: 'military' },
    { id: 'exercise', label: 'Joint exercise', kind: 'military' },
    { id: 'trade', label: 'Trade', kind: 'economic' },
    { id: 'energy-purchase', label: 'Energy purchase', kind: 'economic' },
  ],
  countries: [
    { id: 'RUS', name: 'Russia', role: 'hub', leader: { name: 'Vladimir Putin', title: 'President' } },
    { id: 'CHN', name: 'China', role: 'ally', summary: 'A critical trading partner.', names: { fr: 'Chine' } },
    { id: 'IRN', name: 'Iran', role: 'ally', leader: { name: 'Ebrahim Raisi', title: 'President' } },
    { id: 'ZAF', name: 'South Africa', role: 'ally' },
    { id: 'USA', name: 'United States', role: 'third-party' },
  ],
  claims: [
    {
      id: 'chn-oil',
      parties: ['CHN', 'RUS'],
      kind: 'economic',
      type: 'energy-purchase',
      text: 'China buys Russian crude oil.',
      status: 'reported',
      claimedBy: [],
      deniedBy: [],
      date: '2022',
      sources: ['reuters'],
    },
    {
      id: 'chn-no-limits',
      parties: ['CHN', 'RUS'],
      kind: 'diplomatic',
      type: 'statement',
      text: 'A partnership with "no limits".',
      status: 'stated',
      claimedBy: ['CHN', 'RUS'],
      deniedBy: [],
      date: '2022-02-04',
      sources: ['kremlin'],
      quote: 'no limits',
    },
    {
      id: 'irn-drones',
      parties: ['IRN', 'RUS'],
      kind: 'military',
      type: 'arms',
      text: 'Iran supplied drones used against Ukraine.',
      status: 'alleged',
      claimedBy: ['USA'],
      deniedBy: ['IRN'],
      date: '2022-09',
      sources: ['reuters', 'state-dept'],
      notes: [{ date: '2022-11-05', text: 'Iran said a limited number were sent before the war.', sources: ['reuters'] }],
    },
    {
      id: 'irn-drones-part',
      parties: ['IRN', 'RUS'],
      kind: 'military',
      type: 'arms',
      text: 'Iran acknowledged sending a limited number of drones before the war.',
      status: 'acknowledged-in-part',
      claimedBy: ['IRN'],
      deniedBy: [],
      date: '2022-11-05',
      sources: ['reuters'],
    },
    {
      id: 'mosi-ii',
      parties: ['ZAF', 'RUS', 'CHN'],
      relation: 'joint',
      kind: 'military',
      type: 'exercise',
      text: 'Naval exercise Mosi II off Durban.',
      status: 'reported',
      claimedBy: [],
      deniedBy: [],
      date: '2023-02-17/2023-02-27',
      sources: ['reuters'],
    },
    {
      id: 'zaf-nonaligned',
      parties: ['ZAF', 'RUS'],
      kind: 'diplomatic',
      type: 'statement',
      text: 'South Africa denies backing the war and calls itself non-aligned.',
      status: 'denied',
      claimedBy: [],
      deniedBy: ['ZAF'],
      date: '2023-01',
      sources: ['state-dept'],
    },
    {
      id: 'chn-peace-talks',
      parties: ['CHN', 'RUS', 'USA'],
      kind: 'diplomatic',
      type: 'statement',
      text: 'China offers itself as a go-between.',
      status: 'characterized',
      claimedBy: [],
      deniedBy: [],
      date: '2023-02',
      sources: ['kremlin'],
    },
  ],
  sources: [
    { id: 'reuters', publisher: 'Reuters', title: 'An article', date: '2023-01-20', url: 'https://www.reuters.com/a' },
    { id: 'kremlin', publisher: 'Kremlin', title: 'A statement', date: '2022-02-04', url: 'http://kremlin.ru/b' },
    { id: 'state-dept', publisher: 'US Department of State', title: 'A briefing', date: '2022-12' },
  ],
  votes: [
    {
      id: 'es-11-1',
      title: 'ES-11/1: Aggression against Ukraine',
      date: '2022-03-02',
      votes: { RUS: 'no', CHN: 'abstain', IRN: 'abstain', ZAF: 'abstain', USA: 'yes' },
      tally: { yes: 141, no: 5, abstain: 35 },
      sources: ['reuters'],
    },
    {
      id: 'es-11-4',
      title: 'ES-11/4: Annexations',
      date: '2022-10-12',
      votes: { RUS: 'no', CHN: 'abstain', IRN: 'absent', ZAF: 'abstain', USA: 'yes' },
      sources: [],
    },
  ],
};

/** A fresh deep copy of the valid fixture. */
export function fixture(): Dataset {
  return structuredClone(FIXTURE);
}

/** A JSON-ish object whose properties can be set freely in tests. */
export type Loose = Record<string, unknown>;

/** A copy of the fixture changed by `mutate` (which may break it in any way). */
export function broken(mutate: (data: Loose) => void): unknown {
  const data = structuredClone(FIXTURE) as unknown as Loose;
  mutate(data);
  return data;
}

/** Marks a property for deletion in `changed()`. */
export const REMOVE = Symbol('remove');

function tokens(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

/**
 * A copy of the fixture with the value at `path` (`claims[2].parties[1]`, same syntax as error
 * paths) replaced by `value`, or deleted when `value` is `REMOVE`.
 */
export function changed(path: string, value: unknown): unknown {
  return broken((data) => {
    const keys = tokens(path);
    const last = keys.pop();
    if (last === undefined) throw new Error(`empty path ${path}`);
    let node: unknown = data;
    for (const key of keys) {
      if (typeof node !== 'object' || node === null) throw new Error(`no ${key} in ${path}`);
      node = (node as Record<string | number, unknown>)[key];
    }
    if (typeof node !== 'object' || node === null) throw new Error(`cannot set ${path}`);
    const target = node as Record<string | number, unknown>;
    if (value === REMOVE) delete target[last];
    else target[last] = value;
  });
}

/** `n` copies of a claim with distinct ids (for size tests). */
export function manyClaims(n: number): unknown[] {
  const base = FIXTURE.claims[0];
  return Array.from({ length: n }, (_, i) => ({ ...base, id: `claim-${i}` }));
}
