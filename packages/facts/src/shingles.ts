import { boilerplate, paragraphs, tokenize, type FormMemo, type Tokenizer } from '@framelens/text';
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

/** MurmurHash3's 32-bit finaliser: every input bit affects every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The hashes of the shingles of `size` consecutive words (normalised), in text order: each word's
 * norm is hashed once to 64 bits (two 32-bit FNV-1a variants), and shingle i's
 * 53-bit hash combines the hashes of words i … i + size − 1 in order (multiply, rotate, finalise).
 * Equal word sequences give equal hashes; two different ones collide with probability about 2⁻⁵³.
 * `forms`: the words' form ids (AnalyzedDoc.columns.form) and their analyzer's memo: each distinct
 * word is hashed once per analyzer, not once per token.
 */
export function shingleHashes(words: readonly { norm: string }[], size: number, forms?: { ids: ArrayLike<number>; memo: FormMemo }): Float64Array {
  const count = Math.max(0, words.length - size + 1);
  const out = new Float64Array(count);
  if (count === 0) return out;
  const wa = new Int32Array(words.length);
  const wb = new Int32Array(words.length);
  const memoA = forms?.memo.table('shingle-hash-a');
  const memoB = forms?.memo.table('shingle-hash-b');
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.norm;
    if (forms !== undefined) {
      const f = forms.ids[i]!;
      const a = memoA!.get(f, w);
      const b = a === undefined ? undefined : memoB!.get(f, w);
      if (b !== undefined) {
        wa[i] = a!;
        wb[i] = b;
        continue;
      }
    }
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ 0x5bd1e995;
    for (let j = 0; j < w.length; j++) {
      const c = w.charCodeAt(j);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    wa[i] = fmix32(h1 ^ w.length);
    wb[i] = fmix32(h2);
    if (forms !== undefined) {
      memoA!.set(forms.ids[i]!, w, wa[i]!);
      memoB!.set(forms.ids[i]!, w, wb[i]!);
    }
  }
  for (let i = 0; i < count; i++) {
    let h1 = 0x9747b28c ^ size;
    let h2 = 0x2f8a1c3d ^ size;
    for (let k = i; k < i + size; k++) {
      h1 = Math.imul(h1 ^ wa[k]!, 0xcc9e2d51);
      h1 = (h1 << 13) | (h1 >>> 19);
      h2 = Math.imul(h2 ^ wb[k]!, 0x1b873593);
      h2 = (h2 << 15) | (h2 >>> 17);
    }
    out[i] = (fmix32(h1) >>> 0) * 0x200000 + (fmix32(h2) >>> 11);
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
 * aligns the texts of text-reuse pairs with them. `tokenizer`: one reused over many texts (its
 * table of word forms makes the next text cheaper; the result is the same).
 */
export function textShingles(text: string, size = REUSE_SHINGLE_SIZE, tokenizer?: Tokenizer): Shingles {
  const tokens = tokenizer ? tokenizer.tokenize(text).tokens : tokenize(text);
  const boiler = [...boilerplate(text, paragraphs(text))].sort((a, b) => a.start - b.start);
  const words: { norm: string; start: number; end: number }[] = [];
  for (const t of tokens) if (t.kind === 'word' && findSpan(boiler, t.start) < 0) words.push(t);
  return shingle(words, size);
}
