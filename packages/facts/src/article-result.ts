/**
 * `ArticleResult`: the rows `mapArticle` makes of one article, collected into one object (tests,
 * `inspect`, and aggregate's `aggregate()` over results). The map step of `framelens analyze`
 * collects nothing: its sink is a part writer.
 */
import type { Article } from '@framelens/corpus';
import type { Hit } from '@framelens/lexicon';
import type { Doc } from '@framelens/text';
import { cmp } from './compare.js';
import { mapArticle, readerPayload, type MapOptions } from './map-article.js';
import type { ArticleEvidence, ArticleRow, ArticleSink, BoilerplateRow, HitRow, ReaderPayload, VoiceWords } from './rows.js';

/**
 * An article's terms in columns: stems in code-unit order, a stem's forms most frequent first
 * (then in code-unit order); `counts[i]` is how often `forms[i]` occurs.
 */
export interface TermCounts {
  stems: string[];
  forms: string[];
  counts: number[];
}

/** One article's rows, collected. */
export interface ArticleResult {
  article: string;
  outlet: string;
  title?: string;
  date?: string;
  datePrecision?: string;
  url?: string;
  language?: string;
  path: string;
  sha256: string;
  wordTokens: number;
  titleWordTokens: number;
  boilerplateTokens: number;
  boilerplate: BoilerplateRow[];
  /** one row per hit, counted or not (see HitRow.excluded), in evidence order */
  evidence: ArticleEvidence[];
  voiceWords: VoiceWords[];
  terms: TermCounts;
  /** distinct shingle hashes, ascending */
  shingles: { hashes: number[] };
  reader: ReaderPayload;
}

/** `mapArticle`'s rows of one article collected into an ArticleResult (its reader payload made when first read). */
export function summariseArticle(article: Article, doc: Doc, hits: Hit[], options: MapOptions = {}): ArticleResult {
  const evidence: ArticleEvidence[] = [];
  const voiceWords: VoiceWords[] = [];
  const boilerplate: BoilerplateRow[] = [];
  const terms: TermCounts = { stems: [], forms: [], counts: [] };
  let shingles: number[] = [];
  let row: ArticleRow | undefined;
  mapArticle(article, doc, hits, options, {
    hit: (h) => evidence.push({ id: hitId(article.id, h), article: article.id, outlet: article.outlet, ...h }),
    voiceWords: (v) => voiceWords.push(v),
    terms: (_outlet, _language, entries) => {
      const sorted = entries.map((e) => ({ stem: e.stem, form: e.form, count: e.count }));
      // stems in code-unit order, a stem's forms most frequent first, then in code-unit order
      sorted.sort((a, b) => cmp(a.stem, b.stem) || b.count - a.count || cmp(a.form, b.form));
      for (const e of sorted) {
        terms.stems.push(e.stem);
        terms.forms.push(e.form);
        terms.counts.push(e.count);
      }
    },
    shingles: (h) => (shingles = Array.from(h)),
    boilerplate: (b) => boilerplate.push(b),
    article: (r) => (row = r),
  });
  const r = row!;
  let reader: ReaderPayload | undefined;
  const result: ArticleResult = {
    article: r.article, outlet: r.outlet, path: r.path, sha256: r.sha256, wordTokens: r.wordTokens, titleWordTokens: r.titleWordTokens, boilerplateTokens: r.boilerplateTokens,
    boilerplate, evidence, voiceWords, terms, shingles: { hashes: shingles },
    // made when first read: only a few articles per outlet keep their reader payload
    get reader() {
      return (reader ??= readerPayload(article, doc, hits));
    },
  };
  if (r.title !== undefined) result.title = r.title;
  if (r.date !== undefined) result.date = r.date;
  if (r.datePrecision !== undefined) result.datePrecision = r.datePrecision;
  if (r.url !== undefined) result.url = r.url;
  if (r.language !== undefined) result.language = r.language;
  return result;
}

/** A hit's stable id: `<article>#[title:]<start>-<end>:<kind>:<category>` (the store makes the same in SQL, STORE_COLUMNS). */
export function hitId(article: string, h: Pick<HitRow, 'section' | 'start' | 'end' | 'kind' | 'category'>): string {
  return `${article}#${h.section === 'title' ? 'title:' : ''}${h.start}-${h.end}:${h.kind}:${h.category}`;
}

/** Hand a collected result's rows to a sink again, in the order `mapArticle` gave them. */
export function replayResult(r: ArticleResult, sink: ArticleSink): void {
  for (const e of r.evidence) {
    const { id: _id, article: _article, outlet: _outlet, ...hit } = e;
    sink.hit(hit);
  }
  for (const v of r.voiceWords) sink.voiceWords(v);
  sink.terms(r.outlet, r.language, r.terms.stems.map((stem, i) => ({ stem, form: r.terms.forms[i]!, count: r.terms.counts[i]!, counter: 0 })));
  sink.shingles(Float64Array.from(r.shingles.hashes));
  for (const b of r.boilerplate) sink.boilerplate(b);
  sink.article({
    article: r.article, outlet: r.outlet, title: r.title, date: r.date, datePrecision: r.datePrecision, url: r.url, path: r.path, sha256: r.sha256,
    wordTokens: r.wordTokens, titleWordTokens: r.titleWordTokens, boilerplateTokens: r.boilerplateTokens, shingles: r.shingles.hashes.length, language: r.language,
  });
}
