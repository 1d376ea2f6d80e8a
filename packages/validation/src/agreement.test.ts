import { describe, expect, it } from 'vitest';
import { computeAgreement, type KeyRow } from './agreement.js';
import { parseCodedFile, type CodedFile } from './coded.js';
import type { SampleMeta } from './sample.js';

// Two frames: A with 10 hit sentences in the corpus, B with 20; 100 sentences without a hit.
const meta: SampleMeta = {
  pipeline: 'p', date: '2026-12-07', seed: 3, perFrame: 5, negatives: 10, lexicon: { path: 'l.yaml', sha256: 'x' },
  frames: [{ id: 'a', label: 'Frame A', terms: ['alpha', 'alef'], hits: 12, hitSentences: 10, sampled: 5 }, { id: 'b', label: 'Frame B', terms: ['beta'], hits: 25, hitSentences: 20, sampled: 5 }],
  negativeSentences: 100, items: 20,
};
const id = (i: number) => `2026-12-07/${String(i).padStart(3, '0')}`;
// items 1–5: frame A (terms alpha ×3, alef ×2), 6–10: frame B, 11–20: negatives
const key: KeyRow[] = [
  ...[1, 2, 3, 4, 5].map((i) => ({ item: id(i), kind: 'hit' as const, frame: 'a', term: i <= 3 ? 'alpha' : 'alef', voice: i === 1 ? 'quoted' : 'authorial' })),
  ...[6, 7, 8, 9, 10].map((i) => ({ item: id(i), kind: 'hit' as const, frame: 'b', term: 'beta', voice: i <= 7 ? 'reported' : 'authorial' })),
  ...[11, 12, 13, 14, 15, 16, 17, 18, 19, 20].map((i) => ({ item: id(i), kind: 'negative' as const, frame: i % 2 ? 'a' : 'b', term: '', voice: '' })),
];
const codedFile = (coder: string, rows: string[]): CodedFile & { sha256: string } => {
  const { coded, problems } = parseCodedFile(['item,pipeline,coder,present,voice', ...rows.map((r, i) => `${id(i + 1)},p,${coder},${r}`)].join('\r\n'), `${coder}.csv`, {
    pipeline: 'p', sampleFile: 'sample-2026-12-07.csv', items: new Map(key.map((k) => [k.item, k.kind])),
  });
  expect(problems).toEqual([]);
  return { ...coded, sha256: coder };
};

describe('computeAgreement', () => {
  // coder 1: A: item 5 (alef) is a false positive; B all yes; item 1's voice is reported (detected: quoted); negative 11 expresses its frame
  const one = codedFile('one', ['yes,reported', 'yes,own voice', 'yes,own voice', 'yes,own voice', 'no,own voice', 'yes,reported', 'yes,reported', 'yes,own voice', 'yes,own voice', 'yes,own voice', 'yes,', ...Array(9).fill('no,')]);
  // coder 2: the same, except item 4 "unsure" and item 6 "quoted"
  const two = codedFile('two', ['yes,reported', 'yes,own voice', 'yes,own voice', 'unsure,own voice', 'no,own voice', 'yes,quoted', 'yes,reported', 'yes,own voice', 'yes,own voice', 'yes,own voice', 'yes,', ...Array(9).fill('no,')]);
  const s = computeAgreement({ meta, sampleFile: 'sample-2026-12-07.csv', key, files: [one, two], samples: 500 });

  it('precision per frame and term from the verdicts (a tie has none)', () => {
    // A: items 1–3 yes, 4 tied (yes/unsure), 5 no → 3 of 4
    expect(s.frames['a']).toMatchObject({ precision: 0.75, n: 4, yes: 3, no: 1, unsure: 1 });
    expect(s.frames['b']).toMatchObject({ precision: 1, n: 5 });
    expect(s.terms.map((t) => [t.term, t.yes, t.no, t.unsure])).toEqual([['alef', 0, 1, 1], ['alpha', 3, 0, 0], ['beta', 5, 0, 0]]);
    expect(s.falsePositiveTerms).toEqual([{ frame: 'a', term: 'alef', falsePositives: 1, n: 1 }]);
    expect(s.items).toBe(20);
  });

  it('recall from the negatives: found / (found + missed)', () => {
    // found = 0.75 · 10 + 1 · 20 = 27.5; missed = 1/10 · 100 sentences · 2 frames = 20
    expect(s.recall!.estimate).toBeCloseTo(27.5 / 47.5, 12);
    expect(s.recall).toMatchObject({ n: 10, positives: 1 });
    expect(s.recall!.low).toBeLessThan(s.recall!.estimate);
    expect(s.recall!.high).toBeGreaterThan(s.recall!.estimate);
  });

  it('voice accuracy and confusion against the detector (tied voices left out)', () => {
    // item 6 is tied (reported/quoted); item 1: detected quoted, coded reported
    expect(s.voice.n).toBe(9);
    expect(s.voice.accuracy).toBeCloseTo(8 / 9, 12);
    expect(s.voice.confusion['quoted']).toEqual({ 'own voice': 0, quoted: 0, reported: 1, distanced: 0 });
    expect(s.voice.confusion['reported']!['reported']).toBe(1);
    expect(s.voice.confusion['own voice']!['own voice']).toBe(7);
  });

  it('alpha over both coders: 19 of 20 presence codes agree', () => {
    expect(s.alpha!.framePresence.percentAgreement).toBeCloseTo(19 / 20, 12);
    expect(s.alpha!.voice.percentAgreement).toBeCloseTo(9 / 10, 12);
    expect(s.alpha!.voice.units).toBe(10);
    expect(computeAgreement({ meta, sampleFile: 'x', key, files: [one] }).alpha).toBeNull();
  });
});

describe('parseCodedFile', () => {
  const sample = { pipeline: 'p', sampleFile: 'sample-2026-12-07.csv', items: new Map(key.map((k) => [k.item, k.kind])) };
  it('reads a spreadsheet export: byte-order mark, semicolons, quoted notes, rows not yet coded', () => {
    const text = `\uFEFFitem;pipeline;coder;present;voice;note\r\n${id(1)};p;Anna;Yes;Own voice;"unclear; see context"\r\n${id(2)};p;Anna;;;\r\n${id(11)};p;Anna;no;;\r\n`;
    const { coded, problems } = parseCodedFile(text, 'anna.csv', sample);
    expect(problems).toEqual([]);
    expect(coded).toMatchObject({ coder: 'Anna', uncoded: 1, codings: [{ item: id(1), present: 'yes', voice: 'own voice', note: 'unclear; see context' }, { item: id(11), present: 'no', note: '' }] });
  });
  it('names the missing columns, a second coder, an item coded twice, a file with nothing coded', () => {
    expect(parseCodedFile('item,present\n', 'x.csv', sample).problems[0]).toMatchObject({ line: 1, field: 'coder, voice', message: 'the header lacks the columns coder, voice' });
    const twice = parseCodedFile(`item,coder,present,voice\n${id(1)},A,yes,quoted\n${id(1)},B,yes,quoted\n`, 'x.csv', sample).problems.map((p) => `${p.line} ${p.field} ${p.message}`);
    expect(twice).toEqual([`3 coder row 2: coder "B", but line 2 says "A": one file holds one coder's answers`, `3 item row 2: item ${id(1)} is coded twice (first on line 2)`]);
    expect(parseCodedFile(`item,coder,present,voice\n${id(1)},A,,\n`, 'x.csv', sample).problems[0]!.message).toBe('no coded rows: every row has empty answers');
  });
});
