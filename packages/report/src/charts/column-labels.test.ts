import { describe, expect, it } from 'vitest';
import { columnLabels, wrapColumnLabel } from './column-labels.js';

// the seed lexicon's frame and claim names
const FRAMES = ['Terror and extremism', 'Foreign interference / colour revolution', 'Socio-economic grievance', 'Peacekeeping and stabilisation', 'State violence and repression', 'Protest and unrest', 'Sovereignty and Russian influence', 'Information blackout'];
const CLAIMS = ['Shoot-without-warning order', 'Police officers beheaded', 'First CSTO deployment', 'Nazarbayev left the country', 'Fuel prices doubled', 'Arrests'];

describe('column labels', () => {
  it('wrap at spaces and after hyphens, a piece longer than a line whole on its own', () => {
    expect(wrapColumnLabel('Shoot-without-warning order', 10)).toEqual(['Shoot-', 'without-', 'warning', 'order']);
    expect(wrapColumnLabel('Socio-economic grievance', 13)).toEqual(['Socio-', 'economic', 'grievance']);
    expect(wrapColumnLabel('Foreign interference / colour revolution', 13)).toEqual(['Foreign', 'interference', '/ colour', 'revolution']);
    expect(wrapColumnLabel('Arrests', 10)).toEqual(['Arrests']);
    expect(wrapColumnLabel('Souveränitätsverletzung', 10)).toEqual(['Souveränitätsverletzung']);
  });

  it('give a column as wide as the longest piece needs, every line within it, at most four lines for the seed names', () => {
    for (const [labels, min] of [[FRAMES, 78], [CLAIMS, 64]] as const) {
      const { step, axis } = columnLabels(labels, min);
      expect(step).toBeGreaterThanOrEqual(min);
      const chars = Math.floor((step - 12) / 6.2);
      for (const l of labels) {
        const lines = wrapColumnLabel(l, chars);
        expect(lines.length, l).toBeLessThanOrEqual(4);
        for (const line of lines) expect(line.length * 6.2, line).toBeLessThanOrEqual(step - 2);
      }
      expect(axis).toMatchObject({ orient: 'top', labelAngle: 0, labelLimit: step - 2 });
    }
    // one-line names need no per-label padding
    expect(columnLabels(['Arrests', 'Curfew'], 64).axis).toMatchObject({ labelPadding: 4, labelExpr: 'datum.value' });
    // a long German compound widens its column (up to 170 px) instead of being cut short
    expect(columnLabels(['Souveränitätsverletzung'], 78).step).toBe(Math.ceil(23 * 6.2 + 12));
  });
});
