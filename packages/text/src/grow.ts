/** A copy of `a` in a new array of `size` entries (for growing reused buffers). */
export function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/**
 * Hands out fresh `Int32Array`s carved from large chunks, for per-document columns: one buffer
 * allocation per chunk instead of one per document. A view is never handed out twice (a full
 * chunk is left to the views that hold it and a new one begun), so the arrays of two documents
 * never share memory; an arena changes no result, only the cost of allocating.
 */
export class Int32Arena {
  private chunk = new Int32Array(0);
  private used = 0;

  constructor(private readonly chunkSize = 1 << 16) {}

  /** A new zero-filled array of `n` entries. */
  take(n: number): Int32Array {
    if (this.used + n > this.chunk.length) {
      if (n > this.chunkSize >> 2) return new Int32Array(n); // a large document: its own buffer
      this.chunk = new Int32Array(this.chunkSize);
      this.used = 0;
    }
    const view = this.chunk.subarray(this.used, this.used + n);
    this.used += n;
    return view;
  }
}
