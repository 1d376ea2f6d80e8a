/**
 * The floor of aggregation, for `bench-aggregate.ts`: the passes over the results that every way of
 * building the report's numbers has to make, done as cheaply as this package knows how, and nothing
 * else. Per result: find its outlet, count each hit row into its outlet × cell and its article's
 * frame counts (by the map step's cell ids), count each evidence row into its outlet × kind ×
 * category, count each surface form by its 64-bit key (`KeyTable`, per-outlet logs added in batches:
 * what `Fold` does), store its MinHash signature. Then: the LSH candidate pairs and the bootstrap
 * of every outlet's frame rates (the same functions the aggregator calls).
 *
 * Not done here, and done by the aggregator: choosing and copying the page's evidence rows,
 * claims' first sentences, speakers, days, reader payloads, checking ids and indexes, stems and
 * distinctive terms, verifying candidate pairs, the Garwood intervals and every table. So the real
 * aggregation cannot be faster than this; how close it gets is the measure of what is left.
 */
import { cellLabel, cellNumbering, type ArticleResult } from '../src/article-result.js';
import type { AggregateContext } from '../src/aggregate.js';
import { KeyTable } from '../src/key-table.js';
import { lshCandidates, SignatureStore } from '../src/minhash.js';
import { bootstrapRatesRows, seedFor } from '../src/stats/bootstrap.js';

const TERM_LOG = 1 << 15;

export interface Floor {
  add(r: ArticleResult, index: number): void;
  /** LSH candidates and (with `samples` > 0) the bootstrap; returns the candidate pairs and bootstrap rows (so nothing is optimised away) */
  finish(): number;
}

export function aggregateFloor(context: AggregateContext, capacity: number): Floor {
  const lexicon = context.lexicon.lexicon;
  const numbering = cellNumbering(lexicon);
  const outlets = context.outlets.map((o) => o.id).sort();
  const outletIndex = new Map(outlets.map((id, o) => [id, o]));
  const O = outlets.length;
  const F = lexicon.frames.length;
  // per cell id: its frame index (−1 for other kinds) and kind × category id
  const cellFrame = new Int32Array(numbering.cells).fill(-1);
  const cellKc = new Int32Array(numbering.cells);
  for (let id = 0; id < numbering.cells; id++) {
    const kc = numbering.labelKc[cellLabel(id)]!;
    cellKc[id] = kc;
    if (numbering.kinds[kc] === 'frame') cellFrame[id] = lexicon.frames.findIndex((f) => f.id === numbering.categories[kc]);
  }
  const cellHits = new Float64Array(numbering.cells * O);
  const kcRows = new Int32Array(numbering.kinds.length * O);
  const frameCounts = new Int32Array(capacity * F);
  const words = new Float64Array(capacity);
  const slotOutlet = new Int32Array(capacity);
  const slotIndex: number[] = [];
  const signatures = new SignatureStore();
  const forms = new KeyTable();
  const logs = Array.from({ length: O }, () => new Int32Array(TERM_LOG));
  const logLength = new Int32Array(O);
  const formCounts: Int32Array[] = Array.from({ length: O }, () => new Int32Array(0));
  const flush = (o: number) => {
    if (formCounts[o]!.length < forms.size) {
      const grown = new Int32Array(Math.ceil(forms.size * 1.5));
      grown.set(formCounts[o]!);
      formCounts[o] = grown;
    }
    const counts = formCounts[o]!;
    const log = logs[o]!;
    for (let k = 0; k < logLength[o]!; k += 2) counts[log[k]!]! += log[k + 1]!;
    logLength[o] = 0;
  };

  return {
    add(r, index) {
      const o = outletIndex.get(r.outlet)!;
      const slot = slotIndex.length;
      slotIndex.push(index);
      slotOutlet[slot] = o;
      words[slot] = r.wordTokens;
      const ids = r.cells!;
      for (let i = 0; i < r.counts.length; i++) {
        const id = ids.counts[i]!;
        const n = r.counts[i]!.hits;
        cellHits[id * O + o]! += n;
        const f = cellFrame[id]!;
        if (f >= 0) frameCounts[slot * F + f]! += n;
      }
      for (let i = 0; i < ids.evidence.length; i++) kcRows[cellKc[ids.evidence[i]!]! * O + o]!++;
      const { keys, counts } = r.terms;
      if (logLength[o]! + 2 * counts.length > logs[o]!.length) flush(o);
      const log = logs[o]!;
      let at = logLength[o]!;
      for (let i = 0; i < counts.length; i++) {
        let f = forms.get(keys[2 * i]!, keys[2 * i + 1]!);
        if (f < 0) f = forms.add(keys[2 * i]!, keys[2 * i + 1]!);
        log[at++] = f;
        log[at++] = counts[i]!;
      }
      logLength[o] = at;
      if (r.signature !== undefined) signatures.set(slot, r.signature);
    },
    finish() {
      for (let o = 0; o < O; o++) flush(o);
      const order = slotIndex.map((index, slot) => [index, slot] as const).sort((a, b) => a[0] - b[0]).map(([, slot]) => slot);
      let out = lshCandidates(signatures, order, { minEstimate: 0.25 }).length;
      const samples = context.settings.bootstrapSamples ?? 0;
      if (samples > 0) {
        for (let o = 0; o < O; o++) {
          const slots = order.filter((s) => slotOutlet[s] === o);
          const counts = new Int32Array(slots.length * F);
          const exposure = new Float64Array(slots.length);
          slots.forEach((s, i) => {
            exposure[i] = words[s]!;
            counts.set(frameCounts.subarray(s * F, s * F + F), i * F);
          });
          if (slots.length >= 5) out += bootstrapRatesRows(counts, F, exposure, { samples, seed: seedFor(context.settings.bootstrapSeed ?? 0, outlets[o]!) }).length;
        }
      }
      return out + kcRows[0]! + cellHits[0]!;
    },
  };
}
