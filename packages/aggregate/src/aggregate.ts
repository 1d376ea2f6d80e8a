import type { ArticleResult } from './article-result.js';
import { cmp } from './compare.js';
import { DEFAULT_READER_ARTICLES, Fold, readersPerOutlet } from './fold.js';
import type { AggregateContext } from './aggregate-context.js';
import { assembleReport } from './report-assembly.js';
import { lshCandidates } from './minhash.js';
import type { NearDuplicateRow, ReportData } from './report-data.js';
import { textShingles } from './summarise-article.js';
import { mergeIntervals } from './tables/collapse.js';
import { earlier, jaccard, uniqueHashes, verifyPair, type ShingledText, type ShingleRun } from './tables/near-duplicates.js';

export type { AggregateContext, AggregateSettings } from './aggregate-context.js';

export interface Aggregator {
  /** Fold one article in (index = its position in the sorted corpus; any arrival order gives the same report). */
  add(result: ArticleResult, index: number): void;
  /** Articles added so far. */
  readonly size: number;
  /** Near-duplicates (re-reading candidate texts through context.readText), then every table. Call once. */
  finish(): Promise<ReportData>;
}

/** Articles whose shingles are kept while candidate pairs are checked. */
const TEXT_CACHE = 256;
/** Articles whose distinct shingle hashes (about 2 KB each) are kept while candidate pairs are checked. */
const HASH_CACHE = 16_384;

/** `f` memoised for the `size` most recently used keys. */
function lru<V>(size: number, f: (key: number) => Promise<V>): (key: number) => Promise<V> {
  const cache = new Map<number, V>();
  return async (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const value = await f(key);
    cache.set(key, value);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return value;
  };
}

/**
 * How many reader payloads per outlet the aggregator for `context` keeps: those of each outlet's
 * lowest-indexed articles (`settings.readerArticles`, default 300, spread evenly over the outlets).
 * A map step that knows an article's place in its outlet can leave the others' payloads out of
 * their results (`withoutReaderText`).
 */
export function readerQuota(context: Pick<AggregateContext, 'settings' | 'outlets'>): number {
  return readersPerOutlet(context.settings.readerArticles ?? DEFAULT_READER_ARTICLES, context.outlets.length);
}

/**
 * The streaming reduce step. `add` folds each result into small state and
 * drops the heavy parts (evidence beyond the page's cap, text, shingles, term
 * lists); memory grows only by a record, the frame counts and a 256-byte
 * MinHash signature per article. See README "Streaming".
 */
export function createAggregator(context: AggregateContext): Aggregator {
  return new StreamingAggregator(context);
}

/**
 * All in one go, synchronously, for callers that hold every result (tests,
 * small corpora): sorts by article id (index = that position), adds all and
 * finishes with the results' own texts and shingles.
 */
export function aggregate(input: readonly ArticleResult[], context: AggregateContext): ReportData {
  const sorted = [...input].sort((a, b) => cmp(a.article, b.article));
  const agg = new StreamingAggregator(context);
  sorted.forEach((r, i) => agg.add(r, i));
  const byId = new Map(sorted.map((r) => [r.article, r]));
  return agg.finishSync((id) => {
    const r = byId.get(id)!;
    return { text: r.reader.text, shingles: r.shingles };
  });
}

type Loaded = ShingledText & { unique: Float64Array; slot: number };

class StreamingAggregator implements Aggregator {
  private readonly fold: Fold;
  private finished = false;

  constructor(private readonly context: AggregateContext) {
    const s = context.settings;
    this.fold = new Fold(context.outlets, context.lexicon.lexicon, {
      evidencePerCell: s.evidencePerCell,
      readersPerOutlet: readerQuota(context),
      collapse: s.syndication === 'collapse',
    });
  }

  get size(): number {
    return this.fold.size;
  }

  add(result: ArticleResult, index: number): void {
    if (this.finished) throw new Error('aggregate: add() after finish(); create a new aggregator per run');
    this.fold.add(result, index);
    this.context.shingleStore?.put(this.fold.size - 1, result.distinctShingles ?? uniqueHashes(result.shingles));
  }

  async finish(): Promise<ReportData> {
    this.start();
    const { readText } = this.context;
    const candidates = this.candidates();
    if (!readText) return this.build([], candidates.length > 0 ? candidates.length : 0);
    const load = lru(TEXT_CACHE, async (slot: number): Promise<Loaded> => {
      const rec = this.fold.records[slot]!;
      const read = readText(rec.article);
      const text = typeof read === 'string' ? read : await read;
      return this.loaded(slot, text, textShingles(text, this.fold.shingleSize));
    });
    // First the exact similarity of every candidate pair from each article's shingle hashes
    // (kept for many more articles than whole texts: candidates share articles, and without
    // them each article would be read and tokenized again for most of its pairs), then the
    // shared passages of the pairs that pass, on texts read again.
    const store = this.context.shingleStore;
    const similar: [number, number][] = [];
    if (store) {
      // candidates come sorted by their first article: it is read from the store once for all its pairs
      let last = -1;
      let x0: Float64Array = new Float64Array(0);
      for (const [x, y] of candidates) {
        if (x !== last) x0 = store.get((last = x));
        const j = jaccard(x0, store.get(y));
        if (j >= this.threshold && j > 0) similar.push([x, y]);
      }
    } else {
      const uniqueOf = lru(HASH_CACHE, async (slot: number): Promise<Float64Array> => (await load(slot)).unique);
      for (const [x, y] of candidates) {
        const j = jaccard(await uniqueOf(x), await uniqueOf(y));
        if (j >= this.threshold && j > 0) similar.push([x, y]);
      }
    }
    const pairs: Verified[] = [];
    for (const [x, y] of similar) {
      const v = verifyPair(await load(x), await load(y), this.threshold);
      if (v) pairs.push(v as Verified);
    }
    return this.build(pairs, 0);
  }

  /** Finish with texts and shingles at hand (the `aggregate` wrapper). */
  finishSync(source: (articleId: string) => { text: string; shingles: ArticleResult['shingles'] }): ReportData {
    this.start();
    const pairs: Verified[] = [];
    const cache = new Map<number, Loaded>();
    const load = (slot: number) => {
      let l = cache.get(slot);
      if (!l) {
        const s = source(this.fold.records[slot]!.article);
        cache.set(slot, (l = this.loaded(slot, s.text, s.shingles)));
      }
      return l;
    };
    for (const [x, y] of this.candidates()) {
      const v = verifyPair(load(x), load(y), this.threshold);
      if (v) pairs.push(v as Verified);
    }
    return this.build(pairs, 0);
  }

  private start() {
    if (this.finished) throw new Error('aggregate: finish() called twice; create a new aggregator per run');
    this.finished = true;
  }

  private get threshold(): number {
    return this.context.settings.nearDuplicateThreshold ?? 0.2;
  }

  private candidates(): [number, number][] {
    return lshCandidates(this.fold.signatures, this.fold.order(), { minEstimate: this.threshold / 2 });
  }

  private loaded(slot: number, text: string, shingles: ArticleResult['shingles']): Loaded {
    const rec = this.fold.records[slot]!;
    const l: Loaded = { slot, article: rec.article, outlet: rec.outlet, text, shingles, unique: uniqueHashes(shingles) };
    if (rec.date !== undefined) l.date = rec.date;
    return l;
  }

  private build(verified: Verified[], unchecked: number): ReportData {
    const { settings } = this.context;
    const fold = this.fold;
    verified.sort((p, q) => cmp(p.row.articleA, q.row.articleA) || cmp(p.row.articleB, q.row.articleB));
    if (settings.syndication === 'collapse') collapse(fold, verified);
    const assembled = assembleReport(this.context, {
      prepared: fold.prepared(this.context.lexicon.coveredStems),
      capped: fold.cappedEvidence(),
      evidenceTotal: fold.evidenceTotal,
      readers: fold.readerPayloads(),
      nearDuplicates: verified.map((d) => d.row),
      unchecked,
      ...(settings.syndication === 'collapse' ? { duplicateEvidence: [...fold.duplicateIds].sort(cmp) } : {}),
    });
    return assembled;
  }
}

interface Verified {
  A: Loaded;
  B: Loaded;
  runs: ShingleRun[];
  row: NearDuplicateRow;
}

/**
 * syndication = collapse: in the later article (B) of each pair, hits inside
 * a shared passage leave every count, the words of all its shared passages
 * (union over its pairs) leave its word tokens, and duplicateOf names the
 * earliest partner. Distinctive terms, speaker words and the reader stay.
 */
function collapse(fold: Fold, pairs: readonly Verified[]): void {
  const byLater = new Map<number, Verified[]>();
  for (const p of pairs) {
    const list = byLater.get(p.B.slot);
    if (list) list.push(p);
    else byLater.set(p.B.slot, [p]);
  }
  for (const [slot, mine] of byLater) {
    const B = mine[0]!.B;
    const size = B.shingles.size;
    const words = mergeIntervals(mine.flatMap((p) => p.runs.map((run) => [run.j0, run.j1 + size - 1] as [number, number])));
    const chars = mergeIntervals(mine.flatMap((p) => p.runs.map((run) => [B.shingles.starts[run.j0]!, B.shingles.ends[run.j1]!] as [number, number])));
    const duplicatedWords = words.reduce((sum, [s, e]) => sum + e - s + 1, 0);
    const earliest = [...mine].sort((p, q) => earlier(p.A, q.A))[0]!;
    fold.exclude(slot, chars, duplicatedWords, earliest.A.article);
  }
}
