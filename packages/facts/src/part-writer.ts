import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { articleFacts, type FactsInput } from './article-facts.js';
import { FACT_TABLES, type FactTable } from './schema.js';

/** The file of one writer's part of a table (`<dir>/<table>-<writer>.csv`). */
export function partFile(dir: string, table: FactTable, writer: string): string {
  return path.join(dir, `${table}-${writer}.csv`);
}

/** The file of one writer's reader payloads (JSON lines `{"idx": …, "reader": …}`). */
export function readerFile(dir: string, writer: string): string {
  return path.join(dir, `readers-${writer}.ndjson`);
}

/** Bytes buffered per file before a write. */
const FLUSH_AT = 1 << 20;

/**
 * Appends articles' fact rows to one writer's part files in `dir` (a worker thread or process
 * has its own writer id, so no two write the same file). Synchronous: a part is complete when
 * `close()` returns. Nothing is kept per article; a writer may be opened for each batch.
 */
export class PartWriter {
  private readonly fds = new Map<string, number>();
  private readonly pending = new Map<string, string[]>();
  private readonly pendingBytes = new Map<string, number>();

  constructor(
    readonly dir: string,
    readonly writer: string,
  ) {
    mkdirSync(dir, { recursive: true });
    // every table gets its file, even when empty, so that the reduce finds each one
    for (const t of FACT_TABLES) this.append(partFile(dir, t.name, writer), '');
  }

  /** Add one article: its rows and (optionally) its reader payload. */
  add(result: FactsInput, idx: number, bytes: number, reader?: unknown): void {
    const rows = articleFacts(result, idx, bytes);
    for (const t of FACT_TABLES) this.append(partFile(this.dir, t.name, this.writer), rows[t.name]);
    if (reader !== undefined) this.append(readerFile(this.dir, this.writer), `${JSON.stringify({ idx, reader })}\n`);
  }

  private append(file: string, text: string): void {
    let list = this.pending.get(file);
    if (!list) {
      this.pending.set(file, (list = []));
      this.fds.set(file, openSync(file, 'a'));
    }
    if (text === '') return;
    list.push(text);
    const n = (this.pendingBytes.get(file) ?? 0) + text.length;
    this.pendingBytes.set(file, n);
    if (n >= FLUSH_AT) this.flushFile(file);
  }

  private flushFile(file: string): void {
    const list = this.pending.get(file)!;
    if (list.length === 0) return;
    const bytes = Buffer.from(list.join(''), 'utf8');
    list.length = 0;
    this.pendingBytes.set(file, 0);
    const fd = this.fds.get(file)!;
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
  }

  /** Write everything buffered. */
  flush(): void {
    for (const file of this.pending.keys()) this.flushFile(file);
  }

  close(): void {
    this.flush();
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
    this.pending.clear();
  }
}
