import { REUSE_SHINGLE_SIZE, textShingles } from '@framelens/facts';
import { Tokenizer } from '@framelens/text';
import { cmp } from '../compare.js';
import type { NearDuplicateRow, SharedPassage } from '../report-data.js';
import { earlier, sharedRuns, type ShingledText, type ShingleRun } from '../tables/near-duplicates.js';
import type { FactStore } from './fact-store.js';

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
 * found in the other (containment = shared / min(|A|, |B|)), found in SQL by joining the
 * shingle table with itself on the hash, leaving out shingles that occur in very many articles.
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
  const rows = await store.all<{ x: string; y: string; ox: string; oy: string; dx: string | null; dy: string | null; shared: number; nx: number; ny: number }>(`
    WITH common AS (SELECT hash FROM shingles GROUP BY hash HAVING count(*) > ${Math.floor(options.maxArticles ?? 50)}),
    kept AS (SELECT idx, hash FROM shingles ANTI JOIN common USING (hash)),
    sizes AS (SELECT idx, count(*)::INTEGER AS n FROM kept GROUP BY idx),
    pairs AS (
      SELECT a.idx AS ix, b.idx AS iy, count(*)::INTEGER AS shared FROM kept a JOIN kept b ON a.hash = b.hash AND a.idx < b.idx
      GROUP BY ALL HAVING count(*) >= ${Math.floor(options.minShared ?? 5)}
    )
    SELECT ax.article AS x, ay.article AS y, ax.outlet AS ox, ay.outlet AS oy, ax.date AS dx, ay.date AS dy, p.shared, sx.n AS nx, sy.n AS ny
    FROM pairs p JOIN sizes sx ON sx.idx = p.ix JOIN sizes sy ON sy.idx = p.iy
      JOIN articles ax ON ax.idx = p.ix JOIN articles ay ON ay.idx = p.iy
    WHERE p.shared >= ${threshold} * least(sx.n, sy.n)
      -- within one language only: a translation shares names and numbers, not reused text
      AND ax.language IS NOT DISTINCT FROM ay.language
    ORDER BY p.ix, p.iy`);
  const texts = new TextCache(options.readText);
  const out: ReusePair[] = [];
  for (const r of rows) {
    const x = { article: r.x, outlet: r.ox, ...(r.dx !== null ? { date: r.dx } : {}) };
    const y = { article: r.y, outlet: r.oy, ...(r.dy !== null ? { date: r.dy } : {}) };
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
