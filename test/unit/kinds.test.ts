/**
 * Kinds and colours (src/styles/kinds.ts): each kind's slot, class, colour and letter.
 * Run: node --import tsx --test test/unit/kinds.test.ts
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { KIND_PALETTE, KIND_SLOTS, kindEncoding, kindLetters } from '../../src/styles/kinds.js';

const kinds = (...labels: string[]) => labels.map((label, i) => ({ id: `kind-${i}`, label }));

describe('kindLetters', () => {
  test('the first letter of each label', () => {
    assert.deepEqual(kindLetters(kinds('Diplomatic', 'Economic', 'Military')), ['D', 'E', 'M']);
  });

  test('labels with the same initial: the next letter of the label not taken', () => {
    assert.deepEqual(kindLetters(kinds('Economic', 'Energy', 'Military')), ['E', 'N', 'M']);
    assert.deepEqual(kindLetters(kinds('Arms', 'Ammunition', 'Aid')), ['A', 'M', 'I']);
    // "Energy": E, N taken; the next letter E is taken too, so R.
    assert.deepEqual(kindLetters(kinds('Economic', 'Nuclear', 'Energy')), ['E', 'N', 'R']);
  });

  test('case, accents and non-Latin scripts: letters compared as capitals, marks and spaces skipped', () => {
    assert.deepEqual(kindLetters(kinds('émigrés', 'Écoles', 'e-commerce')), ['É', 'C', 'E']);
    assert.deepEqual(kindLetters(kinds('Военная', 'Вооружение')), ['В', 'О']);
  });

  test('no letter left: a digit, then a number', () => {
    assert.deepEqual(kindLetters(kinds('A', 'A', 'AA', '—')), ['A', '1', '2', '3']);
    const many = kindLetters(kinds(...Array.from({ length: 12 }, () => 'X')));
    assert.deepEqual(many, ['X', '1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '10']);
  });

  test('unique whatever the labels, and the same for the same list', () => {
    const labels = kinds('Trade', 'Transport', 'Tariffs', 'Treaties', 'Tt', 'T', 'Tourism', 'Tech');
    const letters = kindLetters(labels);
    assert.equal(new Set(letters).size, labels.length);
    assert.deepEqual(kindLetters(labels), letters);
  });
});

describe('kindEncoding', () => {
  const dataKinds = [
    { id: 'diplomatic', label: 'Diplomatic' },
    { id: 'economic', label: 'Economic' },
    { id: 'energy', label: 'Energy' },
  ];

  test('index, slot, class, colour and letter of each kind, in dataset order', () => {
    const encoding = kindEncoding(dataKinds);
    assert.deepEqual(
      encoding.list.map((k) => [k.id, k.index, k.slot, k.className, k.letter]),
      [
        ['diplomatic', 0, 0, 'k0', 'D'],
        ['economic', 1, 1, 'k1', 'E'],
        ['energy', 2, 2, 'k2', 'N'],
      ],
    );
    assert.equal(encoding.of('economic')!.color, 'var(--ally-color-economic, var(--_slot1))');
    assert.equal(encoding.of('nope'), undefined);
    assert.deepEqual(encoding.properties, {
      '--_k0': 'var(--ally-color-diplomatic, var(--_slot0))',
      '--_k1': 'var(--ally-color-economic, var(--_slot1))',
      '--_k2': 'var(--ally-color-energy, var(--_slot2))',
    });
  });

  test('the same object for the same kinds, so views can ask on every render', () => {
    assert.equal(kindEncoding(dataKinds), kindEncoding(dataKinds));
  });

  test('kinds beyond the slots share their colours and keep letters of their own', () => {
    const many = Array.from({ length: KIND_SLOTS + 2 }, (_, i) => ({ id: `k${i}`, label: `Kind ${String.fromCharCode(65 + i)}` }));
    const encoding = kindEncoding(many);
    assert.equal(encoding.list[KIND_SLOTS].className, 'k0');
    assert.equal(Object.keys(encoding.properties).length, KIND_SLOTS);
    assert.equal(new Set(encoding.list.map((k) => k.letter)).size, many.length);
    assert.equal(KIND_PALETTE.length, KIND_SLOTS);
  });

  test('an id that cannot name a custom property gets the slot colour only', () => {
    const encoding = kindEncoding([{ id: 'a b);x', label: 'Odd' }]);
    assert.equal(encoding.list[0].color, 'var(--_slot0)');
  });
});
