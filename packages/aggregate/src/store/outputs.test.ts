import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHits, readParquet, writeRowsParquet, type RowColumn } from './outputs.js';

const dir = await mkdtemp(path.join(os.tmpdir(), 'framelens-outputs-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A hit as hits.parquet stores it: no end, sentence_end, label or id (readHits derives them). */
interface StoredHit {
  article: string;
  section: string | null;
  kind: string;
  category: string;
  term: string;
  match: string;
  sentence: string;
  sentence_start: number;
  start: number;
}
const COLUMNS: RowColumn<StoredHit>[] = [
  { name: 'article', type: 'VARCHAR', value: (h) => h.article },
  { name: 'section', type: 'VARCHAR', value: (h) => h.section },
  { name: 'kind', type: 'VARCHAR', value: (h) => h.kind },
  { name: 'category', type: 'VARCHAR', value: (h) => h.category },
  { name: 'term', type: 'VARCHAR', value: (h) => h.term },
  { name: 'match', type: 'VARCHAR', value: (h) => h.match },
  { name: 'sentence', type: 'VARCHAR', value: (h) => h.sentence },
  { name: 'sentence_start', type: 'INTEGER', value: (h) => h.sentence_start },
  { name: 'start', type: 'INTEGER', value: (h) => h.start },
];

/** The hit of `term` in `text` (JavaScript offsets, UTF-16 code units) inside the sentence `sentence`, as the map step writes it. */
function hitIn(text: string, sentence: string, match: string, category: string): StoredHit & { end: number; sentence_end: number } {
  const sentenceStart = text.indexOf(sentence);
  const start = text.indexOf(match, sentenceStart);
  return { article: 'nd/2022-01-06', section: null, kind: 'frame', category, term: match.toLowerCase(), match, sentence, sentence_start: sentenceStart, start, end: start + match.length, sentence_end: sentenceStart + sentence.length };
}

describe('data/hits.parquet read back with readHits', () => {
  it('gives end, sentence_end, label and id exactly as the map step wrote them, emoji (two UTF-16 units) included', async () => {
    const text = 'Tokajew 🇰🇿 spricht von Terroristen. Die OVKS schickt 😀 Truppen in die Terror-Zone.';
    const hits = [
      hitIn(text, 'Tokajew 🇰🇿 spricht von Terroristen.', 'Terroristen', 'terror'),
      hitIn(text, 'Die OVKS schickt 😀 Truppen in die Terror-Zone.', 'Truppen', 'military'),
      hitIn(text, 'Die OVKS schickt 😀 Truppen in die Terror-Zone.', 'Terror', 'terror'),
    ];
    // the flag and the emoji are beyond U+FFFF: DuckDB's length() alone would be short by 2 and 1
    expect(hits.map((h) => [h.start, h.end, h.sentence_end])).toEqual([[25, 36, 37], [58, 65, 85], [73, 79, 85]]);
    const file = path.join(dir, 'hits.parquet');
    expect(await writeRowsParquet(file, COLUMNS, hits, dir)).toBe(3);
    const read = await readHits<{ id: string; end: number; sentence_end: number; label: string }>(file, (t) => `SELECT id, "end"::INTEGER AS "end", sentence_end::INTEGER AS sentence_end, label FROM ${t}`);
    expect(read).toEqual(hits.map((h) => ({ id: `${h.article}#${h.start}-${h.end}:frame:${h.category}`, end: h.end, sentence_end: h.sentence_end, label: h.term })));
  });
});

describe('writeRowsParquet', () => {
  it('keeps the rows in the order given, undefined as NULL, numbers as their type', async () => {
    const rows = [
      { kind: 'negated-hits', outlet: 'nd', n: 2, share: 0.25 },
      { kind: 'evidence-capped', outlet: undefined, n: 1, share: 1 },
      { kind: 'boilerplate-excluded', outlet: 'augsburger-allgemeine', n: 14, share: 0.0625 },
    ];
    type Row = (typeof rows)[number];
    const columns: RowColumn<Row>[] = [
      { name: 'kind', type: 'VARCHAR', value: (r) => r.kind },
      { name: 'outlet', type: 'VARCHAR', value: (r) => r.outlet },
      { name: 'n', type: 'INTEGER', value: (r) => r.n },
      { name: 'share', type: 'DOUBLE', value: (r) => r.share },
    ];
    const file = path.join(dir, 'rows', 'warnings.parquet');
    await writeRowsParquet(file, columns, rows, dir);
    expect(await readParquet(file)).toEqual([
      { kind: 'negated-hits', outlet: 'nd', n: 2, share: 0.25 },
      { kind: 'evidence-capped', outlet: null, n: 1, share: 1 },
      { kind: 'boilerplate-excluded', outlet: 'augsburger-allgemeine', n: 14, share: 0.0625 },
    ]);
  });
});
