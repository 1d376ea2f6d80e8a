/**
 * Deterministic synthetic per-article results for the aggregation benchmarks.
 *
 * Shaped like what `summariseArticle` produces on bench-corpus/2MB (1,063
 * articles of 1.8 KB from 50 outlets, lexicon pipelines/kazakhstan-2022:
 * 8 frames, 6 referents, 8 claims), measured per article: 235 word tokens,
 * 25.5 evidence rows (46% frame, 46% referent, 7% claim; sentences of
 * ~150 characters; 29% with a speaker), 23 count rows (about 300 distinct
 * kind × category × label × voice cells in the corpus), 105 stems with 109
 * surface forms and 123 stem tokens, 227 shingles, 4 speaker rows, 7.5 voice
 * spans. Stems follow Zipf's law over a vocabulary of 150,000 (Heaps' law for
 * 23 million tokens of news text), so common stems recur in most articles and
 * rare ones in few; dates spread over a year (365 days).
 */
import { cellId, cellNumbering, type ArticleEvidence, type ArticleResult, type HitCount, type TermCounts, type VoiceWords } from '../src/article-result.js';
import type { CompiledLexiconLike } from '../src/lexicon-like.js';
import type { AggregateContext, AggregateSettings } from '../src/aggregate.js';
import { cmp } from '../src/compare.js';
import { minhashSignature } from '../src/minhash.js';
import { termKey } from '../src/shingles.js';
import { mulberry32 } from '@framelens/tools';
import { seedFor } from '../src/stats/bootstrap.js';

export const OUTLETS = 50;
export const FRAMES = ['terror', 'foreign', 'economy', 'peace', 'repression', 'protest', 'sovereignty', 'blackout'];
const REFERENTS = ['protesters', 'government', 'csto', 'russia', 'events', 'police'];
const CLAIMS = ['shoot-order', 'beheaded', 'csto-first', 'nazarbayev-left', 'fuel-prices', 'arrests', 'internet', 'emergency'];
const GROUPS = ['kazakh-authorities', 'russian-state', 'opposition'];
const VOCABULARY = 150_000;
const LABELS = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'];
const SPEAKERS = Array.from({ length: 30 }, (_, k) => `Sprecher ${k}`);
const SENTENCE_TEXT = 'Die Proteste in Kasachstans großen Städten gingen unterdessen weiter, wie die staatliche Nachrichtenagentur am Abend meldete, und die Regierung trat zurück. '.repeat(40);
const TEXT = 'Ein kurzer Satz mit dem Wort darin, und noch ein paar Wörter dazu. '.repeat(40); // 2.7 KB; readers get 1.6 to 2.1 KB of it

const pickWeighted = <T>(random: () => number, xs: readonly (readonly [T, number])[]): T => {
  let r = random();
  for (const [x, w] of xs) if ((r -= w) < 0) return x;
  return xs[xs.length - 1]![0];
};

/** The lexicon of the synthetic results (every label they use is one of its terms). */
export const BENCH_LEXICON: CompiledLexiconLike = {
  lexicon: {
    name: 'bench', frames: FRAMES.map((id) => ({ id, label: id, terms: LABELS.map((l) => ({ term: `${id} ${l}` })) })),
    referents: REFERENTS.map((id) => ({ id, label: id, labels: LABELS.slice(0, 4).map((l) => ({ term: `${id} ${l}` })) })),
    claims: CLAIMS.map((id) => ({ id, label: id, terms: LABELS.slice(0, 2).map((l) => ({ term: `${id} ${l}` })) })),
    speakers: GROUPS.map((id) => ({ id, label: id, names: [] })),
  },
  sha256: '0', coveredStems: new Set(Array.from({ length: 200 }, (_, k) => `wort${k * 7 + 1}`)),
};

/**
 * Article i of outlet i mod 50: see the file comment for its shape. Same i → same result. With
 * `cells` (default), it carries the cell ids `summariseArticle` computes when given the lexicon.
 */
export function synthetic(i: number, cells = true): ArticleResult {
  const random = mulberry32(seedFor(12345, String(i))); // hashed seeds: consecutive mulberry32 seeds give overlapping streams
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const outlet = `outlet-${String(i % OUTLETS).padStart(2, '0')}`;
  const article = `${outlet}/a${String(i).padStart(6, '0')}`;
  const words = 150 + Math.floor(random() * 171);
  const text = TEXT.slice(0, 1600 + (i % 500));
  const day = new Date(Date.UTC(2022, 0, 1) + ((i * 7) % 365) * 86_400_000).toISOString().slice(0, 10);

  // evidence, in position order; counts are what summariseArticle derives from it
  const evidence: ArticleEvidence[] = [];
  const nEvidence = 10 + Math.floor(random() * 32);
  let at = 0;
  const lead = Math.floor(text.length * 0.15);
  for (let k = 0; k < nEvidence; k++) {
    at += 1 + Math.floor(random() * (text.length / nEvidence - 10));
    const kind = pickWeighted(random, [['frame', 0.46], ['referent', 0.47], ['claim', 0.07]] as const);
    const category = pick(kind === 'frame' ? FRAMES : kind === 'referent' ? REFERENTS : CLAIMS);
    const label = `${category} ${pick(kind === 'claim' ? LABELS.slice(0, 2) : kind === 'referent' ? LABELS.slice(0, 4) : LABELS)}`;
    const voice = pickWeighted(random, [['authorial', 0.6], ['reported', 0.2], ['quoted', 0.12], ['distanced', 0.08]] as const);
    const excluded = random() < 0.02;
    const length = 6 + Math.floor(random() * 10);
    const s0 = Math.floor(random() * (SENTENCE_TEXT.length - 400));
    const sentenceStart = Math.max(0, at - 40);
    const row: ArticleEvidence = {
      id: `${article}#${at}-${at + length}:${kind}:${category}`, article, outlet, kind, category, label, term: label,
      match: SENTENCE_TEXT.slice(s0 + 30, s0 + 30 + length), sentence: SENTENCE_TEXT.slice(s0, s0 + 100 + Math.floor(random() * 100)),
      sentenceStart, sentenceEnd: sentenceStart + 148, start: at, end: at + length, voice,
      section: excluded ? 'caption' : at < lead ? 'lead' : 'body',
    };
    if ((voice === 'quoted' || voice === 'reported') && random() < 0.9) {
      row.speaker = pick(SPEAKERS);
      row.speakerGroup = pick(GROUPS);
      row.cue = 'sagte';
    }
    if (excluded) row.excluded = 'boilerplate';
    evidence.push(row);
  }
  const byKey = new Map<string, HitCount>();
  for (const e of evidence) {
    if (e.excluded) continue;
    const key = `${e.kind}\u0000${e.category}\u0000${e.label}\u0000${e.voice}\u0000${e.section}`;
    const c = byKey.get(key);
    if (c) c.hits++;
    else byKey.set(key, { kind: e.kind, category: e.category, label: e.label, voice: e.voice, section: e.section, hits: 1 });
  }
  const counts = [...byKey.values()].sort((a, b) => cmp(a.kind, b.kind) || cmp(a.category, b.category) || cmp(a.label, b.label) || cmp(a.voice, b.voice) || cmp(a.section, b.section));

  // stems: Zipf over the vocabulary (rank r with probability ∝ 1/r), distinct within the article
  const nTerms = 60 + Math.floor(random() * 91);
  const ranks = new Set<number>();
  for (let tries = 0; ranks.size < nTerms && tries < nTerms * 20; tries++) ranks.add(Math.floor(Math.exp(random() * Math.log(VOCABULARY))));
  const drawn = [...ranks].map((r) => {
    const count = random() < 0.12 ? 2 + Math.floor(random() * 2) : 1;
    const forms: [string, number][] = count > 1 && random() < 0.3 ? [[`Wort${r}`, count - 1], [`Wort${r}en`, 1]] : [[`Wort${r}`, count]];
    return { stem: `wort${r}`, forms };
  });
  drawn.sort((a, b) => cmp(a.stem, b.stem));
  const terms: TermCounts = { stems: [], forms: [], counts: [], keys: [] };
  for (const { stem, forms } of drawn) {
    for (const [form, n] of forms) {
      termKey(stem, form, terms.keys, terms.keys.length);
      terms.stems.push(stem);
      terms.forms.push(form);
      terms.counts.push(n);
    }
  }

  const voiceWords: VoiceWords[] = [];
  for (let k = 0, n = 1 + Math.floor(random() * 7); k < n; k++) {
    const speaker = k === 0 ? 'anonymous' : pick(SPEAKERS);
    voiceWords.push({ group: k === 0 ? 'anonymous' : pick([...GROUPS, 'unassigned']), speaker, quotedWords: Math.floor(random() * 30), reportedWords: Math.floor(random() * 30) });
  }
  voiceWords.sort((a, b) => cmp(a.group, b.group) || cmp(a.speaker, b.speaker));
  const uniq = voiceWords.filter((v, k) => k === 0 || v.group !== voiceWords[k - 1]!.group || v.speaker !== voiceWords[k - 1]!.speaker);

  // shingles: one per word position (random hashes: no near-duplicates)
  const nShingles = Math.max(0, words - 8);
  const hashes = new Array<number>(nShingles);
  const starts = new Array<number>(nShingles);
  const ends = new Array<number>(nShingles);
  for (let k = 0; k < nShingles; k++) {
    hashes[k] = Math.floor(random() * 0x200000) * 0x100000000 + Math.floor(random() * 0x100000000);
    starts[k] = k * 7;
    ends[k] = k * 7 + 55;
  }

  const boilerplate = random() < 0.4 ? [{ start: 0, end: 40, reason: 'caption', words: 5 }] : [];
  const spans = Array.from({ length: 4 + Math.floor(random() * 8) }, (_, k) => ({ start: k * 150, end: k * 150 + 80, voice: pick(['quoted', 'reported', 'distanced'] as const), speaker: pick(SPEAKERS) }));
  const result: ArticleResult = {
    article, outlet, title: `Titel ${i}`, path: `corpus/${article}.md`, sha256: '0', date: day, datePrecision: 'day',
    wordTokens: words, titleWordTokens: 8, boilerplateTokens: boilerplate.length > 0 ? 5 : 0,
    boilerplate,
    counts, evidence,
    voiceWords: uniq,
    terms,
    shingles: { size: 8, hashes, starts, ends },
    // computed in the map step, as summariseArticle does
    ...(hashes.length > 0 ? { signature: minhashSignature(hashes)! } : {}),
    reader: {
      article, outlet, title: `Titel ${i}`, text, spans, boilerplate: boilerplate.map(({ start, end, reason }) => ({ start, end, reason })),
      hits: evidence.map((e) => ({ start: e.start, end: e.end, kind: e.kind, category: e.category, voice: e.voice })),
    },
  };
  if (cells) {
    // as summariseArticle computes them in the map step
    const n = cellNumbering(BENCH_LEXICON.lexicon);
    result.cells = {
      numbering: n.key,
      counts: counts.map((c) => cellId(n, c.kind, c.category, c.label, c.voice)),
      evidence: evidence.map((e) => cellId(n, e.kind, e.category, e.label, e.voice)),
    };
  }
  return result;
}

export function benchContext(settings: AggregateSettings): AggregateContext {
  return {
    pipeline: 'bench', title: 'bench',
    outlets: Array.from({ length: OUTLETS }, (_, o) => ({ id: `outlet-${String(o).padStart(2, '0')}`, name: `Outlet ${o}`, language: 'de', attribution: { status: 'confirmed' as const } })),
    lexicon: BENCH_LEXICON,
    provenance: { framelensVersion: '0', lexicon: { path: 'l', sha256: '0' }, corpus: { path: 'c', files: [] }, settings: {} },
    settings,
    readText: async () => TEXT,
  };
}
