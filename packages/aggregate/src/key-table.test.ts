import { describe, expect, it } from 'vitest';
import { KeyTable } from './key-table.js';
import { termKey } from './shingles.js';

const key = (stem: string, form: string) => {
  const out: number[] = [];
  termKey(stem, form, out, 0);
  return out as [number, number];
};

describe('termKey', () => {
  it('keys the (stem, form) pair, not the concatenation', () => {
    expect(key('friedenstrupp', 'Friedenstruppe')).toEqual(key('friedenstrupp', 'Friedenstruppe'));
    expect(key('ab', 'c')).not.toEqual(key('a', 'bc'));
    expect(key('terror', 'Terror')).not.toEqual(key('terror', 'terror'));
    expect(key('', '')).not.toEqual(key('', 'a'));
  });
  it('gives 200,000 distinct stems of German-like words 200,000 distinct keys', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i++) {
      const [hi, lo] = key(`wort${i}`, `Wort${i}en`);
      seen.add(`${hi},${lo}`);
    }
    expect(seen.size).toBe(200_000);
  });
});

describe('KeyTable', () => {
  it('hands out dense ids in first-seen order and finds them again across rehashes', () => {
    const table = new KeyTable();
    const keys = Array.from({ length: 50_000 }, (_, i) => key(`stamm${i % 7000}`, `Form${i}`));
    keys.forEach(([hi, lo], i) => {
      expect(table.get(hi, lo)).toBe(-1);
      expect(table.add(hi, lo)).toBe(i);
    });
    expect(table.size).toBe(50_000);
    keys.forEach(([hi, lo], i) => expect(table.get(hi, lo)).toBe(i));
    // keys that differ in one half only are different keys
    const [hi, lo] = keys[0]!;
    expect(table.get(hi, lo ^ 1)).toBe(-1);
    expect(table.get(hi ^ 1, lo)).toBe(-1);
    expect(table.get(0, 0)).toBe(-1);
  });

  it('finds every key again under repeated, interleaved look-ups of frequent and rare keys', () => {
    const table = new KeyTable();
    const keys = Array.from({ length: 20_000 }, (_, i) => key(`k${i}`, `K${i}`));
    keys.forEach(([hi, lo]) => table.add(hi, lo));
    // Zipf-like: key 0 most often, then 1, …
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < keys.length; i += 1 + (i >> 6)) {
        for (const j of [i, 0, (i * 7919) % keys.length, 1]) expect(table.get(keys[j]![0], keys[j]![1])).toBe(j);
      }
    }
    // a key never added is not found until it is added
    const [hi, lo] = key('neu', 'Neu');
    expect(table.get(hi, lo)).toBe(-1);
    expect(table.add(hi, lo)).toBe(20_000);
    expect(table.get(hi, lo)).toBe(20_000);
  });
});
