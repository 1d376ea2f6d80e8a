import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFacts, distinctHashes, type FactsInput } from './article-facts.js';
import { field } from './csv.js';
import { partFile, PartWriter, readerFile } from './part-writer.js';
import { FACT_TABLES } from './schema.js';
import { parseShard, shardOf } from './shard.js';

const input: FactsInput = {
  article: 'taz/2022-01-07-a', outlet: 'taz', title: 'Er sagte: "Nein"', date: '2022-01-07', language: 'de', path: 'corpus/k/taz/2022-01-07-a.md', sha256: 'ab',
  wordTokens: 12, titleWordTokens: 3, boilerplateTokens: 2,
  boilerplate: [{ start: 0, end: 10, reason: 'caption', words: 2 }],
  evidence: [
    { id: 'taz/2022-01-07-a#20-27:frame:protest', article: 'taz/2022-01-07-a', outlet: 'taz', kind: 'frame', category: 'protest', label: 'Unruhen', term: 'Unruhen', match: 'Unruhen', sentence: 'Die Unruhen, sagte er, "gehen weiter".', sentenceStart: 16, sentenceEnd: 54, start: 20, end: 27, voice: 'authorial', section: 'lead' },
    { id: 'taz/2022-01-07-a#2-9:frame:protest', article: 'taz/2022-01-07-a', outlet: 'taz', kind: 'frame', category: 'protest', label: 'Unruhen', term: 'Unruhen', match: 'Unruhen', sentence: 'Foto: Unruhen', sentenceStart: 0, sentenceEnd: 10, start: 2, end: 9, voice: 'authorial', section: 'caption', excluded: 'boilerplate' },
  ],
  voiceWords: [{ group: 'government', speaker: 'Tokajew', quotedWords: 4, reportedWords: 0 }],
  terms: { stems: ['unruh'], forms: ['Unruhen'], counts: [2] },
  shingles: { hashes: [5, 3, 5, 9] },
};

describe('the map step rows', () => {
  it('one line per article, hit, speaker, term, distinct shingle and boilerplate span, with one encoding each', () => {
    const rows = articleFacts(input, 7, 120, { part: 's0of1-main', offset: 300, bytes: 44 });
    expect(rows.articles).toBe('7,"taz/2022-01-07-a","taz","Er sagte: ""Nein""","2022-01-07",,,"corpus/k/taz/2022-01-07-a.md","ab",120,12,3,2,3,"s0of1-main",300,44,"de"\n');
    const hits = rows.hits.split('\n').filter(Boolean);
    expect(hits).toHaveLength(2);
    // the position in the article's evidence list is kept (ord), absent values are empty (NULL), quotes doubled
    expect(hits[0]).toMatch(/^7,0,"taz\/2022-01-07-a#20-27:frame:protest",.*"Die Unruhen, sagte er, ""gehen weiter"".",16,54,20,27,"authorial",,,,"lead",,$/);
    expect(hits[1]).toMatch(/,"caption","boilerplate",$/);
    expect(rows.voice_words).toBe('7,"taz","government","Tokajew",4,0\n');
    expect(rows.terms).toBe('7,"taz","unruh","Unruhen",2\n');
    expect(rows.shingles).toBe('7,3\n7,5\n7,9\n');
    expect(rows.boilerplate).toBe('7,0,10,"caption",2\n');
    // every line has as many fields as its table has columns (no field here holds a comma outside quotes)
    const columns = new Map(FACT_TABLES.map((t) => [t.name, t.columns.length]));
    expect(rows.voice_words.trim().split(',')).toHaveLength(columns.get('voice_words')!);
    expect(rows.terms.trim().split(',')).toHaveLength(columns.get('terms')!);
  });
  it('an empty string stays an empty string, NULL is nothing', () => {
    expect([field(''), field(undefined), field(null), field(0), field('a"b')]).toEqual(['""', '', '', '0', '"a""b"']);
  });
  it('distinct hashes, sorted', () => {
    expect([...distinctHashes([5, 3, 5, 9, 3])]).toEqual([3, 5, 9]);
  });
});

describe('a part writer', () => {
  it('appends to its own files; a writer opened again continues the evidence offsets', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'facts-'));
    try {
      const w = new PartWriter(dir, 'w1');
      w.add(input, 0, 120, 'line a\r\n', { article: input.article });
      w.close();
      const again = new PartWriter(dir, 'w1');
      again.add({ ...input, article: 'taz/b' }, 1, 100, 'line bb\r\n');
      again.close();
      expect(readFileSync(partFile(dir, 'evidence', 'w1'), 'utf8')).toBe('line a\r\nline bb\r\n');
      const articles = readFileSync(partFile(dir, 'articles', 'w1'), 'utf8').trim().split('\n');
      expect(articles[0]!.endsWith(',"w1",0,8,"de"')).toBe(true);
      expect(articles[1]!.endsWith(',"w1",8,9,"de"')).toBe(true);
      // only the first article was given a reader payload
      expect(readFileSync(readerFile(dir, 'w1'), 'utf8')).toBe(`{"idx":0,"reader":{"article":"${input.article}"}}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('shards', () => {
  it('an article id always falls in the same shard, and the shards split a corpus', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `outlet-${i % 7}/2022-01-${String(i).padStart(3, '0')}`);
    const counts = [0, 0, 0];
    for (const id of ids) counts[shardOf(id, 3)]!++;
    expect(counts.every((n) => n > 60)).toBe(true);
    expect(shardOf('taz/2022-01-07-a', 3)).toBe(shardOf('taz/2022-01-07-a', 3));
    expect(shardOf('taz/2022-01-07-a', 1)).toBe(0);
  });
  it('parses K/N and explains a bad value with an example', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(() => parseShard('3/3')).toThrow(/K from 0 to N - 1 \(got "3\/3"\), e.g. --shard 0\/3/);
    expect(() => parseShard('1')).toThrow(/--shard takes K\/N/);
  });
});
