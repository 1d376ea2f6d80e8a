import { boilerplate, paragraphs, tokenize } from '@framelens/text';
import { REUSE_SHINGLE_SIZE } from './schema.js';
import { findSpan } from './span-search.js';

/**
 * Word shingles of a text in text order: shingle i covers word i … i + size − 1; `starts[i]` /
 * `ends[i]` are its character offsets; `hashes[i]` is a 53-bit integer hash of its normalised words.
 */
export interface Shingles {
  size: number;
  hashes: number[];
  starts: number[];
  ends: number[];
}

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

/**
 * The hashes of the shingles of `size` consecutive words (normalised), in text order:
 * hashes[i] = hash53(words i … i + size − 1 joined by single spaces), computed without building the
 * joined string.
 */
export function shingleHashes(words: readonly { norm: string }[], size: number): Float64Array {
  const count = Math.max(0, words.length - size + 1);
  const out = new Float64Array(count);
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
    out[i] = (h1 >>> 0) * 0x200000 + ((h2 >>> 0) >>> 11);
  }
  return out;
}

/** Word shingles of `size` consecutive words with their character ranges (see Shingles). */
export function shingle(words: readonly { norm: string; start: number; end: number }[], size: number): Shingles {
  const hashes = shingleHashes(words, size);
  const out: Shingles = { size, hashes: Array.from(hashes), starts: new Array<number>(hashes.length), ends: new Array<number>(hashes.length) };
  for (let i = 0; i < hashes.length; i++) {
    out.starts[i] = words[i]!.start;
    out.ends[i] = words[i + size - 1]!.end;
  }
  return out;
}

/** The distinct values of a list of shingle hashes, ascending (sorts `hashes` in place). */
export function distinctHashes(hashes: Float64Array): Float64Array {
  const sorted = hashes.sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/**
 * The shingles the map step computes, recomputed from the article text alone (tokens, paragraphs
 * and boilerplate of @framelens/text, as `analyze` finds them; no voice detection): the reduce
 * aligns the texts of text-reuse pairs with them.
 */
export function textShingles(text: string, size = REUSE_SHINGLE_SIZE): Shingles {
  const tokens = tokenize(text);
  const boiler = [...boilerplate(text, paragraphs(text))].sort((a, b) => a.start - b.start);
  const words: { norm: string; start: number; end: number }[] = [];
  for (const t of tokens) if (t.kind === 'word' && findSpan(boiler, t.start) < 0) words.push(t);
  return shingle(words, size);
}
