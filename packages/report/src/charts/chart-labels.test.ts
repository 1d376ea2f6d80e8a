import { describe, expect, it } from 'vitest';
import { linesExpr, wrapLines } from './chart.js';

describe('wrapLines / linesExpr: long chart labels wrap instead of ending in "…"', () => {
  it('breaks a seed frame name at spaces into lines of at most the given length', () => {
    expect(wrapLines('Foreign interference / colour revolution', 22)).toEqual(['Foreign interference /', 'colour revolution']);
    expect(wrapLines('dpa wire copy (publishing outlet unknown) (1 article)', 30)).toEqual(['dpa wire copy (publishing', 'outlet unknown) (1 article)']);
    // a word longer than a line stays whole on its own line
    expect(wrapLines('Sicherheitsratsresolution 2022', 10)).toEqual(['Sicherheitsratsresolution', '2022']);
  });

  it('maps only the names longer than a line to their lines, the rest to themselves', () => {
    expect(linesExpr(['Protest and unrest', 'State violence and repression'], 22)).toBe(
      'datum.value === "State violence and repression" ? ["State violence and","repression"] : datum.value',
    );
  });
});
