import { writeSync } from 'node:fs';

/**
 * CSV of integers written as ASCII digits straight into a reused buffer, then to a file: no
 * string per number (a shingle hash as a string cost four times the CPU, and its garbage).
 *
 *   const out = new DigitWriter(fd);
 *   out.room(32); out.int(7); out.byte(COMMA); out.uint53(4503599627370495); out.byte(NEWLINE);
 *   out.flush(); // "7,4503599627370495\n"
 */
export class DigitWriter {
  private readonly buf = Buffer.allocUnsafe(1 << 20);
  private at = 0;

  constructor(private readonly fd: number) {}

  /** Make room for `n` more bytes (writes what is buffered when it would not fit). */
  room(n: number): void {
    if (this.at + n > this.buf.length) this.flush();
  }

  byte(code: number): void {
    this.buf[this.at++] = code;
  }

  /** A non-negative integer below 2³¹. */
  int(v: number): void {
    let len = 1;
    for (let t = v; t >= 10; t = (t / 10) | 0) len++;
    const buf = this.buf;
    for (let k = this.at + len - 1; k >= this.at; k--) {
      const q = (v / 10) | 0;
      buf[k] = 48 + v - q * 10;
      v = q;
    }
    this.at += len;
  }

  /** A non-negative integer below 2⁵³, as `String(v)` writes it. */
  uint53(v: number): void {
    const hi = Math.floor(v / 1e8);
    if (hi === 0) return this.int(v);
    this.int(hi);
    // the low eight digits, zero-padded
    const buf = this.buf;
    let lo = v - hi * 1e8;
    for (let k = this.at + 7; k >= this.at; k--) {
      const q = (lo / 10) | 0;
      buf[k] = 48 + lo - q * 10;
      lo = q;
    }
    this.at += 8;
  }

  flush(): void {
    for (let p = 0; p < this.at; ) p += writeSync(this.fd, this.buf, p, this.at - p);
    this.at = 0;
  }
}

export const COMMA = 44;
export const NEWLINE = 10;
