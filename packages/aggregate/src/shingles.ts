import type { Shingles } from './article-result.js';

/**
 * A 53-bit integer hash of a string (two FNV-1a 32-bit hashes with different
 * offset bases, combined): exact in a JS number, collisions negligible at
 * corpus scale.
 */
export function hash53(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) >>> 11);
}

/** MurmurHash3's 32-bit finaliser: every input bit affects every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The 64-bit key of a (stem, surface form) pair, as two signed 32-bit
 * integers written to out[at] and out[at + 1]: two independent hashes
 * (FNV-1a and a multiply-xorshift hash, each finalised) of
 * `stem + "\u0000" + form`. Two different pairs share a key with
 * probability about n² / 2⁶⁵ for n distinct pairs (3 × 10⁻⁸ for a million).
 */
export function termKey(stem: string, form: string, out: number[] | Int32Array, at: number): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x5bd1e995 ^ 0x01000193;
  for (let i = 0; i <= stem.length + form.length; i++) {
    const c = i < stem.length ? stem.charCodeAt(i) : i === stem.length ? 0 : form.charCodeAt(i - stem.length - 1);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  out[at] = fmix32(h1);
  out[at + 1] = fmix32(h2 ^ (stem.length << 16) ^ form.length);
}

/**
 * Word shingles of `size` consecutive words (normalised), with their character ranges.
 * hashes[i] = hash53(words i … i + size − 1 joined by single spaces), computed
 * without building the joined string.
 */
export function shingle(words: readonly { norm: string; start: number; end: number }[], size: number): Shingles {
  const count = Math.max(0, words.length - size + 1);
  const out: Shingles = { size, hashes: new Array<number>(count), starts: new Array<number>(count), ends: new Array<number>(count) };
  if (count === 0) return out;
  // every word's code units once, in one typed array (each word is hashed `size` times)
  let total = 0;
  for (const w of words) total += w.norm.length;
  const codes = new Uint16Array(total);
  const at = new Int32Array(words.length + 1);
  for (let i = 0, p = 0; i < words.length; i++) {
    const w = words[i]!.norm;
    for (let j = 0; j < w.length; j++) codes[p++] = w.charCodeAt(j);
    at[i + 1] = p;
  }
  for (let i = 0; i < count; i++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ 0x5bd1e995;
    for (let k = i; k < i + size; k++) {
      if (k > i) {
        // the separating space (code 32)
        h1 = Math.imul(h1 ^ 32, 0x01000193);
        h2 = Math.imul(h2 ^ 32, 0x5bd1e995);
        h2 ^= h2 >>> 15;
      }
      for (let j = at[k]!, e = at[k + 1]!; j < e; j++) {
        const c = codes[j]!;
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
        h2 ^= h2 >>> 15;
      }
    }
    out.hashes[i] = (h1 >>> 0) * 0x200000 + ((h2 >>> 0) >>> 11);
    out.starts[i] = words[i]!.start;
    out.ends[i] = words[i + size - 1]!.end;
  }
  return out;
}
