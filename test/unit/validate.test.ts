import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DatasetError,
  LIMITS,
  MORE_ERRORS,
  assertDataset,
  summarizeErrors,
  validate,
  type ValidationError,
} from '../../src/data/validate.js';
import { REMOVE, broken, changed, fixture, manyClaims, type Loose } from './fixtures.js';

function errorsOf(input: unknown): ValidationError[] {
  const result = validate(input);
  assert.equal(result.ok, false, 'expected the input to be invalid');
  return result.ok ? [] : result.errors;
}

/** The first error is at `path` and matches `message`; with `count`, there are exactly that many. */
function expectError(input: unknown, path: string, message: RegExp, count?: number): void {
  const errors = errorsOf(input);
  const first = errors[0];
  assert.ok(first, 'expected at least one error');
  assert.equal(first.path, path, `errors: ${JSON.stringify(errors)}`);
  assert.match(first.message, message);
  if (count !== undefined) assert.equal(errors.length, count, `errors: ${JSON.stringify(errors)}`);
}

function claim(data: Loose, i: number): Loose {
  const found = (data['claims'] as Loose[])[i];
  assert.ok(found);
  return found;
}

describe('validate: valid input', () => {
  test('the fixture is valid and data is the input object itself', () => {
    const input = fixture();
    const result = validate(input);
    assert.equal(result.ok, true);
    assert.ok(result.ok && result.data === input);
  });

  test('optional parts may be missing', () => {
    const input = broken((d) => {
      delete d['types'];
      delete d['votes'];
      delete d['asOfApproximate'];
      claim(d, 0)['type'] = 'not-declared-anywhere';
    });
    assert.equal(validate(input).ok, true);
  });

  test('unknown extra properties are allowed', () => {
    const input = broken((d) => {
      d['future'] = { anything: [1, 2] };
      claim(d, 0)['confidence'] = 0.5;
      (d['countries'] as Loose[])[0] = { ...(d['countries'] as Loose[])[0], iso: 643 };
    });
    assert.equal(validate(input).ok, true);
  });

  test('leap days, coarse dates and intervals of mixed precision are valid', () => {
    for (const date of ['2024-02-29', '2000-02-29', '2022', '2022-12', '2022-09/2022', '2022/2023-01-05', '2023-02-17/2023-02-17']) {
      assert.equal(validate(changed('claims[0].date', date)).ok, true, date);
    }
  });

  test('a claim may have many parties, and empty claimedBy/deniedBy', () => {
    assert.equal(validate(changed('claims[0].parties', ['CHN', 'RUS', 'IRN', 'ZAF', 'USA'])).ok, true);
  });
});

describe('validate: root', () => {
  for (const [input, got] of [
    [null, 'null'],
    [[], 'an array'],
    ['{}', 'a string'],
    [42, 'a number'],
    [undefined, 'nothing'],
  ] as const) {
    test(`non-object input (${got})`, () => {
      expectError(input, '(root)', new RegExp(`expected a dataset object, got ${got}`), 1);
    });
  }

  test('version missing', () => expectError(changed('version', REMOVE), 'version', /is required \(expected 1\)/, 1));
  test('version 2 stops the walk', () => {
    const input = broken((d) => {
      d['version'] = 2;
      d['kinds'] = 'whatever';
    });
    expectError(input, 'version', /unsupported version 2/, 1);
  });
  test('version "1" (a string)', () => expectError(changed('version', '1'), 'version', /expected 1, got "1"/, 1));

  test('title missing', () => expectError(changed('title', REMOVE), 'title', /is required \(expected a string\)/, 1));
  test('title of the wrong type', () => expectError(changed('title', 3), 'title', /expected a string, got a number/, 1));
  test('title empty', () => expectError(changed('title', '  '), 'title', /must not be empty/, 1));
  test('title too long', () => expectError(changed('title', 'x'.repeat(501)), 'title', /too long \(501 characters; at most 500\)/, 1));
  test('credit too long', () => expectError(changed('credit', 'x'.repeat(2001)), 'credit', /too long/, 1));

  test('asOf missing', () => expectError(changed('asOf', REMOVE), 'asOf', /is required/, 1));
  test('asOf month out of range', () => expectError(changed('asOf', '2023-13-01'), 'asOf', /invalid date "2023-13-01" \(month 13/, 1));
  test('asOf day out of range', () => expectError(changed('asOf', '2023-02-29'), 'asOf', /day 29 is out of range/, 1));
  test('asOf day 0', () => expectError(changed('asOf', '2023-04-00'), 'asOf', /day 00 is out of range/, 1));
  test('asOf day 31 in a 30-day month', () => expectError(changed('asOf', '2023-04-31'), 'asOf', /day 31/, 1));
  test('asOf not a date', () => expectError(changed('asOf', '21 March 2023'), 'asOf', /expected YYYY, YYYY-MM or YYYY-MM-DD/, 1));
  test('asOf two-digit year', () => expectError(changed('asOf', '23-03-21'), 'asOf', /invalid date/, 1));
  test('asOf cannot be an interval', () => expectError(changed('asOf', '2023/2024'), 'asOf', /invalid date "2023\/2024"/, 1));
  test('asOf of the wrong type', () => expectError(changed('asOf', 20230321), 'asOf', /expected a string, got a number/, 1));
  test('asOfApproximate not a boolean', () =>
    expectError(changed('asOfApproximate', 'yes'), 'asOfApproximate', /expected true or false, got a string/, 1));

  test('hub missing', () => expectError(changed('hub', REMOVE), 'hub', /is required/, 1));
  test('hub unknown', () => expectError(changed('hub', 'RUX'), 'hub', /unknown country "RUX"/, 1));
  test('hub is not a country with role hub', () => {
    const input = broken((d) => {
      d['hub'] = 'CHN';
      const russia = (d['countries'] as Loose[])[0];
      if (russia) russia['role'] = 'ally';
    });
    expectError(input, 'hub', /country "CHN" has role "ally"; the hub needs role "hub"/, 1);
  });
  test('hub of the wrong type', () => expectError(changed('hub', ['RUS']), 'hub', /expected a string, got an array/, 1));
});

describe('validate: kinds and types', () => {
  test('kinds missing', () => expectError(changed('kinds', REMOVE), 'kinds', /is required \(expected a list of kinds\)/));
  test('kinds empty', () => expectError(changed('kinds', []), 'kinds', /must not be empty/));
  test('kinds not a list', () => expectError(changed('kinds', {}), 'kinds', /expected a list of kinds, got an object/));
  test('kind not an object', () => expectError(changed('kinds[0]', 'diplomatic'), 'kinds[0]', /expected a kind object, got a string/));
  test('kind label missing', () => expectError(changed('kinds[0].label', REMOVE), 'kinds[0].label', /is required/, 1));
  test('kind id missing', () => expectError(changed('kinds[0].id', REMOVE), 'kinds[0].id', /is required/));
  test('kind id with spaces', () => expectError(changed('kinds[0].id', 'soft power'), 'kinds[0].id', /invalid kind id "soft power"/));
  test('duplicate kind id', () => expectError(changed('kinds[1].id', 'diplomatic'), 'kinds[1].id', /duplicate kind id "diplomatic" \(also kinds\[0\]\)/));
  test('too many kinds', () =>
    expectError(changed('kinds', Array.from({ length: 101 }, (_, i) => ({ id: `k${i}`, label: 'K' }))), 'kinds', /too many kinds \(101; at most 100\)/, 1));

  test('types not a list', () => expectError(changed('types', 'arms'), 'types', /expected a list of types, got a string/));
  test('type with an unknown kind', () => expectError(changed('types[0].kind', 'cultural'), 'types[0].kind', /unknown kind "cultural"/));
  test('type kind missing', () => expectError(changed('types[0].kind', REMOVE), 'types[0].kind', /is required/));
  test('type label of the wrong type', () => expectError(changed('types[1].label', false), 'types[1].label', /expected a string, got a boolean/, 1));
  test('duplicate type id', () => expectError(changed('types[2].id', 'arms'), 'types[2].id', /duplicate type id "arms"/));
});

describe('validate: countries', () => {
  test('countries missing', () => expectError(changed('countries', REMOVE), 'countries', /is required/));
  test('countries empty', () => expectError(changed('countries', []), 'countries', /must not be empty/));
  test('country not an object', () => expectError(changed('countries[1]', null), 'countries[1]', /expected a country object, got null/));
  test('country id lower-case', () => expectError(changed('countries[2].id', 'irn'), 'countries[2].id', /invalid country id "irn"/));
  test('country id too long for the pattern', () =>
    expectError(changed('countries[2].id', 'A'.repeat(17)), 'countries[2].id', /invalid country id "A{17}"/));
  test('country id starting with a dash', () => expectError(changed('countries[2].id', '-IRN'), 'countries[2].id', /invalid country id/));
  test('country id of the wrong type', () => expectError(changed('countries[2].id', 364), 'countries[2].id', /expected a string, got a number/));
  test('duplicate country id', () => expectError(changed('countries[2].id', 'CHN'), 'countries[2].id', /duplicate country id "CHN" \(also countries\[1\]\)/));
  test('country name missing', () => expectError(changed('countries[1].name', REMOVE), 'countries[1].name', /is required/, 1));
  test('country name too long', () =>
    expectError(changed('countries[1].name', 'x'.repeat(201)), 'countries[1].name', /too long \(201 characters; at most 200\)/, 1));
  test('bad role', () =>
    expectError(changed('countries[1].role', 'friend'), 'countries[1].role', /expected one of "hub", "ally", "third-party", got "friend"/, 1));
  test('role missing', () => expectError(changed('countries[1].role', REMOVE), 'countries[1].role', /is required/, 1));
  test('a second hub', () => expectError(changed('countries[1].role', 'hub'), 'countries[1].role', /only the hub \("RUS"\) can have role "hub"/, 1));
  test('summary of the wrong type', () => expectError(changed('countries[1].summary', 1), 'countries[1].summary', /expected a string/, 1));
  test('summary too long', () => expectError(changed('countries[1].summary', 'x'.repeat(2001)), 'countries[1].summary', /at most 2000/, 1));
  test('leader not an object', () => expectError(changed('countries[0].leader', 'Putin'), 'countries[0].leader', /expected a leader object, got a string/, 1));
  test('leader without a name', () => expectError(changed('countries[0].leader.name', REMOVE), 'countries[0].leader.name', /is required/, 1));
  test('localized name of the wrong type', () => expectError(changed('countries[1].names.fr', 5), 'countries[1].names.fr', /expected a string, got a number/, 1));
  test('localized name with a bad language tag', () =>
    expectError(changed('countries[1].names', { 'not a tag': 'x' }), 'countries[1].names["not a tag"]', /invalid language tag "not a tag"/, 1));
  test('names not an object', () => expectError(changed('countries[1].names', ['Chine']), 'countries[1].names', /expected an object of names by language/, 1));
});

describe('validate: sources', () => {
  test('sources missing', () => expectError(changed('sources', REMOVE), 'sources', /is required/));
  test('javascript: URL', () =>
    expectError(changed('sources[0].url', 'javascript:alert(1)'), 'sources[0].url', /uses javascript; only http and https are allowed/, 1));
  test('data: URL', () => expectError(changed('sources[0].url', 'data:text/html,hi'), 'sources[0].url', /only http and https/, 1));
  test('URL that does not parse', () => expectError(changed('sources[0].url', 'not a url'), 'sources[0].url', /invalid URL "not a url"/, 1));
  test('relative URL', () => expectError(changed('sources[0].url', '/relative/path'), 'sources[0].url', /invalid URL/, 1));
  test('URL of the wrong type', () => expectError(changed('sources[0].url', {}), 'sources[0].url', /expected a string, got an object/, 1));
  test('publisher missing', () => expectError(changed('sources[1].publisher', REMOVE), 'sources[1].publisher', /is required/, 1));
  test('source title too long', () => expectError(changed('sources[1].title', 'x'.repeat(501)), 'sources[1].title', /too long/, 1));
  test('a source with neither title nor description', () =>
    expectError(changed('sources[1].title', REMOVE), 'sources[1].title', /is required \(expected a string: the headline, or give a description\)/, 1));
  test('a description instead of a headline is valid', () => {
    const data = changed('sources[1].title', REMOVE) as { sources: Record<string, unknown>[] };
    data.sources[1]['description'] = 'A statement on the Kremlin site';
    data.sources[1]['noUrlReason'] = 'Print only.';
    assert.equal(validate(data).ok, true);
  });
  test('description empty', () => expectError(changed('sources[1].description', ' '), 'sources[1].description', /must not be empty/, 1));
  test('noUrlReason of the wrong type', () => expectError(changed('sources[2].noUrlReason', 3), 'sources[2].noUrlReason', /expected a string/, 1));
  test('source date invalid', () => expectError(changed('sources[1].date', '2022-02-30'), 'sources[1].date', /day 30 is out of range/, 1));
  test('duplicate source id', () => expectError(changed('sources[2].id', 'reuters'), 'sources[2].id', /duplicate source id "reuters"/));
});

describe('validate: claims', () => {
  test('claims not a list', () => expectError(changed('claims', {}), 'claims', /expected a list of claims, got an object/, 1));
  test('claims missing', () => expectError(changed('claims', REMOVE), 'claims', /is required/, 1));
  test('claim not an object', () => expectError(changed('claims[3]', null), 'claims[3]', /expected a claim object, got null/, 1));
  test('unknown party', () => expectError(changed('claims[3].parties[1]', 'RUX'), 'claims[3].parties[1]', /unknown country "RUX"/, 1));
  test('party of the wrong type', () => expectError(changed('claims[3].parties[1]', 643), 'claims[3].parties[1]', /expected a country id, got a number/, 1));
  test('relation is one of support, joint, context', () => {
    expectError(changed('claims[0].relation', 'alliance'), 'claims[0].relation', /expected one of "support", "joint", "context", got "alliance"/, 1);
    for (const relation of ['support', 'joint', 'context']) assert.equal(validate(changed('claims[0].relation', relation)).ok, true, relation);
  });
  test('one party only', () => expectError(changed('claims[0].parties', ['CHN']), 'claims[0].parties', /needs at least 2 parties, got 1/, 1));
  test('no parties', () => expectError(changed('claims[0].parties', []), 'claims[0].parties', /must not be empty/, 1));
  test('parties missing', () => expectError(changed('claims[0].parties', REMOVE), 'claims[0].parties', /is required/, 1));
  test('parties not a list', () => expectError(changed('claims[0].parties', 'CHN RUS'), 'claims[0].parties', /expected a list of parties, got a string/, 1));
  test('a party twice', () => expectError(changed('claims[0].parties', ['CHN', 'CHN']), 'claims[0].parties', /lists country "CHN" twice/, 1));
  test('unknown kind', () => expectError(changed('claims[0].kind', 'cultural'), 'claims[0].kind', /unknown kind "cultural"/, 1));
  test('kind missing', () => expectError(changed('claims[0].kind', REMOVE), 'claims[0].kind', /is required/, 1));
  test('unknown type', () => expectError(changed('claims[0].type', 'tourism'), 'claims[0].type', /unknown type "tourism"/, 1));
  test('type of another kind', () =>
    expectError(changed('claims[0].type', 'arms'), 'claims[0].type', /type "arms" belongs to kind "military", not "economic"/, 1));
  test('type missing', () => expectError(changed('claims[0].type', REMOVE), 'claims[0].type', /is required/, 1));
  test('text missing', () => expectError(changed('claims[0].text', REMOVE), 'claims[0].text', /is required/, 1));
  test('text too long', () => expectError(changed('claims[0].text', 'x'.repeat(2001)), 'claims[0].text', /too long \(2001 characters; at most 2000\)/, 1));
  test('text of the wrong type', () => expectError(changed('claims[0].text', ['a']), 'claims[0].text', /expected a string, got an array/, 1));
  test('bad status', () =>
    expectError(changed('claims[0].status', 'rumoured'), 'claims[0].status', /expected one of "reported", "stated", .* got "rumoured"/, 1));
  test('status missing', () => expectError(changed('claims[0].status', REMOVE), 'claims[0].status', /is required/, 1));
  test('unknown claimedBy', () => expectError(changed('claims[2].claimedBy[0]', 'XXX'), 'claims[2].claimedBy[0]', /unknown country "XXX"/, 1));
  test('unknown deniedBy', () => expectError(changed('claims[2].deniedBy[0]', 'IRQ'), 'claims[2].deniedBy[0]', /unknown country "IRQ"/, 1));
  test('claimedBy missing', () => expectError(changed('claims[2].claimedBy', REMOVE), 'claims[2].claimedBy', /is required/, 1));
  test('deniedBy not a list', () => expectError(changed('claims[2].deniedBy', 'IRN'), 'claims[2].deniedBy', /expected a list of country ids/, 1));
  test('date missing', () => expectError(changed('claims[0].date', REMOVE), 'claims[0].date', /is required/, 1));
  test('date with a bad day', () => expectError(changed('claims[0].date', '2022-02-30'), 'claims[0].date', /invalid date "2022-02-30" \(day 30/, 1));
  test('date with a bad month', () => expectError(changed('claims[0].date', '2022-00'), 'claims[0].date', /month 00/, 1));
  test('interval with start after end', () =>
    expectError(changed('claims[4].date', '2023-02-27/2023-02-17'), 'claims[4].date', /invalid interval "2023-02-27\/2023-02-17" \(start is after end\)/, 1));
  test('interval with a bad end', () => expectError(changed('claims[4].date', '2023-02-17/2023-02-30'), 'claims[4].date', /day 30/, 1));
  test('interval with three parts', () => expectError(changed('claims[4].date', '2021/2022/2023'), 'claims[4].date', /invalid date/, 1));
  test('date of the wrong type', () => expectError(changed('claims[4].date', 2023), 'claims[4].date', /expected a string, got a number/, 1));
  test('no sources', () => expectError(changed('claims[0].sources', []), 'claims[0].sources', /must not be empty/, 1));
  test('unknown source', () => expectError(changed('claims[2].sources[1]', 'nope'), 'claims[2].sources[1]', /unknown source "nope"/, 1));
  test('duplicate claim id', () => expectError(changed('claims[1].id', 'chn-oil'), 'claims[1].id', /duplicate claim id "chn-oil" \(also claims\[0\]\)/, 1));
  test('claim id missing', () => expectError(changed('claims[1].id', REMOVE), 'claims[1].id', /is required/, 1));
  test('quote of the wrong type', () => expectError(changed('claims[1].quote', 7), 'claims[1].quote', /expected a string/, 1));
  test('notes not a list', () => expectError(changed('claims[2].notes', 'later'), 'claims[2].notes', /expected a list of notes/, 1));
  test('note with a bad date', () => expectError(changed('claims[2].notes[0].date', 'soon'), 'claims[2].notes[0].date', /invalid date "soon"/, 1));
  test('note with an unknown source', () =>
    expectError(changed('claims[2].notes[0].sources[0]', 'nope'), 'claims[2].notes[0].sources[0]', /unknown source "nope"/, 1));
  test('too many parties in one claim', () =>
    expectError(changed('claims[0].parties', Array.from({ length: 201 }, () => 'RUS')), 'claims[0].parties', /too many parties \(201; at most 200\)/));
});

describe('validate: votes', () => {
  test('votes not a list', () => expectError(changed('votes', {}), 'votes', /expected a list of vote records, got an object/, 1));
  test('unknown country in a vote', () => expectError(changed('votes[0].votes.RUX', 'no'), 'votes[0].votes.RUX', /unknown country "RUX"/, 1));
  test('bad vote value', () =>
    expectError(changed('votes[0].votes.CHN', 'maybe'), 'votes[0].votes.CHN', /expected one of "yes", "no", "abstain", "absent", got "maybe"/, 1));
  test('votes map missing', () => expectError(changed('votes[0].votes', REMOVE), 'votes[0].votes', /is required/, 1));
  test('votes map is a list', () => expectError(changed('votes[0].votes', ['no']), 'votes[0].votes', /expected an object of votes by country id, got an array/, 1));
  test('unknown vote source', () => expectError(changed('votes[0].sources[0]', 'nope'), 'votes[0].sources[0]', /unknown source "nope"/, 1));
  test('vote sources missing', () => expectError(changed('votes[0].sources', REMOVE), 'votes[0].sources', /is required/, 1));
  test('duplicate vote record id', () => expectError(changed('votes[1].id', 'es-11-1'), 'votes[1].id', /duplicate vote record id "es-11-1"/, 1));
  test('bad vote date', () => expectError(changed('votes[1].date', '2022-10-32'), 'votes[1].date', /day 32/, 1));
  test('negative tally', () => expectError(changed('votes[0].tally.yes', -1), 'votes[0].tally.yes', /expected a whole number ≥ 0, got -1/, 1));
  test('fractional tally', () => expectError(changed('votes[0].tally.no', 1.5), 'votes[0].tally.no', /whole number/, 1));
  test('tally count missing', () => expectError(changed('votes[0].tally.abstain', REMOVE), 'votes[0].tally.abstain', /is required/, 1));
  test('vote title missing', () => expectError(changed('votes[0].title', REMOVE), 'votes[0].title', /is required/, 1));
});

describe('validate: unknown references do not cascade', () => {
  test('an invalid countries list is reported once, not at every party', () => {
    expectError(changed('countries', 'RUS CHN'), 'countries', /expected a list of countries, got a string/, 1);
  });
  test('an invalid sources list is reported once', () => {
    expectError(changed('sources', null), 'sources', /expected a list of sources, got null/, 1);
  });
});

describe('validate: limits', () => {
  test('more than 5,000 countries: one error, no walk', () => {
    const countries = Array.from({ length: 5001 }, () => 'not even an object');
    expectError(changed('countries', countries), 'countries', /too many countries \(5001; at most 5000\)/, 1);
  });

  test('more than 50,000 claims: one error, no walk', () => {
    const input = broken((d) => {
      d['claims'] = Array.from({ length: LIMITS.claims + 1 }, () => null);
      d['title'] = 5;
    });
    expectError(input, 'claims', /too many claims \(50001; at most 50000\)/, 1);
  });

  test('exactly the limits is fine', () => {
    const input = changed('claims', manyClaims(2000));
    assert.equal(validate(input).ok, true);
  });

  test('stops after 50 errors with a marker', () => {
    const input = changed('claims', Array.from({ length: 80 }, () => 'bad'));
    const errors = errorsOf(input);
    assert.equal(errors.length, LIMITS.errors + 1);
    assert.equal(errors[49]?.path, 'claims[49]');
    assert.deepEqual(errors[50], { path: '(root)', message: MORE_ERRORS });
    assert.equal(MORE_ERRORS, '(…more errors not shown)');
  });

  test('exactly 50 errors: no marker', () => {
    const errors = errorsOf(changed('claims', Array.from({ length: 50 }, () => 'bad')));
    assert.equal(errors.length, 50);
    assert.notEqual(errors.at(-1)?.message, MORE_ERRORS);
  });
});

describe('DatasetError and assertDataset', () => {
  test('assertDataset returns the input when valid', () => {
    const input = fixture();
    assert.equal(assertDataset(input), input);
  });

  test('assertDataset throws a DatasetError summarizing the first error', () => {
    const input = broken((d) => {
      (claim(d, 3)['parties'] as unknown[])[1] = 'RUX';
      claim(d, 4)['status'] = 'rumoured';
      claim(d, 5)['kind'] = 'cultural';
    });
    assert.throws(
      () => assertDataset(input),
      (e: unknown) => {
        assert.ok(e instanceof DatasetError);
        assert.ok(e instanceof Error);
        assert.equal(e.name, 'DatasetError');
        assert.equal(e.message, 'Invalid dataset: claims[3].parties[1]: unknown country "RUX" (and 2 more errors)');
        assert.equal(e.errors.length, 3);
        return true;
      },
    );
  });

  test('summaries: one error, two errors, truncated', () => {
    assert.equal(summarizeErrors([{ path: 'hub', message: 'm' }]), 'Invalid dataset: hub: m');
    assert.equal(
      summarizeErrors([
        { path: 'hub', message: 'm' },
        { path: 'title', message: 'n' },
      ]),
      'Invalid dataset: hub: m (and 1 more error)',
    );
    const many = errorsOf(changed('claims', Array.from({ length: 80 }, () => 'bad')));
    assert.match(summarizeErrors(many), /^Invalid dataset: claims\[0\]: expected a claim object, got a string \(and more than 49 more errors\)$/);
  });
});
