import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '@framelens/corpus';
import { analyze } from '@framelens/text';
import { summariseArticle, type ArticleResult } from './article-result.js';
import { COMMA, DigitWriter, NEWLINE } from './digit-writer.js';
import { field } from './csv.js';
import { mapArticle } from './map-article.js';
import { partFile, PartWriter, readerFile } from './part-writer.js';
import { FACT_TABLES, type FactTable } from './schema.js';
import { distinctHashes } from './shingles.js';
import { parseShard, shardOf } from './shard.js';
import { TermMemo } from './term-memo.js';

const hit = { kind: 'frame', category: 'protest', label: 'Unruhen', term: 'Unruhen', match: 'Unruhen', voice: 'authorial' } as const;
const lead = 'Die Unruhen, sagte er, "gehen weiter". Unruhen';
const input: ArticleResult = {
  article: 'taz/2022-01-07-a', outlet: 'taz', title: 'Er sagte: "Nein"', date: '2022-01-07', language: 'de', path: 'corpus/k/taz/2022-01-07-a.md', sha256: 'ab',
  wordTokens: 12, titleWordTokens: 3, boilerplateTokens: 2,
  boilerplate: [{ start: 0, end: 10, reason: 'caption', words: 2 }],
  evidence: [
    { ...hit, id: 'taz/2022-01-07-a#2-9:frame:protest', article: 'taz/2022-01-07-a', outlet: 'taz', sentence: 'Foto: Unruhen', sentenceStart: 0, sentenceEnd: 10, start: 2, end: 9, section: 'caption', excluded: 'boilerplate' },
    { ...hit, id: 'taz/2022-01-07-a#20-27:frame:protest', article: 'taz/2022-01-07-a', outlet: 'taz', sentence: lead, sentenceStart: 16, sentenceEnd: 62, start: 20, end: 27, section: 'lead' },
    { ...hit, id: 'taz/2022-01-07-a#55-62:frame:protest', article: 'taz/2022-01-07-a', outlet: 'taz', sentence: lead, sentenceStart: 16, sentenceEnd: 62, start: 55, end: 62, section: 'lead' },
  ],
  voiceWords: [{ group: 'government', speaker: 'Tokajew', quotedWords: 4, reportedWords: 0 }],
  terms: { stems: ['unruh', 'weit'], forms: ['Unruhen', 'weiter'], counts: [2, 1] },
  shingles: { hashes: [3, 5, 9] },
  reader: { article: 'taz/2022-01-07-a', outlet: 'taz', text: 'x', spans: [], boilerplate: [], hits: [] },
};

type Lines = Record<FactTable | 'readers', string[]>;

/** The lines of every part file a writer `w1` wrote in `dir`. */
function linesIn(dir: string): Lines {
  const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const out = Object.fromEntries(FACT_TABLES.map((t) => [t.name, lines(partFile(dir, t.name, 'w1'))])) as Lines;
  out.readers = lines(readerFile(dir, 'w1'));
  return out;
}

/** Run `fn` with a temporary folder. */
function inTemp<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'facts-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Write results through one writer (index 7, 8, …; the first with a reader payload). */
function written(results: ArticleResult[]): Lines {
  return inTemp((dir) => {
    const w = new PartWriter(dir, 'w1');
    results.forEach((r, i) => w.add(r, 7 + i, 120, i === 0 ? { article: r.article } : undefined));
    w.close();
    return linesIn(dir);
  });
}

/** Rows summed by their first n fields (the store's GROUP BY … sum()). */
function summed(lines: string[], n: number): Record<string, number[]> {
  const totals = new Map<string, number[]>();
  for (const l of lines) {
    const f = l.split(',');
    const v = f.slice(n).map(Number);
    const k = f.slice(0, n).join(',');
    totals.set(k, (totals.get(k) ?? v.map(() => 0)).map((x, i) => x + v[i]!));
  }
  return Object.fromEntries(totals);
}

describe('the map step rows', () => {
  it('one line per article, hit, speaker, distinct shingle and boilerplate span; each sentence with a hit once; one encoding each', () => {
    const rows = written([input]);
    expect(rows.articles).toEqual(['7,"taz/2022-01-07-a","taz","Er sagte: ""Nein""","2022-01-07",,,"corpus/k/taz/2022-01-07-a.md","ab",120,12,3,2,3,"de"']);
    // the position in the article's evidence list is kept (ord), absent values are empty (NULL), quotes doubled;
    // the id, article, outlet and sentence text are not on the hit (the store adds them)
    expect(rows.hits).toHaveLength(3);
    expect(rows.hits[0]).toBe('7,0,"frame","protest","Unruhen","Unruhen","Unruhen",0,10,2,9,"authorial",,,,"caption","boilerplate",');
    expect(rows.hits[2]).toMatch(/^7,2,.*,16,62,55,62,"authorial",,,,"lead",,$/);
    expect(rows.sentences).toEqual(['7,false,0,10,"Foto: Unruhen"', '7,false,16,62,"Die Unruhen, sagte er, ""gehen weiter"". Unruhen"']);
    expect(rows.voice_words).toEqual(['7,"government","Tokajew",4,0']);
    expect(rows.shingles).toEqual(['7,3', '7,5', '7,9']);
    expect(rows.boilerplate).toEqual(['7,0,10,"caption",2']);
    expect(rows.readers).toEqual([`{"idx":7,"reader":{"article":"${input.article}"}}`]);
    // every line has as many fields as its table has columns (no field here holds a comma outside quotes)
    const columns = new Map(FACT_TABLES.map((t) => [t.name, t.columns.length]));
    expect(rows.voice_words[0]!.split(',')).toHaveLength(columns.get('voice_words')!);
    expect(rows.hits[0]!.split(',')).toHaveLength(columns.get('hits')!);
  });

  it('term counts per outlet × language × stem and form, with the articles using each form and each stem', () => {
    const other: ArticleResult = { ...input, article: 'taz/b', terms: { stems: ['unruh', 'unruh'], forms: ['Unruhen', 'Unruhe'], counts: [4, 1] } };
    const english: ArticleResult = { ...input, article: 'taz/c', language: 'en', terms: { stems: ['unrest'], forms: ['unrest'], counts: [1] } };
    const rows = written([input, other, english]);
    expect(summed(rows.terms, 4)).toEqual({
      '"taz","de","unruh","Unruhen"': [6, 2],
      '"taz","de","unruh","Unruhe"': [1, 1],
      '"taz","de","weit","weiter"': [1, 1],
      '"taz","en","unrest","unrest"': [1, 1],
    });
    expect(summed(rows.term_stems, 3)).toEqual({ '"taz","de","unruh"': [2], '"taz","de","weit"': [1], '"taz","en","unrest"': [1] });
  });

  it('a writer fed by mapArticle with one TermMemo writes a form used in two articles as one row', () => {
    const rows = inTemp((dir) => {
      const memo = new TermMemo();
      const w = new PartWriter(dir, 'w1');
      ['Die Truppen kamen. Truppen!', 'Die Truppe blieb, die Truppen gingen.'].forEach((text, i) => {
        const article = { id: `o/${i}`, outlet: 'o', language: 'de', text, source: { path: `corpus/o/${i}.md`, sha256: '' } } as Article;
        w.start(i, text.length);
        mapArticle(article, analyze(text), [], { termMemo: memo }, w);
      });
      w.close();
      return linesIn(dir);
    });
    expect(rows.terms.sort()).toEqual(['"o","de","blieb","blieb",1,1', '"o","de","ging","gingen",1,1', '"o","de","kam","kamen",1,1', '"o","de","trupp","Truppe",1,1', '"o","de","trupp","Truppen",3,2']);
    expect(rows.term_stems.sort()).toEqual(['"o","de","blieb",1', '"o","de","ging",1', '"o","de","kam",1', '"o","de","trupp",2']);
    expect(rows.articles.map((a) => a.split(',').slice(0, 2).join(','))).toEqual(['0,"o/0"', '1,"o/1"']);
  });

  it('summariseArticle collects the rows mapArticle makes', () => {
    const text = 'Die Truppen kamen. Die Truppen blieben in der Stadt, sagte er.';
    const article = { id: 'o/a', outlet: 'o', language: 'de', text, source: { path: 'corpus/o/a.md', sha256: '' } } as Article;
    const r = summariseArticle(article, analyze(text), []);
    expect(r.wordTokens).toBe(11);
    expect(r.terms.stems.slice(0, 2)).toEqual(['blieb', 'kam']);
    // 11 words, 5-word shingles: 7, all distinct, ascending
    expect(r.shingles.hashes).toHaveLength(7);
    expect([...r.shingles.hashes].sort((a, b) => a - b)).toEqual(r.shingles.hashes);
  });

  it('an empty string stays an empty string, NULL is nothing', () => {
    expect([field(''), field(undefined), field(null), field(0), field('a"b')]).toEqual(['""', '', '', '0', '"a""b"']);
  });

  it('writes integers as String() does, straight into a buffer', () => {
    const values = [0, 7, 10, 99_999_999, 100_000_000, 100_000_007, 2 ** 31 - 1, 1_000_000_000_000, 4_503_599_627_370_495, 2 ** 53 - 1];
    const text = inTemp((dir) => {
      const file = path.join(dir, 'ints.csv');
      const fd = openSync(file, 'w');
      const out = new DigitWriter(fd);
      values.forEach((v, i) => {
        out.room(32);
        out.int(i);
        out.byte(COMMA);
        out.uint53(v);
        out.byte(NEWLINE);
      });
      out.flush();
      closeSync(fd);
      return readFileSync(file, 'utf8');
    });
    expect(text).toBe(values.map((v, i) => `${i},${v}\n`).join(''));
  });

  it('distinct hashes, sorted', () => {
    expect([...distinctHashes(Float64Array.from([5, 3, 5, 9, 3]))]).toEqual([3, 5, 9]);
  });

  it('a writer opened again continues its files', () => {
    const rows = inTemp((dir) => {
      for (const [i, id] of ['taz/a', 'taz/b'].entries()) {
        const w = new PartWriter(dir, 'w1');
        w.add({ ...input, article: id }, i, 100);
        w.close();
      }
      return linesIn(dir);
    });
    expect(rows.articles.map((a) => a.split(',').slice(0, 2).join(','))).toEqual(['0,"taz/a"', '1,"taz/b"']);
    expect(rows.hits).toHaveLength(6);
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
