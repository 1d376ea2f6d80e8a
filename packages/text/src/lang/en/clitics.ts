import { isAlnum, isApostrophe } from '../../token-scan.js';

// English clitics as UD English (EWT) and the Penn Treebank split them: "Russia|'s", "it|'s",
// "they|'re", "I|'m", "we|'ve", "she|'ll", "he|'d", "do|n't", "ca|n't", "wo|n't". A name with an
// apostrophe ("O'Brien", "D'Angelo") and a plural possessive ("the Russians' claims": "'" is a
// token of its own anyway) stay as they are.

const ENDINGS = ['s', 'm', 'd', 're', 've', 'll'];

/** Words UD English writes as two tokens, and where they split ("can|not", "gon|na"). */
const SPLIT: ReadonlyMap<string, number> = new Map([['cannot', 3], ['gonna', 3], ['wanna', 3], ['gotta', 3], ['outta', 3]]);

/** Where the word text[start, end) splits ("cannot" → "can" + "not"), or -1. */
export function splitWord(text: string, start: number, end: number): number {
  const len = end - start;
  if (len !== 5 && len !== 6) return -1;
  const cut = SPLIT.get(text.slice(start, end).toLowerCase());
  return cut === undefined ? -1 : start + cut;
}

/** Length of the clitic at the apostrophe `i` ("'s", "'re", "’ll"), or 0. */
export function clitic(text: string, i: number): number {
  if (!isApostrophe(text.charCodeAt(i))) return 0;
  for (const e of ENDINGS) {
    if (text.slice(i + 1, i + 1 + e.length).toLowerCase() === e && !isAlnum(text, i + 1 + e.length)) return e.length + 1;
  }
  return 0;
}

/** The start of "n't" when the apostrophe at `i` is its apostrophe ("don't", "can't", "WON'T"), else -1. */
export function cliticBefore(text: string, start: number, i: number): number {
  if (i - 1 < start) return -1;
  const n = text.charCodeAt(i - 1) | 0x20;
  const t = text.charCodeAt(i + 1) | 0x20;
  return n === 0x6e && t === 0x74 && !isAlnum(text, i + 2) ? i - 1 : -1;
}
