/**
 * `arr`, or a copy of it (zeros after its values) with room for at least `needed` values, growing
 * by `factor` from at least 16: for typed arrays filled as results arrive.
 */
export function grow<T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(arr: T, needed: number, factor = 2): T {
  if (needed <= arr.length) return arr;
  let size = Math.max(16, arr.length);
  while (size < needed) size = Math.ceil(size * factor);
  const out = new (arr.constructor as new (n: number) => T)(size);
  out.set(arr);
  return out;
}
