import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate, prepare, type AggregateContext } from './aggregate.js';
import type { ReportData } from './report-data.js';
import { summariseArticle } from '@framelens/facts';
import { readHits } from './store/outputs.js';
import { distinctiveTable } from './tables/distinctive-table.js';
import { article, doc, find, hit, outlet, paragraphs, seedText } from './__fixtures__/seed-doc.js';

// Fixture pair: the junge Welt seed (A) and an edited copy (B) as another paper
// might print it: one sentence rewritten, a paragraph added after the caption.
const textA = seedText('junge-welt/2022-01-07-friedenstruppe-entsandt.md');
const oldSentence = 'Über die Stärke des Kontingents gab es keine Angaben.';
const newSentence = 'Zur Stärke des Kontingents wurde nichts bekannt.'; // 7 words
const added = 'Kasachstan erlebt die schwersten Unruhen seit seiner Unabhängigkeit.'; // 8 words
const captionEnd = paragraphs(textA)[0]!.end;
const textB = textA.slice(0, captionEnd) + '\n\n' + added + textA.slice(captionEnd).replace(oldSentence, newSentence);

function summarise(id: string, outletId: string, text: string, date: string) {
  const d = doc(text, [], [{ ...paragraphs(text)[0]!, reason: 'caption' }]);
  const hits = [
    hit(d, { category: 'peacekeeping', word: 'Friedenstruppe', after: 'Entsendung einer' }),
    hit(d, { category: 'protest', word: 'Unruhen', after: 'anhaltenden' }),
    ...(text.includes(added) ? [hit(d, { category: 'protest', word: 'Unruhen', after: 'die schwersten' })] : []),
  ];
  return summariseArticle(article(id, outletId, text, { date }), d, hits);
}

const a = summarise('junge-welt/original', 'junge-welt', textA, '2022-01-07');
const b = summarise('other/copy', 'other', textB, '2022-01-08');
const lexicon = {
  lexicon: { name: 't', frames: [{ id: 'peacekeeping', label: 'P', terms: [] }, { id: 'protest', label: 'Q', terms: [] }] },
  sha256: 'x',
  coveredStems: new Set<string>(),
};
const ctx = (syndication: 'keep' | 'collapse'): AggregateContext => ({
  pipeline: 't',
  title: 't',
  outlets: [outlet('junge-welt', 'junge Welt'), outlet('other', 'Other')],
  lexicon,
  provenance: { framelensVersion: '0', lexicon: { path: 'l', sha256: 'x' }, corpus: { path: 'c', files: [] }, settings: {} },
  settings: { syndication, evidencePerCell: 5, bootstrapSeed: 1, bootstrapSamples: 0 },
});

describe('text reuse', () => {
  let keep: ReportData;
  beforeAll(async () => {
    keep = await aggregate([b, a], ctx('keep'));
  });
  it('finds the pair, earlier article first, and the two shared passages with offsets in both texts', () => {
    expect(keep.nearDuplicates).toHaveLength(1);
    const d = keep.nearDuplicates[0]!;
    expect([d.articleA, d.articleB, d.outletA, d.outletB]).toEqual(['junge-welt/original', 'other/copy', 'junge-welt', 'other']);
    expect(d.similarity).toBeGreaterThan(0.9);
    // all but the rewritten sentence of the shorter article (A) is in B: verbatim reuse
    expect(d.containment).toBeGreaterThan(0.9);
    expect(d.reuse).toBe('verbatim');
    // passage 1: the lead up to "Paschinjan" (before the rewritten sentence); passage 2: from "Erste Einheiten" to the last word
    const endWord = (t: string, w: string) => t.indexOf(w) + w.length;
    expect(d.passages.map(({ text, ...offsets }) => offsets)).toEqual([
      { startA: textA.indexOf('Angesichts'), endA: endWord(textA, 'Paschinjan'), startB: textB.indexOf('Angesichts'), endB: endWord(textB, 'Paschinjan') },
      { startA: textA.indexOf('Erste Einheiten'), endA: textA.lastIndexOf('auf.') + 3, startB: textB.indexOf('Erste Einheiten'), endB: textB.lastIndexOf('auf.') + 3 },
    ]);
    expect(d.passages[0]!.text).toMatch(/^Angesichts der anhaltenden Unruhen[\s\S]*Nikol Paschinjan$/);
  });
  it('keep: both articles count in full', () => {
    expect(keep.articles.map((r) => [r.article, r.wordTokens, r.frameHits, r.duplicateOf])).toEqual([
      ['junge-welt/original', 392, 2, undefined],
      ['other/copy', 392 - 9 + 7 + 8, 3, undefined],
    ]);
    expect(keep.warnings.filter((w) => w.kind === 'near-duplicate')).toHaveLength(1);
  });
  it('collapse: the later article keeps only its own words and hits', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'framelens-collapse-'));
    const col = await aggregate([a, b], ctx('collapse'), { outputDir: out });
    // duplicated words in B: 46 (passage 1) + 392 − 46 − 9 (passage 2) = 383; left: 7 + 8
    expect(col.articles.map((r) => [r.article, r.wordTokens, r.frameHits, r.duplicateOf])).toEqual([
      ['junge-welt/original', 392, 2, undefined],
      ['other/copy', 15, 1, 'junge-welt/original'],
    ]);
    // the excluded rows are those of data/hits.parquet with excluded = 'duplicate' (the page's evidence has none of them)
    const excluded = await readHits<{ id: string; article: string; match: string }>(path.join(out, 'data', 'hits.parquet'), (t) => `SELECT id, article, "match" FROM ${t} WHERE excluded = 'duplicate' ORDER BY id`);
    await rm(out, { recursive: true, force: true });
    expect(col.evidence.some((e) => excluded.some((x) => x.id === e.id))).toBe(false);
    expect(excluded.map((e) => [e.article, e.match])).toEqual([
      ['other/copy', 'Unruhen'],
      ['other/copy', 'Friedenstruppe'],
    ]);
    expect(col.outletFrames.find((r) => r.outlet === 'other' && r.frame === 'protest')).toMatchObject({ hits: 1, wordTokens: 15 });
  });
  it('unrelated articles are not paired', async () => {
    const nd = seedText('nd/2022-01-06-russland-greift-ein.md');
    const c = summariseArticle(article('other/nd', 'other', nd), doc(nd), []);
    expect((await aggregate([a, c], ctx('keep'))).nearDuplicates).toEqual([]);
  });
});

describe('distinctive terms (Monroe, Colaresi & Quinn 2008)', () => {
  // hand-made two-group example; stems = lower-cased words minus -en/-n/-e/-s
  const texts = { x: 'Terror Terror Terror Banden Preise Preise Armut Krieg Krieg', y: 'Preise Preise Preise Preise Armut Armut Terror Protest Protest Krieg' };
  const results = Object.entries(texts).map(([o, t]) => summariseArticle(article(`${o}/a`, o, t), doc(t), [], { isStopword: () => false }));
  const alpha0 = 10;
  let distinctive: ReturnType<typeof distinctiveTable>['distinctive'];
  let lexiconGaps: ReturnType<typeof distinctiveTable>['lexiconGaps'];
  beforeAll(async () => {
    const p = await prepare(results, [outlet('x', 'X'), outlet('y', 'Y')], { name: 't', frames: [] }, new Set(['terror']));
    ({ distinctive, lexiconGaps } = distinctiveTable(p, { priorScale: alpha0, minCount: 1, perOutlet: 10 }));
  });

  /** The paper's eq. 16/19/20 written out directly on count vectors. */
  function direct(yi: Record<string, number>, yj: Record<string, number>, w: string) {
    const vocab = new Set([...Object.keys(yi), ...Object.keys(yj)]);
    const sum = (c: Record<string, number>) => Object.values(c).reduce((s, v) => s + v, 0);
    const ni = sum(yi);
    const nj = sum(yj);
    const alpha: Record<string, number> = {};
    for (const v of vocab) alpha[v] = (alpha0 * ((yi[v] ?? 0) + (yj[v] ?? 0))) / (ni + nj);
    const a = alpha[w]!;
    const omegaI = ((yi[w] ?? 0) + a) / (ni + alpha0 - (yi[w] ?? 0) - a);
    const omegaJ = ((yj[w] ?? 0) + a) / (nj + alpha0 - (yj[w] ?? 0) - a);
    const delta = Math.log(omegaI) - Math.log(omegaJ);
    return delta / Math.sqrt(1 / ((yi[w] ?? 0) + a) + 1 / ((yj[w] ?? 0) + a));
  }
  const x = { terror: 3, band: 1, preis: 2, armut: 1, krieg: 2 };
  const y = { preis: 4, armut: 2, terror: 1, protest: 2, krieg: 1 };

  it('z-scores equal the direct formula; only over-represented stems, highest z first', () => {
    const rows = distinctive.filter((r) => r.outlet === 'x');
    // band (1 vs 0) beats krieg (2 vs 1): z 0.73 vs 0.55 with α0 = 10
    expect(rows.map((r) => r.stem)).toEqual(['terror', 'band', 'krieg']);
    for (const r of rows) expect(r.z).toBeCloseTo(direct(x, y, r.stem), 12);
    const ys = distinctive.filter((r) => r.outlet === 'y');
    expect(ys.map((r) => r.stem)).toEqual(['protest', 'preis', 'armut']);
    for (const r of ys) expect(r.z).toBeCloseTo(direct(y, x, r.stem), 12);
    expect(rows[0]).toMatchObject({ count: 3, countRest: 1, forms: ['Terror'], inLexicon: true });
    expect(rows[0]!.rate).toBeCloseTo((3 / 9) * 1000, 9);
  });
  it('lexicon gaps skip covered stems', () => {
    expect(lexiconGaps.filter((r) => r.outlet === 'x').map((r) => r.stem)).toEqual(['band', 'krieg']);
  });
});

it('find() fails loudly on a missing phrase', () => {
  expect(() => find(textA, 'nicht im Text')).toThrow(/not in text/);
});
