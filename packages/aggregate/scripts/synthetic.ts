/** Deterministic synthetic per-article results for the aggregation benchmarks. */
import type { ArticleResult, HitCount } from '../src/article-result.js';
import type { AggregateContext, AggregateSettings } from '../src/aggregate.js';
import { mulberry32, seedFor } from '../src/stats/bootstrap.js';
import { hash53 } from '../src/shingles.js';

export const OUTLETS = 20;
export const FRAMES = ['terror', 'foreign', 'economy', 'peace', 'repression', 'protest', 'sovereignty', 'blackout'];
const VOICES = ['authorial', 'quoted', 'reported', 'distanced'] as const;
const TEXT = 'Ein kurzer Satz mit dem Wort darin. '.repeat(150); // about 5 KB, like a news article

/** Article i: 14 count rows, 3 evidence rows, 20 stems, 20 shingles (random: no near-duplicates), a 5 KB reader text. */
export function synthetic(i: number): ArticleResult {
  const random = mulberry32(seedFor(12345, String(i))); // hashed seeds: consecutive mulberry32 seeds give overlapping streams
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const outlet = `outlet-${String(i % OUTLETS).padStart(2, '0')}`;
  const article = `${outlet}/a${String(i).padStart(6, '0')}`;
  const counts: HitCount[] = [];
  for (let k = 0; k < 12; k++) counts.push({ kind: 'frame', category: pick(FRAMES), label: 'x', voice: pick(VOICES), section: 'body', hits: 1 + Math.floor(random() * 3) });
  counts.push({ kind: 'referent', category: 'protesters', label: pick(['Demonstranten', 'Aufständische', 'Terroristen']), voice: 'authorial', section: 'body', hits: 1 });
  counts.push({ kind: 'claim', category: pick(['arrests', 'internet']), label: 'x', voice: 'authorial', section: 'lead', hits: 1 });
  const evidence = counts.slice(0, 3).map((c, k) => ({
    id: `${article}#${k * 10}-${k * 10 + 5}:${c.kind}:${c.category}`, article, outlet, kind: c.kind, category: c.category, label: c.label, term: c.label,
    match: 'Wort', sentence: 'Ein kurzer Satz mit dem Wort darin.', sentenceStart: 0, sentenceEnd: 35, start: k * 10, end: k * 10 + 5, voice: c.voice, section: c.section,
  }));
  const hashes = Array.from({ length: 20 }, () => hash53(String(random())));
  return {
    article, outlet, path: `corpus/${article}.md`, sha256: '0', date: `2022-01-${String(1 + (i % 28)).padStart(2, '0')}`,
    wordTokens: 300 + Math.floor(random() * 900), titleWordTokens: 8, boilerplateTokens: 5,
    boilerplate: [{ start: 0, end: 20, reason: 'caption', words: 5 }],
    counts, evidence,
    voiceWords: [{ group: pick(['russia', 'kazakh-government', 'anonymous', 'unassigned']), speaker: 'x', quotedWords: 20, reportedWords: 10 }],
    terms: Array.from({ length: 20 }, () => {
      const count = 1 + Math.floor(random() * 3);
      return { stem: `stem${Math.floor(random() * random() * 5000)}`, count, forms: [['Form', count]] as [string, number][] };
    }),
    shingles: { size: 8, hashes, starts: hashes.map((_, k) => k * 6), ends: hashes.map((_, k) => k * 6 + 40) },
    reader: { article, outlet, text: TEXT.slice(0, TEXT.length - (i % 7)), spans: [], boilerplate: [], hits: [] },
  };
}

export function benchContext(settings: AggregateSettings): AggregateContext {
  return {
    pipeline: 'bench', title: 'bench',
    outlets: Array.from({ length: OUTLETS }, (_, o) => ({ id: `outlet-${String(o).padStart(2, '0')}`, name: `Outlet ${o}`, language: 'de', attribution: { status: 'confirmed' as const } })),
    lexicon: {
      lexicon: {
        name: 'bench', frames: FRAMES.map((id) => ({ id, label: id, terms: [] })),
        referents: [{ id: 'protesters', label: 'protesters', labels: [{ term: 'Demonstranten' }, { term: 'Aufständische' }, { term: 'Terroristen' }] }],
        claims: [{ id: 'arrests', label: 'arrests', terms: [] }, { id: 'internet', label: 'internet', terms: [] }],
        speakers: [{ id: 'russia', label: 'Russia', names: [] }, { id: 'kazakh-government', label: 'KZ', names: [] }],
      },
      sha256: '0', coveredStems: new Set(['stem1', 'stem2']),
    },
    provenance: { framelensVersion: '0', lexicon: { path: 'l', sha256: '0' }, corpus: { path: 'c', files: [] }, settings: {} },
    settings,
    readText: async () => TEXT,
  };
}
