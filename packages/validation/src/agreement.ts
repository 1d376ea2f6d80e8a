import { alphaWithInterval, type AlphaResult } from './krippendorff.js';
import type { CodedFile } from './coded.js';
import type { SampleMeta } from './sample.js';
import { CODED_VOICES, DETECTED_TO_CODED, type CodedVoice, type PresentCode } from './types.js';
import { wilson } from './wilson.js';

/** One row of the key file: what the detector said about an item. */
export interface KeyRow {
  item: string;
  kind: 'hit' | 'negative';
  frame: string;
  term: string;
  /** detected voice (hits only) */
  voice: string;
}

export interface Interval {
  estimate: number;
  low: number;
  high: number;
  n: number;
}

export interface PrecisionRow {
  label: string;
  precision: number;
  low: number;
  high: number;
  /** items with a yes or no consensus */
  n: number;
  yes: number;
  no: number;
  /** items every coder marked unsure, or where coders were split evenly */
  unsure: number;
}

/** Everything `framelens agreement` computes; `--json` prints it and analyze shows it in the report. */
export interface AgreementSummary {
  pipeline: string;
  sample: string;
  coders: string[];
  /** items with at least one coding */
  items: number;
  files: { path: string; sha256: string; coder: string; codings: number }[];
  frames: Record<string, PrecisionRow>;
  terms: (PrecisionRow & { frame: string; term: string })[];
  recall: (Interval & { positives: number; note: string }) | null;
  voice: { accuracy: number; low: number; high: number; n: number; labels: CodedVoice[]; confusion: Record<string, Record<string, number>> };
  alpha: { framePresence: AlphaResult; voice: AlphaResult } | null;
  falsePositiveTerms: { frame: string; term: string; falsePositives: number; n: number }[];
}

/** The most frequent code of an item; undefined on a tie (the coders disagree evenly). */
function consensus<T extends string>(codes: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  if (sorted.length === 0 || (sorted.length > 1 && sorted[0]![1] === sorted[1]![1])) return undefined;
  return sorted[0]![0];
}

function precisionRow(label: string, verdicts: readonly (PresentCode | undefined)[]): PrecisionRow {
  const yes = verdicts.filter((v) => v === 'yes').length;
  const no = verdicts.filter((v) => v === 'no').length;
  const w = wilson(yes, yes + no);
  return { label, precision: w.estimate, low: w.low, high: w.high, n: yes + no, yes, no, unsure: verdicts.length - yes - no };
}

/**
 * Agreement of the coders with the detector and with each other. An item's verdict is the
 * coders' majority code (unsure counts as a code; a tie has no verdict). Precision per frame and
 * term = yes / (yes + no) over hit items, with a Wilson 95% interval. Recall is estimated from
 * the negatives: the share q of sampled no-hit sentences coded "yes" scales to the no-hit
 * population (missed sentences ≈ q · N · frames), against precision × hit sentences found; the
 * interval combines the Wilson bounds of q and of precision. Voice: detected voice against the
 * verdict, for hits. Alpha (nominal) over the items, per question, with a bootstrap interval.
 */
export function computeAgreement(input: { meta: SampleMeta; sampleFile: string; key: readonly KeyRow[]; files: readonly (CodedFile & { sha256: string })[]; seed?: number; samples?: number }): AgreementSummary {
  const { meta, key, files } = input;
  const byItem = new Map(key.map((k) => [k.item, k]));
  const present = new Map<string, PresentCode[]>();
  const voices = new Map<string, CodedVoice[]>();
  for (const f of files) {
    for (const c of f.codings) {
      present.set(c.item, [...(present.get(c.item) ?? []), c.present]);
      if (c.voice) voices.set(c.item, [...(voices.get(c.item) ?? []), c.voice]);
    }
  }
  const coded = [...present.keys()].map((id) => byItem.get(id)!).filter(Boolean);
  const hits = coded.filter((k) => k.kind === 'hit');
  const verdict = (k: KeyRow) => consensus(present.get(k.item) ?? []);
  const frameLabel = new Map(meta.frames.map((f) => [f.id, f.label]));

  const frames: Record<string, PrecisionRow> = {};
  for (const f of meta.frames) {
    const own = hits.filter((k) => k.frame === f.id);
    if (own.length) frames[f.id] = precisionRow(f.label, own.map(verdict));
  }
  const termKeys = [...new Set(hits.map((k) => `${k.frame}\u0000${k.term}`))].sort();
  const terms = termKeys.map((tk) => {
    const [frame, term] = tk.split('\u0000') as [string, string];
    return { frame, term, ...precisionRow(frameLabel.get(frame) ?? frame, hits.filter((k) => k.frame === frame && k.term === term).map(verdict)) };
  });
  const falsePositiveTerms = terms
    .filter((t) => t.no > 0)
    .map((t) => ({ frame: t.frame, term: t.term, falsePositives: t.no, n: t.n }))
    .sort((a, b) => b.falsePositives - a.falsePositives || a.term.localeCompare(b.term))
    .slice(0, 10);

  const confusion: Record<string, Record<string, number>> = {};
  for (const d of CODED_VOICES) confusion[d] = Object.fromEntries(CODED_VOICES.map((c) => [c, 0]));
  let right = 0;
  let n = 0;
  for (const k of hits) {
    const coded = consensus(voices.get(k.item) ?? []);
    const detected = DETECTED_TO_CODED[k.voice];
    if (!coded || !detected) continue;
    confusion[detected]![coded]!++;
    n++;
    if (coded === detected) right++;
  }
  const acc = wilson(right, n);

  return {
    pipeline: meta.pipeline,
    sample: input.sampleFile,
    coders: files.map((f) => f.coder),
    items: present.size,
    files: files.map((f) => ({ path: f.file, sha256: f.sha256, coder: f.coder, codings: f.codings.length })),
    frames,
    terms,
    recall: recallEstimate(meta, coded.filter((k) => k.kind === 'negative').map(verdict), frames),
    voice: { accuracy: acc.estimate, low: acc.low, high: acc.high, n, labels: [...CODED_VOICES], confusion },
    alpha: files.length < 2 ? null : {
      framePresence: alphaWithInterval([...present.values()], { seed: input.seed ?? meta.seed, samples: input.samples ?? 2000 }),
      voice: alphaWithInterval([...voices.values()], { seed: input.seed ?? meta.seed, samples: input.samples ?? 2000 }),
    },
    falsePositiveTerms,
  };
}

function recallEstimate(meta: SampleMeta, negatives: readonly (PresentCode | undefined)[], frames: Record<string, PrecisionRow>): AgreementSummary['recall'] {
  const yes = negatives.filter((v) => v === 'yes').length;
  const no = negatives.filter((v) => v === 'no').length;
  if (yes + no === 0) return null;
  const q = wilson(yes, yes + no);
  const missed = (share: number) => share * meta.negativeSentences * meta.frames.length;
  const found = (pick: (r: PrecisionRow) => number) => meta.frames.reduce((s, f) => s + (frames[f.id] ? pick(frames[f.id]!) * f.hitSentences : 0), 0);
  const ratio = (tp: number, fn: number) => (tp + fn === 0 ? Number.NaN : tp / (tp + fn));
  return {
    estimate: ratio(found((r) => r.precision || 0), missed(q.estimate)),
    low: ratio(found((r) => r.low), missed(q.high)),
    high: ratio(found((r) => r.high), missed(q.low)),
    n: yes + no,
    positives: yes,
    note: `${yes} of ${yes + no} sampled sentences without a hit express the frame asked about, of ${meta.negativeSentences} such sentences in the corpus`,
  };
}
