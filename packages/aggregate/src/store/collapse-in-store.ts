import { mergeIntervals } from '../tables/collapse.js';
import { earlier } from '../tables/near-duplicates.js';
import { sqlString, type FactStore } from './fact-store.js';
import type { ReusePair } from './text-reuse.js';

/**
 * syndication = collapse, in the store: in the later article (B) of each text-reuse pair, counted
 * hits starting inside a shared passage (title hits never) become `excluded = 'duplicate'`, the
 * words of all its shared passages (union over its pairs) leave its word tokens, and
 * `duplicate_of` names its earliest partner (data/hits.parquet has the excluded hits:
 * excluded = 'duplicate'). Without collapse the `duplicates` table stays empty (the records join it either way).
 */
export async function collapseInStore(store: FactStore, pairs: readonly ReusePair[], collapse: boolean): Promise<void> {
  await store.run(`CREATE TEMP TABLE duplicates (article VARCHAR, words INTEGER, duplicate_of VARCHAR)`);
  await store.run(`CREATE TEMP TABLE duplicate_chars (article VARCHAR, "start" INTEGER, "end" INTEGER)`);
  if (!collapse) return;
  const byLater = new Map<string, ReusePair[]>();
  for (const p of pairs) {
    const list = byLater.get(p.row.articleB);
    if (list) list.push(p);
    else byLater.set(p.row.articleB, [p]);
  }
  const rows: string[] = [];
  const chars: string[] = [];
  for (const [article, mine] of byLater) {
    const words = mergeIntervals(mine.flatMap((p) => p.words)).reduce((sum, [s, e]) => sum + e - s + 1, 0);
    const earliest = [...mine].sort((p, q) => earlier(p.A, q.A))[0]!;
    rows.push(`(${sqlString(article)}, ${words}, ${sqlString(earliest.A.article)})`);
    for (const [s, e] of mergeIntervals(mine.flatMap((p) => p.chars))) chars.push(`(${sqlString(article)}, ${s}, ${e})`);
  }
  if (rows.length === 0) return;
  await store.run(`INSERT INTO duplicates VALUES ${rows.join(', ')}`);
  if (chars.length > 0) await store.run(`INSERT INTO duplicate_chars VALUES ${chars.join(', ')}`);
  await store.run(`
    UPDATE hits SET excluded = 'duplicate'
    WHERE excluded IS NULL AND section <> 'title'
      AND EXISTS (SELECT 1 FROM duplicate_chars d WHERE d.article = hits.article AND hits.start >= d.start AND hits.start < d."end")`);
  await store.run(`UPDATE articles SET word_tokens = articles.word_tokens - d.words FROM duplicates d WHERE d.article = articles.article`);
}
