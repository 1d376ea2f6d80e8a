/**
 * Numeric cell ids (`ArticleResult.cells`): the map step numbers each count and evidence row's
 * kind × category × label × voice from the lexicon, and the aggregator, which derives the same
 * numbering from its own lexicon, counts by id. Results with and without ids, or with ids the
 * aggregator cannot use, must give the same bytes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Outlet } from '@framelens/corpus';
import { analyze } from '@framelens/text';
import { compileLexicon, loadLexicon, match, speakerGroup, type CompiledLexicon } from '@framelens/lexicon';
import { aggregate, createAggregator, type AggregateContext } from './aggregate.js';
import { summariseArticle } from './summarise-article.js';
import { CELL_VOICES, cellId, cellNumbering, type ArticleResult } from './article-result.js';
import type { LexiconLike } from './lexicon-like.js';
import { reportJson, toCsvFiles } from './export.js';
import { benchContext, BENCH_LEXICON, synthetic } from '../scripts/synthetic.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpusDir = `${root}corpus/kazakhstan-2022/`;

function readSeed(outlet: string, file: string): Article {
  const raw = readFileSync(`${corpusDir}${outlet}/${file}`, 'utf8');
  const date = /^date: "?([0-9-]+)"?$/m.exec(raw)?.[1];
  const title = /^title: "?(.*?)"?$/m.exec(raw)?.[1];
  const article: Article = { id: `${outlet}/${file.replace(/\.md$/, '')}`, outlet, language: 'de', text: raw.replace(/^---\n[\s\S]*?\n---\n/, ''), source: { path: `corpus/kazakhstan-2022/${outlet}/${file}`, sha256: '0' } };
  if (date) article.date = date;
  if (title) article.title = title;
  return article;
}

const outletIds = readdirSync(corpusDir).filter((d) => !d.includes('.')).sort();
const articles = outletIds.flatMap((o) => readdirSync(`${corpusDir}${o}`).filter((f) => f.endsWith('.md')).map((f) => readSeed(o, f)));
const outlets: Outlet[] = outletIds.map((id) => ({ id, name: id, language: 'de', attribution: { status: 'confirmed' } }));

let lexicon: CompiledLexicon;
/** without and with cell ids */
let plain: ArticleResult[];
let numbered: ArticleResult[];

function context(syndication: 'keep' | 'collapse'): AggregateContext {
  return {
    pipeline: 'kazakhstan-2022', title: 'seeds', outlets, lexicon,
    provenance: { framelensVersion: '0', lexicon: { path: 'lexicon.yaml', sha256: lexicon.sha256 }, corpus: { path: 'corpus', files: [] }, settings: {} },
    settings: { syndication, evidencePerCell: 2, bootstrapSeed: 1, bootstrapSamples: 50 },
    readText: async (id) => articles.find((a) => a.id === id)!.text,
  };
}

/** report.json and every CSV of the results streamed in reverse order (index = corpus order). */
async function outputs(results: readonly ArticleResult[], syndication: 'keep' | 'collapse'): Promise<string[]> {
  const agg = createAggregator(context(syndication));
  for (let i = results.length - 1; i >= 0; i--) agg.add(results[i]!, i);
  const data = await agg.finish();
  return [reportJson(data), ...[...toCsvFiles(data)].map(([file, csv]) => `${file}\n${csv}`)];
}

beforeAll(async () => {
  lexicon = compileLexicon(await loadLexicon(`${root}pipelines/kazakhstan-2022/lexicon.yaml`));
  const summarise = (cells: boolean) =>
    articles.map((a) => {
      const doc = analyze(a.text);
      const options: Parameters<typeof summariseArticle>[3] = { speakerGroup: (p) => speakerGroup(lexicon, p) };
      if (a.title !== undefined) {
        options.titleDoc = analyze(a.title);
        options.titleHits = match(options.titleDoc, lexicon);
      }
      if (cells) options.lexicon = lexicon;
      return summariseArticle(a, doc, match(doc, lexicon), options);
    });
  plain = summarise(false);
  numbered = summarise(true);
});

describe('cellNumbering', () => {
  const lx: LexiconLike = {
    name: 'x',
    frames: [
      { id: 'a', label: 'A', terms: [{ term: 'eins' }, { term: 'zwei' }, { term: 'eins' }] },
      { id: 'b', label: 'B', terms: [{ term: 'drei' }] },
    ],
    referents: [{ id: 'r', label: 'R', labels: [{ term: 'eins' }] }],
    claims: [{ id: 'c', label: 'C', terms: [{ term: 'vier' }] }],
  };

  it('numbers frames, referents, claims and their labels in lexicon order, a repeated label once; cell = label × 4 + voice', () => {
    const n = cellNumbering(lx);
    expect(n.labels).toEqual(['eins', 'zwei', 'drei', 'eins', 'vier']);
    expect([...n.labelKc]).toEqual([0, 0, 1, 2, 3]);
    expect(n.kinds).toEqual(['frame', 'frame', 'referent', 'claim']);
    expect(n.categories).toEqual(['a', 'b', 'r', 'c']);
    expect(n.cells).toBe(20);
    expect(CELL_VOICES).toEqual(['authorial', 'quoted', 'reported', 'distanced']);
    expect(cellId(n, 'frame', 'b', 'drei', 'reported')).toBe(2 * 4 + 2);
    expect(cellId(n, 'referent', 'r', 'eins', 'authorial')).toBe(3 * 4);
    // unknown kind, category, label or voice
    expect(cellId(n, 'frame', 'b', 'vier', 'authorial')).toBe(-1);
    expect(cellId(n, 'claim', 'a', 'eins', 'authorial')).toBe(-1);
    expect(cellId(n, 'frame', 'a', 'eins', 'whispered')).toBe(-1);
  });

  it('gives equal lexicons (different objects) the same key, and a changed label order or label another key', () => {
    const copy = structuredClone(lx);
    expect(cellNumbering(copy)).not.toBe(cellNumbering(lx));
    expect(cellNumbering(copy).key).toBe(cellNumbering(lx).key);
    const swapped: LexiconLike = { ...lx, frames: [{ ...lx.frames[0]!, terms: [{ term: 'zwei' }, { term: 'eins' }] }, lx.frames[1]!] };
    const renamed: LexiconLike = { ...lx, claims: [{ id: 'c', label: 'C', terms: [{ term: 'fünf' }] }] };
    expect(cellNumbering(swapped).key).not.toBe(cellNumbering(lx).key);
    expect(cellNumbering(renamed).key).not.toBe(cellNumbering(lx).key);
  });
});

describe('summariseArticle with the lexicon', () => {
  it('gives every count and evidence row of the seeds the id of its kind, category, label and voice; the rest of the result is unchanged', () => {
    const n = cellNumbering(lexicon.lexicon);
    const decode = (id: number) => {
      const l = Math.floor(id / 4);
      const k = n.labelKc[l]!;
      return [n.kinds[k], n.categories[k], n.labels[l], CELL_VOICES[id % 4]];
    };
    let rows = 0;
    numbered.forEach((r, i) => {
      const { cells, ...rest } = r;
      expect(rest).toEqual(plain[i]);
      expect(cells!.numbering).toBe(n.key);
      expect(cells!.counts.map(decode)).toEqual(r.counts.map((c) => [c.kind, c.category, c.label, c.voice]));
      expect(cells!.evidence.map(decode)).toEqual(r.evidence.map((e) => [e.kind, e.category, e.label, e.voice]));
      expect(structuredClone(r)).toEqual(r);
      rows += cells!.counts.length + cells!.evidence.length;
    });
    expect(rows).toBeGreaterThan(100);
  });
});

describe('the aggregator with cell ids', () => {
  it('gives the seeds byte-identical report.json and CSVs with and without ids, under keep and collapse', async () => {
    for (const syndication of ['keep', 'collapse'] as const) {
      const expected = await outputs(plain, syndication);
      expect(await outputs(numbered, syndication)).toEqual(expected);
      // some results with ids, some without
      expect(await outputs(numbered.map((r, i) => (i % 2 === 0 ? r : plain[i]!)), syndication)).toEqual(expected);
    }
    expect(reportJson(aggregate(numbered, context('keep')))).toBe(reportJson(aggregate(plain, context('keep'))));
  });

  it('reads the strings of a row without a usable id: unknown label (−1), id out of range or not an integer, ids of another numbering, columns of the wrong length', async () => {
    const expected = await outputs(plain, 'keep');
    const edit = (f: (cells: NonNullable<ArticleResult['cells']>, r: ArticleResult) => NonNullable<ArticleResult['cells']>) =>
      numbered.map((r) => ({ ...r, cells: f(r.cells!, r) }));
    const variants = [
      edit((c) => ({ ...c, counts: c.counts.map((id, i) => (i % 2 === 0 ? -1 : id)), evidence: c.evidence.map((id, i) => (i % 3 === 0 ? -1 : id)) })),
      edit((c) => ({ ...c, counts: c.counts.map((id, i) => (i % 2 === 0 ? 1e9 : id)), evidence: c.evidence.map((id, i) => (i % 3 === 0 ? id + 0.5 : id)) })),
      edit((c) => ({ ...c, numbering: c.numbering ^ 1, counts: c.counts.map(() => 0), evidence: c.evidence.map(() => 0) })),
      edit((c) => ({ ...c, counts: c.counts.slice(1), evidence: [...c.evidence, 0] })),
    ];
    for (const results of variants) expect(await outputs(results, 'keep')).toEqual(expected);
  });

  it('counts a label the lexicon does not have (no id) in its own cell, as without ids', async () => {
    // a hit whose label is not a term of the lexicon: the map step gives it −1
    const n = cellNumbering(lexicon.lexicon);
    const r = numbered[0]!;
    const referent = lexicon.lexicon.referents[0]!.id;
    const counts = [...r.counts, { kind: 'referent' as const, category: referent, label: 'Nicht im Lexikon', voice: 'quoted' as const, section: 'body' as const, hits: 3 }];
    const odd: ArticleResult = { ...r, counts, cells: { ...r.cells!, counts: counts.map((c) => cellId(n, c.kind, c.category, c.label, c.voice)) } };
    expect(odd.cells!.counts.at(-1)).toBe(-1);
    const { cells: _, ...oddPlain } = odd;
    const withIds = await outputs([odd, ...numbered.slice(1)], 'keep');
    expect(withIds).toEqual(await outputs([oddPlain, ...plain.slice(1)], 'keep'));
    expect(withIds[0]).toContain('Nicht im Lexikon');
  });

  it('gives the synthetic bench results the same report with and without ids', async () => {
    const report = async (cells: boolean) => {
      const agg = createAggregator(benchContext({ syndication: 'keep', evidencePerCell: 5, bootstrapSeed: 2, bootstrapSamples: 0 }));
      for (let k = 0; k < 400; k++) agg.add(synthetic((k * 97) % 400, cells), (k * 97) % 400);
      return reportJson(await agg.finish());
    };
    expect(synthetic(0).cells!.numbering).toBe(cellNumbering(BENCH_LEXICON.lexicon).key);
    expect(synthetic(0).cells!.counts.every((id) => id >= 0)).toBe(true);
    expect(await report(true)).toBe(await report(false));
  });
});
