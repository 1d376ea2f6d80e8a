/** A copy of `a` in a new array of `size` entries (for growing reused buffers). */
export function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
