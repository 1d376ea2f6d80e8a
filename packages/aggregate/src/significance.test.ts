import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepare } from './aggregate.js';
import type { DistinctiveRow } from './report-data.js';
import { mulberry32 } from './stats/bootstrap.js';
import { benjaminiHochbergCutoff, presenceP } from './stats/presence.js';
import { summariseArticle } from '@framelens/facts';
import { distinctiveTable } from './tables/distinctive-table.js';
import { article, doc, outlet, seedText } from './__fixtures__/seed-doc.js';

// The seed corpus's real German sentences, grouped by seed article (front matter, headings and captions dropped;
// the English fixture outlets, language: en, left out).
const corpusDir = fileURLToPath(new URL('../../../corpus/kazakhstan-2022/', import.meta.url));
const seedArticles: string[][] = readdirSync(corpusDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && /^language: de$/m.test(readFileSync(`${corpusDir}${d.name}/outlet.yaml`, 'utf8')))
  .flatMap((d) => readdirSync(corpusDir + d.name).filter((f) => f.endsWith('.md')).sort().map((f) => `${d.name}/${f}`))
  .sort()
  .map((rel) =>
    seedText(rel)
      .split(/\n\s*\n/)
      .filter((para) => !para.startsWith('#') && !para.startsWith('*'))
      .flatMap((para) => para.replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ„"])/))
      .filter((s) => s.split(' ').length >= 4),
  );

/**
 * One synthetic article: a seed article chosen at random (its topic), then 8 of its sentences
 * drawn with replacement. Every outlet draws from the same pool (mulberry32, aggregate's copy of
 * the generator in @framelens/tools, which tools' random.test.ts checks), so no outlet differs
 * from another but by chance, and words cluster in articles as they do in news.
 */
function syntheticArticle(next: () => number): string {
  const sentences = seedArticles[Math.floor(next() * seedArticles.length)]!;
  return Array.from({ length: 8 }, () => sentences[Math.floor(next() * sentences.length)]!).join(' ');
}

const summarise = (id: string, outletId: string, text: string) => summariseArticle(article(id, outletId, text), doc(text), []);

describe('distinctive terms: significance that survives articles', () => {
  const outlets = Array.from({ length: 10 }, (_, i) => outlet(`o${i}`, `Outlet ${i}`));
  let rows: DistinctiveRow[];
  beforeAll(async () => {
    const next = mulberry32(20220107);
    const results = outlets.flatMap((o) => Array.from({ length: 30 }, (_, k) => summarise(`${o.id}/a${k}`, o.id, syntheticArticle(next))));
    const p = await prepare(results, outlets, { name: 't', frames: [] }, new Set());
    // every tested outlet × stem (count ≥ 2) as a row, so the share flagged is over all of them
    rows = distinctiveTable(p, { perOutlet: 1e6 }).distinctive;
  }, 60_000);

  it('flags at most 5% of terms when the 10 outlets are random draws from one pool (tokens-as-independent flags far more)', () => {
    expect(seedArticles.length).toBe(5);
    expect(rows.length).toBeGreaterThan(1000);
    const flagged = rows.filter((r) => r.significant).length / rows.length;
    const naive = rows.filter((r) => r.z > 1.96).length / rows.length;
    expect(flagged).toBeLessThanOrEqual(0.05);
    // the old dashed line (token z > 1.96, no correction; one-sided 2.5% if tokens were independent)
    // passes 7.2% of these chance differences (seed 20220107: 251 of 3,494) ...
    expect(naive).toBeGreaterThan(0.05);
    // ... and 181 of the 200 the report shows (top 20 per outlet); the article-level test with BH flags none
    const shown = outlets.flatMap((o) => rows.filter((r) => r.outlet === o.id).slice(0, 20));
    expect(shown.filter((r) => r.z > 1.96).length / shown.length).toBeGreaterThan(0.8);
    expect(shown.filter((r) => r.significant).length / shown.length).toBeLessThanOrEqual(0.05);
  });

  it("still flags a truly distinctive term: one outlet's articles all use a word the others never use", async () => {
    const next = mulberry32(7);
    const word = 'Steppenfalke';
    const results = outlets.flatMap((o) =>
      Array.from({ length: 30 }, (_, k) => {
        const text = syntheticArticle(next);
        return summarise(`${o.id}/a${k}`, o.id, o.id === 'o3' ? `${text} Der ${word} kreiste.` : text);
      }),
    );
    const p = await prepare(results, outlets, { name: 't', frames: [] }, new Set());
    const all = distinctiveTable(p, { perOutlet: 1e6 }).distinctive;
    const hit = all.filter((r) => r.forms.includes(word));
    expect(hit.map((r) => [r.outlet, r.count, r.countRest, r.articles, r.articlesRest, r.significant])).toEqual([['o3', 30, 0, 30, 0, true]]);
  }, 60_000);
});

describe('the article-level test and Benjamini–Hochberg', () => {
  it('Fisher exact upper tail on article presence, by hand', () => {
    // 2 of 3 articles vs 0 of 3: P(X ≥ 2), X ~ Hypergeometric(6 articles, 2 using the word, 3 drawn) = C(2,2)·C(4,1)/C(6,3) = 4/20
    expect(presenceP(2, 3, 0, 3)).toBeCloseTo(0.2, 12);
    // 3 of 4 vs 1 of 4: P(X ≥ 3) with 4 using it, 4 drawn of 8 = (C(4,3)·C(4,1) + C(4,4)) / C(8,4) = 17/70
    expect(presenceP(3, 4, 1, 4)).toBeCloseTo(17 / 70, 12);
    // one article of 30 vs none of 270 is 1 in 10, not a discovery; at or below the expected share p is 1
    expect(presenceP(1, 30, 0, 270)).toBeCloseTo(0.1, 12);
    expect(presenceP(3, 30, 27, 270)).toBe(1);
  });
  it('BH: the largest p(k) ≤ q·k/m is the cut-off', () => {
    // m = 5, q = 0.05: thresholds 0.01, 0.02, 0.03, 0.04, 0.05; p(3) = 0.025 ≤ 0.03 passes, p(4) = 0.2 does not
    expect(benjaminiHochbergCutoff([0.2, 0.001, 0.025, 0.9, 0.015])).toBe(0.025);
    expect(benjaminiHochbergCutoff([0.2, 0.3])).toBe(-1);
    expect(benjaminiHochbergCutoff([])).toBe(-1);
  });
});
