/**
 * The timeline's geometry: lanes, marks where claims start, the scrubber's months.
 * Run: node --import tsx --test test/unit/timeline-layout.test.ts
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { monthIndexAt, monthIndexOf, timelineLayout } from '../../src/ally-timeline/timeline-layout.js';
import type { Dataset } from '../../src/data/types.js';

const real = JSON.parse(readFileSync(new URL('../../data/relationships.json', import.meta.url), 'utf8')) as Dataset;

describe('timelineLayout', () => {
  test('one lane per partner in dataset order, each claim in the lanes of the partners it names', () => {
    const layout = timelineLayout(real, { width: 900 });
    assert.deepEqual(layout.lanes.map((l) => l.id), ['CHN', 'BLR', 'IND', 'IRN', 'PRK', 'ZAF', 'SYR']);
    const lanesOf = (id: string): string[] => layout.marks.filter((m) => m.claim.id === id).map((m) => m.lane);
    assert.deepEqual(lanesOf('RUS-vostok-2022'), ['CHN', 'BLR', 'IND', 'SYR']);
    assert.deepEqual(lanesOf('USA-ZAF-sanctions-warning-2023'), ['ZAF']);
    // Every claim that names a partner has a mark.
    assert.equal(new Set(layout.marks.map((m) => m.claim.id)).size, real.claims.length);
  });

  test('a mark sits where its date starts; an interval runs to where it ends; the side is the lane country’s', () => {
    const layout = timelineLayout(real, { width: 900, from: '2022' });
    const mark = (id: string, lane: string) => layout.marks.find((m) => m.claim.id === id && m.lane === lane)!;
    const drones = mark('IRN-drones-2022', 'IRN');
    const admission = mark('IRN-drones-admission-2022', 'IRN');
    assert.ok(drones.x < admission.x, 'August before November');
    assert.ok(drones.x2! > admission.x, 'the interval runs to March 2023');
    assert.equal(admission.x2, null);
    assert.equal(drones.day, 20220801);
    assert.equal(mark('BLR-loan-2020', 'BLR').side, 'receives');
    assert.equal(mark('BLR-staging-2022', 'BLR').side, 'gives');
    assert.equal(mark('CHN-RUS-no-limits-2022', 'CHN').side, 'joint');
    assert.equal(mark('IND-kant-2023', 'IND').side, 'context');
    assert.equal(mark('IRN-drones-2022', 'IRN').contested, true);
    // Before the axis: at its start, flagged.
    const loan = mark('BLR-loan-2020', 'BLR');
    assert.equal(loan.before, true);
    assert.equal(loan.x, layout.left);
    // Nothing outside the drawing.
    for (const m of layout.marks) assert.ok(m.x >= layout.left && (m.x2 ?? m.x) <= layout.right && m.y < layout.axisY, m.key);
  });

  test('the scrubber: the month before the axis, then each month to the dataset’s date', () => {
    const layout = timelineLayout(real, { width: 900, from: '2022' });
    assert.equal(layout.start, '2022-01');
    assert.equal(layout.months[0], '2021-12');
    assert.equal(layout.months.at(-1), '2023-03');
    assert.equal(layout.months.length, 16);
    assert.equal(layout.monthX[0], layout.left);
    assert.equal(layout.monthX.at(-1), layout.right);
    assert.equal(layout.monthEnd.at(-1), 20230321);
    assert.equal(monthIndexOf(layout, null), 15);
    assert.equal(monthIndexOf(layout, 20220331), 3);
    assert.equal(monthIndexOf(layout, 20221231), 12, 'as-of 2022: its last month');
    assert.equal(monthIndexOf(layout, 20200101), 0);
    assert.equal(monthIndexOf(layout, 20300101), 15);
    assert.equal(monthIndexAt(layout, layout.monthX[5] + 1), 5);
    assert.equal(monthIndexAt(layout, -50), 0);
    assert.equal(monthIndexAt(layout, 5000), 15);
  });

  test('without from, the axis starts with the month of the earliest claim', () => {
    assert.equal(timelineLayout(real, { width: 900 }).start, '2015-09');
  });

  test('narrow: names above the lanes, the axis across the width; ticks stay inside the drawing', () => {
    const wide = timelineLayout(real, { width: 900, from: '2022' });
    const narrow = timelineLayout(real, { width: 320, from: '2022' });
    assert.equal(narrow.narrow, true);
    assert.ok(narrow.left < 20 && wide.left > 60);
    for (const t of narrow.ticks) assert.ok(t.anchor !== 'middle' || (t.x > 10 && t.x < 310), t.label);
    assert.ok(narrow.ticks.length >= 2);
    // Labels do not run into each other (at most 7.2 px a character at 12 px).
    narrow.ticks.slice(1).forEach((t, i) => assert.ok(t.x - narrow.ticks[i].x > 7.2 * (t.label.length + narrow.ticks[i].label.length) / 2, t.label));
  });

  test('same data and width, same numbers', () => {
    assert.deepEqual(timelineLayout(real, { width: 700 }), timelineLayout(real, { width: 700 }));
  });
});
