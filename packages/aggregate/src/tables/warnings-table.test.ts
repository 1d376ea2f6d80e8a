import { describe, expect, it } from 'vitest';
import type { ArticleRow, OutletRow } from '../report-data.js';
import type { CorpusFacts } from './prepared.js';
import { UNDATED_LISTED, warningsTable } from './warnings-table.js';

const outlet = (id: string, name: string, articles: number): OutletRow => ({ outlet: id, name, attributionStatus: 'confirmed', articles, wordTokens: 100 * articles, boilerplateTokens: 0, frameHits: 0 });
const article = (outlet: string, name: string, date?: string): ArticleRow => ({
  article: `${outlet}/${name}`,
  outlet,
  ...(date ? { date } : {}),
  path: `corpus/ev/${outlet}/${name}.md`,
  wordTokens: 100,
  boilerplateTokens: 0,
  frameHits: 0,
});
/** What the store reports of these articles (in corpus order). */
const corpusOf = (articles: ArticleRow[]): CorpusFacts => {
  const undated = articles.filter((a) => !a.date);
  const firstPath = new Map<string, string>();
  for (const a of articles) if (!firstPath.has(a.outlet)) firstPath.set(a.outlet, a.path);
  return { articles: articles.length, undated: undated.length, undatedPaths: undated.slice(0, UNDATED_LISTED).map((a) => a.path), firstPath };
};
const table = (outlets: OutletRow[], articles: ArticleRow[]) =>
  warningsTable({ outlets, corpus: corpusOf(articles), records: [], nearDuplicates: [], syndication: 'keep', evidencePerCell: 50, cappedCells: 0 });

describe('warningsTable', () => {
  it('lists undated articles when some articles have a date', () => {
    const warnings = table(
      [outlet('a', 'A', 2), outlet('b', 'B', 2)],
      [article('a', 'x', '2022-01-06'), article('a', 'y'), article('b', 'z', '2022-01-08'), article('b', 'w')],
    );
    expect(warnings).toEqual([
      { kind: 'undated-articles', message: '2 of 4 articles have no date and are left out of "Over time": corpus/ev/a/y.md, corpus/ev/b/w.md.' },
    ]);
  });

  it('one undated article, in the singular; none when every article or no article has a date', () => {
    expect(table([outlet('a', 'A', 2)], [article('a', 'x', '2022-01-06'), article('a', 'y')]).map((w) => w.message)).toEqual([
      '1 of 2 articles has no date and is left out of "Over time": corpus/ev/a/y.md.',
    ]);
    expect(table([outlet('a', 'A', 2)], [article('a', 'x', '2022-01-06'), article('a', 'y', '2022-01-07')])).toEqual([]);
    // with no date at all the "Over time" section itself says why it is empty
    expect(table([outlet('a', 'A', 2)], [article('a', 'x'), article('a', 'y')])).toEqual([]);
  });

  it('names at most 20 undated articles and counts the rest', () => {
    const articles = [article('a', 'dated', '2022-01-06'), ...Array.from({ length: 23 }, (_, i) => article('a', `u${String(i).padStart(2, '0')}`))];
    const [w] = table([outlet('a', 'A', 24)], articles);
    expect(w?.message).toMatch(/^23 of 24 articles have no date and are left out of "Over time": corpus\/ev\/a\/u00\.md, .*corpus\/ev\/a\/u19\.md and 3 more \(data\/articles\.parquet: empty date\)\.$/);
    expect(w?.message).not.toContain('u20');
  });

  it('warns when two outlets have the same name, naming both outlet.yaml files', () => {
    const warnings = table(
      [outlet('ostblick', 'Ost Blick', 2), outlet('ost-blick', 'Ost Blick', 0), outlet('nd', 'nd', 2)],
      [article('ostblick', 'x', '2022-01-06'), article('ostblick', 'y', '2022-01-07'), article('nd', 'z', '2022-01-06'), article('nd', 'w', '2022-01-07')],
    );
    expect(warnings).toContainEqual({
      kind: 'shared-outlet-name',
      outlet: 'ostblick',
      message: '2 outlets have the same name "Ost Blick" (corpus/ev/ostblick/outlet.yaml and corpus/ev/ost-blick/outlet.yaml), so their figures carry the same label; give each outlet.yaml a different name.',
    });
    expect(warnings.filter((w) => w.message.includes('same name'))).toHaveLength(1);
  });

  it('writes counts in the singular and plural, not "word(s)"', () => {
    const record = (name: string, words: number, spans: number) => ({ article: `a/${name}`, outlet: 'a', boilerplateTokens: words, boilerplateSpans: spans, boilerplateReasons: 'caption' });
    const warnings = warningsTable({
      outlets: [outlet('a', 'A', 2)],
      corpus: corpusOf([article('a', 'x', '2022-01-06'), article('a', 'y', '2022-01-06')]),
      records: [record('x', 1, 1), record('y', 12, 2)],
      nearDuplicates: [],
      syndication: 'keep',
      evidencePerCell: 50,
      cappedCells: 1,
    });
    expect(warnings.map((w) => w.message)).toEqual([
      'a/x: 1 word in 1 boilerplate span (caption) excluded from every count.',
      'a/y: 12 words in 2 boilerplate spans (caption) excluded from every count.',
      'The page shows at most 50 evidence sentences per outlet and category (1 cell capped); data/hits.parquet has all of them.',
    ]);
  });

  it('warns about unverified attributions at least as much as inferred ones (review F5)', () => {
    const status = (id: string, attributionStatus: OutletRow['attributionStatus'], attributionEvidence?: string): OutletRow => ({
      ...outlet(id, id.toUpperCase(), 2),
      attributionStatus,
      ...(attributionEvidence ? { attributionEvidence } : {}),
    });
    const warnings = table(
      [status('c', 'confirmed', 'Online at c.example.'), status('i', 'inferred', 'House style.'), status('u', 'unverified', 'Named in the "source" column of export.csv; not checked against the outlet.'), status('v', 'unverified')],
      [],
    );
    expect(warnings).toEqual([
      { kind: 'inferred-attribution', outlet: 'i', message: 'I: attribution inferred, not confirmed (House style.).' },
      {
        kind: 'unverified-attribution',
        outlet: 'u',
        message: 'U: attribution unverified, nobody has checked that these articles are the outlet\'s (Named in the "source" column of export.csv; not checked against the outlet.); once checked, outlet.yaml\'s attribution says why they belong to it.',
      },
      { kind: 'unverified-attribution', outlet: 'v', message: 'V: attribution unverified, nobody has checked that these articles are the outlet\'s; once checked, outlet.yaml\'s attribution says why they belong to it.' },
    ]);
  });
});
