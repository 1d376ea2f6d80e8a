import { toCsv } from './csv.js';
import { codingPage } from './page.js';
import type { SampleItem, SampleMeta } from './sample.js';

/** Columns of the coder's file: everything needed to code without the page, answers empty, no detector output. */
export const SAMPLE_COLUMNS = ['item', 'pipeline', 'frame', 'frameLabel', 'frameDescription', 'outlet', 'article', 'term', 'match', 'matchStart', 'matchEnd', 'sentence', 'context', 'coder', 'present', 'voice', 'note'] as const;
/** Columns of the key file next to it: what the detector said about each item. */
export const KEY_COLUMNS = ['item', 'kind', 'frame', 'term', 'outlet', 'article', 'sentenceStart', 'hitId', 'voice', 'speaker'] as const;

/** The files of one sample, by name inside validation/<pipeline>/: sample CSV, key CSV, meta JSON, coding page. */
export function sampleFiles(sample: { meta: SampleMeta; items: SampleItem[] }): Map<string, string> {
  const base = `sample-${sample.meta.date}`;
  const coderRows = sample.items.map((it) => ({ ...it, pipeline: sample.meta.pipeline, coder: '', present: '', voice: '', note: '' }));
  return new Map([
    [`${base}.csv`, toCsv(SAMPLE_COLUMNS, coderRows)],
    [`${base}.key.csv`, toCsv(KEY_COLUMNS, sample.items)],
    [`${base}.json`, JSON.stringify(sample.meta, null, 2) + '\n'],
    [`${base}.html`, codingPage(sample.meta, sample.items)],
  ]);
}
