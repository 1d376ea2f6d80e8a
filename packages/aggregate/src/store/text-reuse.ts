import { REUSE_SHINGLE_SIZE, textShingles } from '@framelens/facts';
import { Tokenizer } from '@framelens/text';
import { cmp } from '../compare.js';
import type { NearDuplicateRow, SharedPassage } from '../report-data.js';
import { earlier, sharedRuns, type ShingledText, type ShingleRun } from '../tables/near-duplicates.js';
import type { FactStore } from './fact-store.js';
import { reusePairs, type PairCount } from './reuse-pairs.js';

export interface TextReuseOptions {
  /** the article's text (Article.text), for the shared passages; without it, pairs have no passages */
  readText?: (articleId: string) => string;
  /** containment at or above which a pair is reported (default 0.2) */
  threshold?: number;
  /** containment at or above which a pair is `verbatim` rather than `edited` (default 0.9) */
  verbatimAt?: number;
  /** a shingle found in more articles than this is ignored (stock phrases, agency boilerplate; default 50) */
  maxArticles?: number;
  /** pairs must share at least this many shingles (default 5) */
  minShared?: number;
}

/**
 * Text reuse: pairs of articles where the shorter one's distinct 5-word shingles are largely
 * found in the other (containment = shared / min(|A|, |B|)), leaving out shingles that occur in
 * very many articles (the candidates: reusePairs).
 * Independent reports of one event share a few percent of their shingles; one correspondent's
 * text edited by two desks shares a third or more. A is the earlier article (by date, then id).
 * Both articles are in the same language (a translation is not text reuse the shingles can see).
 */
/** A text-reuse pair with what collapsing it needs of the later article (B): its shared word and character ranges. */
export interface ReusePair {
  row: NearDuplicateRow;
  A: { article: string; date?: string };
  /** word-index ranges [first, last] and character ranges [start, end) of B inside shared passages */
  words: [number, number][];
  chars: [number, number][];
}

export async function textReuse(store: FactStore, options: TextReuseOptions = {}): Promise<ReusePair[]> {
  const threshold = options.threshold ?? 0.2;
  const verbatimAt = options.verbatimAt ?? 0.9;
  const pairs = await reusePairs(store, { threshold, maxArticles: options.maxArticles ?? 50, minShared: options.minShared ?? 5 });
  const meta = await articleMeta(store, pairs);
  const texts = new TextCache(options.readText);
  const out: ReusePair[] = [];
  for (const r of pairs) {
    const [x, y] = [meta.get(r.ix)!, meta.get(r.iy)!];
    const [A, B] = earlier(x, y) <= 0 ? [x, y] : [y, x];
    const containment = r.shared / Math.min(r.nx, r.ny);
    const a = texts.get(A.article);
    const b = texts.get(B.article);
    const runs = a && b ? sharedRuns(a, b) : [];
    out.push({
      row: {
        articleA: A.article,
        articleB: B.article,
        outletA: A.outlet,
        outletB: B.outlet,
        similarity: r.shared / (r.nx + r.ny - r.shared),
        containment,
        reuse: containment >= verbatimAt ? 'verbatim' : 'edited',
        passages: a && b ? runs.map((run) => passage(a, b, run)) : [],
      },
      A,
      words: runs.map((run) => [run.j0, run.j1 + REUSE_SHINGLE_SIZE - 1]),
      chars: b ? runs.map((run) => [b.shingles.starts[run.j0]!, b.shingles.ends[run.j1]!]) : [],
    });
  }
  return out.sort((p, q) => cmp(p.row.articleA, q.row.articleA) || cmp(p.row.articleB, q.row.articleB));
}

/** Article id, outlet and date of the articles in the pairs, by index. */
async function articleMeta(store: FactStore, pairs: readonly PairCount[]): Promise<Map<number, { article: string; outlet: string; date?: string }>> {
  const ids = [...new Set(pairs.flatMap((p) => [p.ix, p.iy]))];
  const out = new Map<number, { article: string; outlet: string; date?: string }>();
  for (let i = 0; i < ids.length; i += 10_000) {
    const rows = await store.all<{ idx: number; article: string; outlet: string; date: string | null }>(
      `SELECT idx, article, outlet, date FROM articles WHERE idx IN (SELECT unnest([${ids.slice(i, i + 10_000).join(', ')}]::INTEGER[]))`,
    );
    for (const r of rows) out.set(r.idx, { article: r.article, outlet: r.outlet, ...(r.date !== null ? { date: r.date } : {}) });
  }
  return out;
}

/** A shared passage: a maximal run of aligned shingles, as character ranges in both texts (with A's text). */
function passage(a: ShingledText, b: ShingledText, run: ShingleRun): SharedPassage {
  const startA = a.shingles.starts[run.i0]!;
  const endA = a.shingles.ends[run.i1]!;
  return { startA, endA, startB: b.shingles.starts[run.j0]!, endB: b.shingles.ends[run.j1]!, text: a.text.slice(startA, endA) };
}

/** Texts and their shingles, the most recently used 256 kept (an article is in many pairs); one tokenizer for all (its word forms, stems included, are computed once). */
class TextCache {
  private readonly cache = new Map<string, ShingledText>();
  private readonly tokenizer = new Tokenizer();
  constructor(private readonly readText: ((id: string) => string) | undefined) {}
  get(id: string): ShingledText | undefined {
    if (!this.readText) return undefined;
    let t = this.cache.get(id);
    if (t) {
      this.cache.delete(id);
    } else {
      const text = this.readText(id);
      t = { article: id, outlet: '', text, shingles: textShingles(text, REUSE_SHINGLE_SIZE, this.tokenizer) };
      if (this.cache.size >= 256) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(id, t);
    return t;
  }
}
