import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { STATUSES, STATUS_LABELS, isStatus, statusRank, strongestStatus } from '../../src/data/status.js';

describe('status', () => {
  test('strongest first', () => {
    assert.deepEqual(STATUSES, ['reported', 'stated', 'acknowledged-in-part', 'alleged', 'denied', 'characterized']);
    assert.deepEqual(STATUSES.map(statusRank), [0, 1, 2, 3, 4, 5]);
  });
  test('labels', () => {
    assert.deepEqual(
      STATUSES.map((s) => STATUS_LABELS[s]),
      ['Reported', 'Stated', 'Acknowledged in part', 'Alleged', 'Denied', 'Characterized'],
    );
  });
  test('strongestStatus', () => {
    assert.equal(strongestStatus([]), null);
    assert.equal(strongestStatus(['denied', 'alleged', 'characterized']), 'alleged');
    assert.equal(strongestStatus(new Set(['characterized', 'reported'] as const)), 'reported');
  });
  test('isStatus', () => {
    assert.equal(isStatus('alleged'), true);
    assert.equal(isStatus('Alleged'), false);
    assert.equal(isStatus(3), false);
    assert.equal(isStatus('toString'), false);
  });
});
