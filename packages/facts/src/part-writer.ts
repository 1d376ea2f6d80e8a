import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { replayResult, type ArticleResult } from './article-result.js';
import type { ArticleRow, ArticleSink, BoilerplateRow, HitRow, VoiceWords } from './rows.js';
import { COMMA, DigitWriter, NEWLINE } from './digit-writer.js';
import { field } from './csv.js';
import { FACT_TABLES, type FactTable } from './schema.js';
import type { TermEntry } from './term-memo.js';
import { TermTotals } from './term-totals.js';

/** The file of one writer's part of a table (`<dir>/<table>-<writer>.csv`). */
export function partFile(dir: string, table: FactTable, writer: string): string {
  return path.join(dir, `${table}-${writer}.csv`);
}

/** The file of one writer's reader payloads (JSON lines `{"idx": …, "reader": …}`). */
export function readerFile(dir: string, writer: string): string {
  return path.join(dir, `readers-${writer}.ndjson`);
}

/** Characters buffered per file before a write. */
const FLUSH_AT = 1 << 20;
/** Term totals kept before they are written (memory stays flat however many articles a writer sees). */
const TERM_ROWS = 100_000;

type Buffered = FactTable | 'readers';

/**
 * Appends articles' fact rows to one writer's part files in `dir` (a worker thread or process has
 * its own writer id, so no two write the same file): `start(idx, bytes)`, then `mapArticle(…,
 * writer)`, then `reader(payload)` for an article whose reader payload the report may keep.
 * CSV: numbers as they are, strings in double quotes (a quote doubled), NULL as nothing.
 * Synchronous: the parts are complete when `close()` returns (term totals are written then).
 * A writer opened again appends to its files.
 */
export class PartWriter implements ArticleSink {
  private readonly fds = new Map<Buffered, number>();
  private readonly pending = new Map<Buffered, string>();
  private readonly totals = new TermTotals();
  /** the shingles part: digits written straight into a buffer (its rows are most of the parts' rows) */
  private readonly shingleRows: DigitWriter;
  private idx = 0;
  private bytes = 0;
  private ord = 0;
  /** sentences of the current article written so far: title flag, start and end, three numbers each */
  private sentences: number[] = [];

  constructor(
    readonly dir: string,
    readonly writer: string,
  ) {
    mkdirSync(dir, { recursive: true });
    // every table gets its file, even when empty, so that the reduce finds each one
    for (const t of FACT_TABLES) this.open(t.name, partFile(dir, t.name, writer));
    this.open('readers', readerFile(dir, writer));
    this.shingleRows = new DigitWriter(this.fds.get('shingles')!);
  }

  /** The next article's index in the sorted corpus and its text's UTF-8 bytes. */
  start(idx: number, bytes: number): void {
    this.idx = idx;
    this.bytes = bytes;
    this.ord = 0;
    this.sentences.length = 0;
  }

  /** Add one collected result (aggregate's `aggregate()` over results): its rows and optionally its reader payload. */
  add(result: ArticleResult, idx: number, bytes: number, reader?: unknown): void {
    this.start(idx, bytes);
    replayResult(result, this);
    if (reader !== undefined) this.reader(reader);
  }

  hit(h: HitRow): void {
    const title = h.section === 'title' ? 1 : 0;
    if (!this.written(title, h.sentenceStart, h.sentenceEnd)) {
      this.sentences.push(title, h.sentenceStart, h.sentenceEnd);
      this.append('sentences', `${this.idx},${title === 1},${h.sentenceStart},${h.sentenceEnd},${field(h.sentence)}\n`);
    }
    this.append(
      'hits',
      `${this.idx},${this.ord++},${field(h.kind)},${field(h.category)},${field(h.label)},${field(h.term)},${field(h.match)},${h.sentenceStart},${h.sentenceEnd},` +
        `${h.start},${h.end},${field(h.voice)},${field(h.speaker)},${field(h.speakerGroup)},${field(h.cue)},${field(h.section)},${field(h.excluded)},${field(h.negation)}\n`,
    );
  }

  /** Whether the current article's sentence (title flag, start, end) was written (hits come in sentence order: the last one, mostly). */
  private written(title: number, start: number, end: number): boolean {
    const s = this.sentences;
    for (let i = s.length - 3; i >= 0; i -= 3) if (s[i] === title && s[i + 1] === start && s[i + 2] === end) return true;
    return false;
  }

  voiceWords(v: VoiceWords): void {
    this.append('voice_words', `${this.idx},${field(v.group)},${field(v.speaker)},${v.quotedWords},${v.reportedWords}\n`);
  }

  terms(outlet: string, language: string | undefined, entries: readonly TermEntry[]): void {
    this.totals.add(outlet, language, entries);
    if (this.totals.rows >= TERM_ROWS) this.drainTerms();
  }

  shingles(hashes: Float64Array): void {
    const out = this.shingleRows;
    for (let i = 0; i < hashes.length; i++) {
      out.room(32);
      out.int(this.idx);
      out.byte(COMMA);
      out.uint53(hashes[i]!);
      out.byte(NEWLINE);
    }
  }

  boilerplate(b: BoilerplateRow): void {
    this.append('boilerplate', `${this.idx},${b.start},${b.end},${field(b.reason)},${b.words}\n`);
  }

  article(r: ArticleRow): void {
    this.append(
      'articles',
      `${this.idx},${field(r.article)},${field(r.outlet)},${field(r.title)},${field(r.date)},${field(r.datePrecision)},${field(r.url)},${field(r.path)},${field(r.sha256)},` +
        `${this.bytes},${r.wordTokens},${r.titleWordTokens},${r.boilerplateTokens},${r.shingles},${field(r.language)}\n`,
    );
  }

  /** The current article's reader payload. */
  reader(payload: unknown): void {
    this.append('readers', `${JSON.stringify({ idx: this.idx, reader: payload })}\n`);
  }

  private drainTerms(): void {
    const { terms, stems } = this.totals.drain();
    this.append('terms', terms);
    this.append('term_stems', stems);
  }

  private open(table: Buffered, file: string): void {
    this.fds.set(table, openSync(file, 'a'));
    this.pending.set(table, '');
  }

  private append(table: Buffered, text: string): void {
    const buffered = this.pending.get(table)! + text;
    if (buffered.length >= FLUSH_AT) {
      this.pending.set(table, '');
      this.write(table, buffered);
    } else this.pending.set(table, buffered);
  }

  private write(table: Buffered, text: string): void {
    if (text === '') return;
    const bytes = Buffer.from(text, 'utf8');
    const fd = this.fds.get(table)!;
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
  }

  /** Write everything buffered, term totals included. */
  flush(): void {
    this.drainTerms();
    this.shingleRows.flush();
    for (const [table, text] of this.pending) {
      this.pending.set(table, '');
      this.write(table, text);
    }
  }

  close(): void {
    this.flush();
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
    this.pending.clear();
  }
}
