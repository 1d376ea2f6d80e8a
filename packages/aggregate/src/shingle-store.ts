import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { grow } from './grow.js';

/**
 * Where the streaming aggregator keeps each article's distinct shingle hashes (sorted, about
 * 1.8 KB for a 2 KB article) from `add()` until `finish()`, which checks near-duplicate
 * candidates on them: without a store every candidate's text is read again and tokenized again,
 * once per pair whose partner is not in a small cache (a homogeneous corpus of 50,000 articles
 * has hundreds of thousands of candidate pairs).
 */
export interface ShingleStore {
  /** the distinct hashes of the article added as `slot` (0, 1, 2, … in the order of `add`) */
  put(slot: number, hashes: Float64Array): void;
  /** what `put` stored for `slot` */
  get(slot: number): Float64Array;
}

const VALUE = Float64Array.BYTES_PER_ELEMENT;

/**
 * A ShingleStore in a file (memory stays flat however many articles there are): hashes are
 * appended through a 1 MB buffer and read back with one positioned read each (the operating
 * system's page cache serves them). The caller creates the file's folder and removes the file
 * after `close()`.
 */
export class FileShingleStore implements ShingleStore {
  private readonly fd: number;
  private buffer = new Float64Array(1 << 17);
  /** values waiting in the buffer */
  private buffered = 0;
  /** values in the file */
  private written = 0;
  /** per slot: offset in values (of the file followed by the buffer), and length + 1 (0: none) */
  private offsets = new Float64Array(1024);
  private lengths = new Int32Array(1024);

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w+');
  }

  put(slot: number, hashes: Float64Array): void {
    this.offsets = grow(this.offsets, slot + 1);
    this.lengths = grow(this.lengths, slot + 1);
    if (this.buffered + hashes.length > this.buffer.length) this.flush();
    this.offsets[slot] = this.written + this.buffered;
    this.lengths[slot] = hashes.length + 1;
    if (hashes.length > this.buffer.length) {
      this.writeValues(hashes);
      return;
    }
    this.buffer.set(hashes, this.buffered);
    this.buffered += hashes.length;
  }

  get(slot: number): Float64Array {
    const length = slot < this.lengths.length ? this.lengths[slot]! - 1 : -1;
    if (length < 0) throw new Error(`shingle store: nothing stored for slot ${slot}`);
    const offset = this.offsets[slot]!;
    if (offset >= this.written) return this.buffer.slice(offset - this.written, offset - this.written + length);
    const out = new Float64Array(length);
    const bytes = new Uint8Array(out.buffer);
    for (let at = 0; at < bytes.length; ) {
      const read = readSync(this.fd, bytes, at, bytes.length - at, (offset * VALUE) + at);
      if (read === 0) throw new Error(`shingle store: ${this.file} ends before slot ${slot}'s hashes`);
      at += read;
    }
    return out;
  }

  close(): void {
    closeSync(this.fd);
  }

  private flush(): void {
    this.writeValues(this.buffer.subarray(0, this.buffered));
    this.buffered = 0;
  }

  private writeValues(values: Float64Array): void {
    const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at, this.written * VALUE + at);
    this.written += values.length;
  }
}
