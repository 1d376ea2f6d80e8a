import { readFileSync } from 'node:fs';
import { cmp } from '../compare.js';
import type { EvidenceCell, EvidenceRow, ReaderArticle } from '../report-data.js';
import { partFiles, type FactStore } from './fact-store.js';
import { COUNTED } from './prepared-from-store.js';

interface HitRow {
  id: string; article: string; outlet: string; kind: EvidenceRow['kind']; category: string; label: string; term: string; match: string; sentence: string;
  sentence_start: number; sentence_end: number; start: number; end: number; voice: EvidenceRow['voice']; speaker: string | null; speaker_group: string | null;
  cue: string | null; section: EvidenceRow['section']; excluded: string | null; negation: string | null;
}

/** A hit row as the report shows it, with its category's lexicon label. */
function evidenceRow(h: HitRow, categoryLabels: ReadonlyMap<string, string>): EvidenceRow {
  const row: EvidenceRow = {
    id: h.id, article: h.article, outlet: h.outlet, kind: h.kind, category: h.category, categoryLabel: categoryLabels.get(`${h.kind}\u0000${h.category}`) ?? h.category,
    label: h.label, term: h.term, match: h.match, sentence: h.sentence, sentenceStart: h.sentence_start, sentenceEnd: h.sentence_end,
    start: h.start, end: h.end, voice: h.voice, section: h.section,
  };
  if (h.speaker !== null) row.speaker = h.speaker;
  if (h.speaker_group !== null) row.speakerGroup = h.speaker_group;
  if (h.cue !== null) row.cue = h.cue;
  if (h.excluded !== null) row.excluded = h.excluded as NonNullable<EvidenceRow['excluded']>;
  if (h.negation !== null) row.negation = h.negation;
  return row;
}

/**
 * The page's evidence: per outlet × kind × category, the `perCell` counted rows that come first
 * by (round, index, position), where a row's round is how many counted rows of its cell come
 * before it in its article (a round robin over the outlet's articles in index order); sorted by
 * outlet, index, position. With every cell's total and shown count, and how many were capped.
 */
export async function cappedEvidence(
  store: FactStore,
  perCell: number,
  categoryLabels: ReadonlyMap<string, string>,
): Promise<{ rows: EvidenceRow[]; cappedCells: number; cells: EvidenceCell[]; total: number }> {
  // ranks on the key columns only (a window over whole rows, sentences and all, would not fit a
  // small memory limit), then the kept rows. A cell with at least perCell articles shows round 1
  // only: the first counted hit (an aggregate, no sort) of its perCell lowest-indexed articles;
  // only the cells with fewer articles need the rounds (two windows over their hits alone)
  const n = Math.max(0, Math.floor(perCell));
  const hits = await store.all<HitRow>(`
    WITH counted AS (SELECT idx, ord, outlet, kind, category FROM hits WHERE excluded IS NULL),
    firsts AS (SELECT outlet, kind, category, idx, min(ord) AS ord FROM counted GROUP BY ALL),
    wide AS (SELECT outlet, kind, category FROM firsts GROUP BY ALL HAVING count(*) >= ${n}),
    kept AS (
      SELECT idx, ord FROM firsts SEMI JOIN wide USING (outlet, kind, category)
      QUALIFY row_number() OVER (PARTITION BY outlet, kind, category ORDER BY idx) <= ${n}
      UNION ALL
      SELECT idx, ord FROM (
        SELECT idx, ord, outlet, kind, category, row_number() OVER (PARTITION BY idx, kind, category ORDER BY ord) AS round
        FROM counted ANTI JOIN wide USING (outlet, kind, category)
      )
      QUALIFY row_number() OVER (PARTITION BY outlet, kind, category ORDER BY round, idx, ord) <= ${n}
    )
    SELECT h.* FROM hits h SEMI JOIN kept USING (idx, ord)
    ORDER BY h.outlet, h.idx, h.ord`);
  const cells = (
    await store.all<{ outlet: string; kind: EvidenceCell['kind']; category: string; total: number }>(
      `SELECT outlet, kind, category, count(*)::INTEGER AS total FROM ${COUNTED} GROUP BY ALL`,
    )
  )
    .map((c) => ({ ...c, shown: Math.min(c.total, perCell) }))
    .sort((a, b) => cmp(a.outlet, b.outlet) || cmp(a.kind, b.kind) || cmp(a.category, b.category));
  const [{ total }] = (await store.all<{ total: number }>(`SELECT count(*)::INTEGER AS total FROM hits`)) as [{ total: number }];
  return { rows: hits.map((h) => evidenceRow(h, categoryLabels)), cappedCells: cells.filter((c) => c.total > perCell).length, cells, total };
}

/** Reader payloads: each outlet's `perOutlet` lowest-indexed articles' (from the parts' readers-*.ndjson), in index order. */
export function readerPayloads(partsDirs: readonly string[], perOutlet: number): ReaderArticle[] {
  const byOutlet = new Map<string, { idx: number; reader: ReaderArticle }[]>();
  for (const file of partFiles(partsDirs, 'readers', '.ndjson')) {
    for (const text of readFileSync(file, 'utf8').split('\n')) {
      if (text === '') continue;
      const item = JSON.parse(text) as { idx: number; reader: ReaderArticle };
      const list = byOutlet.get(item.reader.outlet);
      if (list) list.push(item);
      else byOutlet.set(item.reader.outlet, [item]);
    }
  }
  return [...byOutlet.values()]
    .flatMap((list) => list.sort((a, b) => a.idx - b.idx).slice(0, perOutlet))
    .sort((a, b) => a.idx - b.idx)
    .map((item) => item.reader);
}
