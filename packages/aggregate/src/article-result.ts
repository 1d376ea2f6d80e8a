/**
 * The per-article map output: small, pure data (JSON / structured-clone safe),
 * never token arrays. `aggregate` turns a list of these into ReportData.
 */
import type { HitKind, Section } from '@framelens/lexicon';
import type { Voice } from '@framelens/text';
import type { LexiconLike, TermLike } from './lexicon-like.js';
import type { EvidenceRow, ReaderArticle } from './report-data.js';

/** Hit counts of one article, one row per kind × category × label × voice × section (counted hits only). */
export interface HitCount {
  kind: HitKind;
  category: string;
  label: string;
  voice: Voice;
  section: Section;
  hits: number;
}

/** Words spoken by one speaker phrase inside quoted / reported spans. */
export interface VoiceWords {
  /** speaker group id, "anonymous" or "unassigned" */
  group: string;
  /** speaker phrase as written, or "anonymous" */
  speaker: string;
  quotedWords: number;
  reportedWords: number;
}

/**
 * The article's terms (stop words, numbers and punctuation removed), one entry
 * per distinct (stem, surface form), in columns: stems in code-unit order, a
 * stem's forms most frequent first (then in code-unit order). `counts[i]` is
 * how often `forms[i]` occurs; a stem's count is the sum over its forms.
 * `keys[2i]` and `keys[2i + 1]` are two 32-bit hashes of
 * `stems[i] + "\u0000" + forms[i]` (see termKey): the aggregator counts by
 * this 64-bit key and reads the strings only the first time it meets a key.
 */
export interface TermCounts {
  stems: string[];
  forms: string[];
  counts: number[];
  keys: number[];
}

/**
 * Word shingles of the article body (boilerplate excluded), in text order:
 * shingle i covers word i … i + size − 1; `starts[i]` / `ends[i]` are its
 * character offsets; `hashes[i]` is a 53-bit integer hash of its normalised words.
 */
export interface Shingles {
  size: number;
  hashes: number[];
  starts: number[];
  ends: number[];
}

/** Evidence as the map step knows it (labels from the lexicon are added by `aggregate`). */
export type ArticleEvidence = Omit<EvidenceRow, 'categoryLabel'>;

export interface ArticleResult {
  article: string;
  outlet: string;
  title?: string;
  date?: string;
  datePrecision?: string;
  url?: string;
  path: string;
  sha256: string;
  /** word tokens outside boilerplate, body plus title */
  wordTokens: number;
  /** of which in the title */
  titleWordTokens: number;
  /** word tokens inside boilerplate spans (excluded from every rate) */
  boilerplateTokens: number;
  boilerplate: { start: number; end: number; reason: string; words: number }[];
  /** counted hits (boilerplate hits excluded), pre-aggregated */
  counts: HitCount[];
  /** one row per hit, counted or not (see EvidenceRow.excluded) */
  evidence: ArticleEvidence[];
  voiceWords: VoiceWords[];
  terms: TermCounts;
  shingles: Shingles;
  /**
   * MinHash signature of `shingles.hashes` (128 values of 16 bits, `minhashSignature`), computed
   * in the map step; absent when there are no shingles. The aggregator computes it from the
   * shingles when a result comes without it. A `Uint16Array`: it crosses from a worker thread as one
   * block of 256 bytes and the aggregator stores it with one copy (from an array of numbers each
   * value is converted on its own: 4.5 µs per article).
   */
  signature?: Uint16Array;
  /**
   * The distinct shingle hashes, sorted (`uniqueHashes(shingles)`), set by `compactShingles` in the
   * map step, which then empties `shingles.hashes`, `starts` and `ends` (keeping `size`): what the
   * streaming aggregator needs of the shingles (for its `shingleStore`) crosses to the main thread
   * as one typed array, not three arrays of numbers, and is sorted on the worker thread.
   */
  distinctShingles?: Float64Array;
  /**
   * Numeric hit-cell ids (see `CellNumbering`), set by `summariseArticle` when it is given the
   * lexicon: `counts[i]` is the cell of `counts[i]` of this result and `evidence[i]` that of
   * `evidence[i]` (label id × 4 + voice index), or −1 for a row whose kind, category or label the
   * numbering does not know. `numbering` is the numbering's `key`: the aggregator uses the ids only
   * when it equals the key of the numbering it derives from its own lexicon (and the columns are
   * as long as `counts` and `evidence`), and reads the rows' strings otherwise. Same output either way.
   */
  cells?: CellIds;
  reader: ReaderArticle;
}

/** `ArticleResult.cells`: one cell id per count row and per evidence row. */
export interface CellIds {
  numbering: number;
  counts: number[];
  evidence: number[];
}

/** Voices in cell-id order: a cell id is label id × 4 + the index of its voice here. */
export const CELL_VOICES: readonly Voice[] = ['authorial', 'quoted', 'reported', 'distanced'];

/**
 * A deterministic numbering of every kind × category × label × voice the matcher can emit for a
 * lexicon (the map step's `Hit.label` is the term as written in the lexicon): kinds in the order
 * frame, referent, claim; categories (kc ids) and each category's labels in lexicon order, a
 * repeated one numbered once; label ids run over all categories; cell id = label id × 4 + voice
 * index (`CELL_VOICES`). The map step and the aggregator derive it independently from the same
 * lexicon; `key` (a 32-bit hash of the whole numbering) tells whether they did.
 */
export interface CellNumbering {
  key: number;
  /** per kc id */
  kinds: HitKind[];
  categories: string[];
  /** per label id: its kc id and label */
  labelKc: Int32Array;
  labels: string[];
  /** kind → category → label → label id (nested: the map step's strings come from the lexicon's entries, whose hashes V8 keeps) */
  labelIds: Map<string, Map<string, Map<string, number>>>;
  /** number of cell ids (labels × 4) */
  cells: number;
}

const numberings = new WeakMap<LexiconLike, CellNumbering>();

/** The cell numbering of a lexicon (memoised per lexicon object). */
export function cellNumbering(lexicon: LexiconLike): CellNumbering {
  let n = numberings.get(lexicon);
  if (n) return n;
  const kinds: HitKind[] = [];
  const categories: string[] = [];
  const labelKc: number[] = [];
  const labels: string[] = [];
  const labelIds = new Map<string, Map<string, Map<string, number>>>();
  const kcIds = new Map<string, number>();
  // FNV-1a over every kind, category and label in order, separated by code unit 0 (a label id's place is part of the hash)
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0, 0x01000193);
  };
  const add = (kind: HitKind, id: string, terms: readonly (string | TermLike)[]) => {
    const kcKey = `${kind}\u0000${id}`;
    let kc = kcIds.get(kcKey);
    if (kc === undefined) {
      kcIds.set(kcKey, (kc = kinds.length));
      kinds.push(kind);
      categories.push(id);
    }
    let byCategory = labelIds.get(kind);
    if (!byCategory) labelIds.set(kind, (byCategory = new Map()));
    let byLabel = byCategory.get(id);
    if (!byLabel) byCategory.set(id, (byLabel = new Map()));
    for (const t of terms) {
      const label = typeof t === 'string' ? t : t.term;
      if (byLabel.has(label)) continue;
      byLabel.set(label, labels.length);
      labelKc.push(kc);
      labels.push(label);
      mix(kind);
      mix(id);
      mix(label);
    }
  };
  for (const f of lexicon.frames) add('frame', f.id, f.terms);
  for (const r of lexicon.referents ?? []) add('referent', r.id, r.labels);
  for (const c of lexicon.claims ?? []) add('claim', c.id, c.terms);
  for (const v of CELL_VOICES) mix(v);
  n = { key: h | 0, kinds, categories, labelKc: Int32Array.from(labelKc), labels, labelIds, cells: labels.length * CELL_VOICES.length };
  numberings.set(lexicon, n);
  return n;
}

/** The cell id of a hit, or −1 when the numbering does not know its kind, category, label or voice. */
export function cellId(n: CellNumbering, kind: string, category: string, label: string, voice: string): number {
  const l = n.labelIds.get(kind)?.get(category)?.get(label);
  if (l === undefined) return -1;
  const v = CELL_VOICES.indexOf(voice as Voice);
  return v < 0 ? -1 : l * CELL_VOICES.length + v;
}

/** The label id of a cell id (the inverse of `cellId`: an index into `CellNumbering.labels`). */
export function cellLabel(id: number): number {
  return Math.floor(id / CELL_VOICES.length);
}

/** The voice of a cell id (the inverse of `cellId`). */
export function cellVoice(id: number): Voice {
  return CELL_VOICES[id % CELL_VOICES.length]!;
}
