/** Character classes for the tokenizer's single pass, one byte per UTF-16 code unit. */
export const OTHER = 0;
export const LETTER = 1; // \p{L} and combining marks \p{M}
export const DIGIT = 2; // \p{Nd}
export const SPACE = 3; // whitespace, including NBSP and line breaks
export const JOINER = 4; // soft hyphen, zero-width (non-)joiners, word joiner, BOM: invisible inside words
export const HIGH = 5; // high surrogate: classify the code point

const JOINERS = [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

function build(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const letter = /[\p{L}\p{M}]/u;
  const digit = /\p{Nd}/u;
  const space = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdbff) { table[c] = HIGH; continue; }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) table[c] = LETTER;
      else if (c >= 0x30 && c <= 0x39) table[c] = DIGIT;
      else if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) table[c] = SPACE;
      continue;
    }
    if (letter.test(ch)) table[c] = LETTER;
    else if (digit.test(ch)) table[c] = DIGIT;
    else if (space.test(ch)) table[c] = SPACE;
  }
  for (const c of JOINERS) table[c] = JOINER;
  return table;
}

export const CLASS: Uint8Array = build();

const astralLetter = /^[\p{L}\p{M}]$/u;
const astralDigit = /^\p{Nd}$/u;

/** Class of the character at `i`, resolving surrogate pairs (rare: only astral letters/digits). */
export function classAt(text: string, i: number): number {
  const c = CLASS[text.charCodeAt(i)] ?? OTHER;
  if (c !== HIGH) return c;
  const cp = text.codePointAt(i) ?? 0;
  if (cp < 0x10000) return OTHER; // lone surrogate
  const ch = String.fromCodePoint(cp);
  return astralLetter.test(ch) ? LETTER : astralDigit.test(ch) ? DIGIT : OTHER;
}

export function isUpperAt(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  return ch !== ch.toLowerCase();
}

export function isLowerAt(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  return ch !== ch.toUpperCase();
}
