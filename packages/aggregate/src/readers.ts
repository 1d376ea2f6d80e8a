import type { ArticleEvidence } from '@framelens/facts';
import type { LexiconLike } from './lexicon-like.js';
import type { EvidenceRow } from './report-data.js';

/** Reader payloads (full texts) the report keeps: about this many in all, spread evenly over the outlets. */
export const DEFAULT_READER_ARTICLES = 300;

/** Reader payloads kept per outlet (0: none) when `readerArticles` are spread evenly over `outlets` (see `readerQuota`). */
export function readersPerOutlet(readerArticles: number, outlets: number): number {
  return readerArticles > 0 ? Math.max(1, Math.ceil(readerArticles / Math.max(1, outlets))) : 0;
}

/** category id → lexicon label, keyed "kind\u0000category". */
export function categoryLabels(lexicon: LexiconLike): Map<string, string> {
  const labels = new Map<string, string>();
  for (const f of lexicon.frames) labels.set(`frame\u0000${f.id}`, f.label);
  for (const r of lexicon.referents ?? []) labels.set(`referent\u0000${r.id}`, r.label);
  for (const c of lexicon.claims ?? []) labels.set(`claim\u0000${c.id}`, c.label);
  return labels;
}

/** An evidence row as the report shows it: the map step's row plus the category's lexicon label. */
export function evidenceRow(e: ArticleEvidence, labels: ReadonlyMap<string, string>): EvidenceRow {
  const row: EvidenceRow = {
    id: e.id, article: e.article, outlet: e.outlet, kind: e.kind, category: e.category,
    categoryLabel: labels.get(`${e.kind}\u0000${e.category}`) ?? e.category,
    label: e.label, term: e.term, match: e.match, sentence: e.sentence, sentenceStart: e.sentenceStart, sentenceEnd: e.sentenceEnd,
    start: e.start, end: e.end, voice: e.voice, section: e.section,
  };
  if (e.speaker !== undefined) row.speaker = e.speaker;
  if (e.speakerGroup !== undefined) row.speakerGroup = e.speakerGroup;
  if (e.cue !== undefined) row.cue = e.cue;
  if (e.excluded !== undefined) row.excluded = e.excluded;
  if (e.negation !== undefined) row.negation = e.negation;
  return row;
}
