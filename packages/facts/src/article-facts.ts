import { line } from './csv.js';
import type { FactTable } from './schema.js';

/** What the map step knows of one article (the shape of aggregate's `ArticleResult`, read only). */
export interface FactsInput {
  article: string;
  outlet: string;
  title?: string;
  date?: string;
  datePrecision?: string;
  url?: string;
  /** ISO 639-1 code of the article's language ("de", "en"); NULL when the map step did not say */
  language?: string;
  path: string;
  sha256: string;
  wordTokens: number;
  titleWordTokens: number;
  boilerplateTokens: number;
  boilerplate: readonly { start: number; end: number; reason: string; words: number }[];
  evidence: readonly {
    id: string; article: string; outlet: string; kind: string; category: string; label: string; term: string; match: string; sentence: string;
    sentenceStart: number; sentenceEnd: number; start: number; end: number; voice: string; speaker?: string; speakerGroup?: string; cue?: string; section: string; excluded?: string; negation?: string;
  }[];
  voiceWords: readonly { group: string; speaker: string; quotedWords: number; reportedWords: number }[];
  terms: { stems: readonly string[]; forms: readonly string[]; counts: readonly number[] };
  shingles: { hashes: readonly number[] };
}

/** Where the article's data/evidence.csv lines went: the part (writer id), byte offset and length. */
export interface EvidenceAt {
  part: string;
  offset: number;
  bytes: number;
}

/** The sorted distinct values of a list of shingle hashes. */
export function distinctHashes(hashes: readonly number[]): Float64Array {
  const sorted = Float64Array.from(hashes).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/**
 * One article as CSV lines of every fact table (see FACT_TABLES for the columns). `idx` is its
 * position in the sorted corpus; `bytes` the UTF-8 size of its text.
 */
export function articleFacts(r: FactsInput, idx: number, bytes: number, evidenceAt: EvidenceAt): Record<FactTable, string> {
  const shingles = distinctHashes(r.shingles.hashes);
  const articles = line([
    idx, r.article, r.outlet, r.title, r.date, r.datePrecision, r.url, r.path, r.sha256, bytes, r.wordTokens, r.titleWordTokens, r.boilerplateTokens, shingles.length,
    evidenceAt.part, evidenceAt.offset, evidenceAt.bytes, r.language,
  ]);
  let hits = '';
  r.evidence.forEach((e, ord) => {
    hits += line([
      idx, ord, e.id, e.article, e.outlet, e.kind, e.category, e.label, e.term, e.match, e.sentence, e.sentenceStart, e.sentenceEnd, e.start, e.end,
      e.voice, e.speaker, e.speakerGroup, e.cue, e.section, e.excluded, e.negation,
    ]);
  });
  let voiceWords = '';
  for (const v of r.voiceWords) voiceWords += line([idx, r.outlet, v.group, v.speaker, v.quotedWords, v.reportedWords]);
  let terms = '';
  const { stems, forms, counts } = r.terms;
  for (let i = 0; i < counts.length; i++) terms += line([idx, r.outlet, stems[i], forms[i], counts[i]]);
  let shingleRows = '';
  for (const h of shingles) shingleRows += `${idx},${h}\n`;
  let boilerplate = '';
  for (const b of r.boilerplate) boilerplate += line([idx, b.start, b.end, b.reason, b.words]);
  return { articles, hits, voice_words: voiceWords, terms, shingles: shingleRows, boilerplate };
}
