// The page's evidence per outlet × kind × category: the first `evidencePerCell` counted hits by
// (round, article index, position), where a hit's round is how many counted hits of its cell come
// before it in its article. A cell with at least that many articles shows the first hit of its
// first articles; a cell with fewer goes round by round through them.
import { summariseArticle } from '@framelens/facts';
import { describe, expect, it } from 'vitest';
import { aggregate, type AggregateContext } from '../aggregate.js';
import { article, doc, hit, outlet } from '../__fixtures__/seed-doc.js';

// three reports of one outlet on the unrest: 3, 2 and 1 mentions of "Unruhen" (protest), and one of "Truppen" (troops) in the first
const texts = [
  'Die Unruhen in Almaty halten an. Nach den Unruhen schickte Moskau Truppen. Die dritten Unruhen seit Januar.',
  'Die Unruhen erreichen die Hauptstadt. Die Regierung spricht von gesteuerten Unruhen.',
  'Nach den Unruhen bleibt die Lage angespannt.',
];
const results = texts.map((text, i) => {
  const d = doc(text);
  // each mention found after the 12 characters before it
  const hits = [...text.matchAll(/Unruhen/g)].map((m) => hit(d, { category: 'protest', word: 'Unruhen', after: text.slice(Math.max(0, m.index - 12), m.index) }));
  if (text.includes('Truppen')) hits.push(hit(d, { category: 'troops', word: 'Truppen' }));
  return summariseArticle(article(`kp/2022-01-0${i + 5}-bericht`, 'kp', text, { date: `2022-01-0${i + 5}` }), d, hits);
});
const ctx = (evidencePerCell: number): AggregateContext => ({
  pipeline: 't',
  title: 't',
  outlets: [outlet('kp', 'Kasachstanskaja Prawda')],
  lexicon: {
    lexicon: { name: 't', frames: [{ id: 'protest', label: 'Protest', terms: [] }, { id: 'troops', label: 'Troops', terms: [] }] },
    sha256: 'x',
    coveredStems: new Set<string>(),
  },
  provenance: { framelensVersion: '0', lexicon: { path: 'l', sha256: 'x' }, corpus: { path: 'c', files: [] }, settings: {} },
  settings: { syndication: 'keep', evidencePerCell, bootstrapSeed: 1, bootstrapSamples: 0 },
});
/** (article number, character offset) of the shown protest hits, in article then position order. */
const shown = (rows: { article: string; category: string; start: number }[]) =>
  rows.filter((r) => r.category === 'protest').map((r) => [results.findIndex((x) => x.article === r.article), r.start]);
const at = (i: number, k: number) => [...texts[i]!.matchAll(/Unruhen/g)][k]!.index;

describe('evidence per cell', () => {
  it('a cell with at least evidencePerCell articles: the first hit of its first articles', async () => {
    const data = await aggregate(results, ctx(2));
    expect(shown(data.evidence)).toEqual([
      [0, at(0, 0)],
      [1, at(1, 0)],
    ]);
    expect(data.evidenceCells?.find((c) => c.category === 'protest')).toMatchObject({ total: 6, shown: 2 });
  });
  it('a cell with fewer articles: round 1 of every article, then round 2 in article order, up to the cap', async () => {
    const data = await aggregate(results, ctx(5));
    // round 1: three hits; round 2: the second hits of the first two articles
    expect(shown(data.evidence)).toEqual([
      [0, at(0, 0)],
      [0, at(0, 1)],
      [1, at(1, 0)],
      [1, at(1, 1)],
      [2, at(2, 0)],
    ]);
    // the troops cell (one hit) shows it whatever the cap
    expect(data.evidence.filter((r) => r.category === 'troops').map((r) => r.match)).toEqual(['Truppen']);
  });
});
