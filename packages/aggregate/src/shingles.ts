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

/** Word shingles of `size` consecutive words (normalised), with their character ranges. */
export function shingle(words: readonly { norm: string; start: number; end: number }[], size: number): Shingles {
  const out: Shingles = { size, hashes: [], starts: [], ends: [] };
  for (let i = 0; i + size <= words.length; i++) {
    let key = words[i]!.norm;
    for (let k = 1; k < size; k++) key += ' ' + words[i + k]!.norm;
    out.hashes.push(hash53(key));
    out.starts.push(words[i]!.start);
    out.ends.push(words[i + size - 1]!.end);
  }
  return out;
}
