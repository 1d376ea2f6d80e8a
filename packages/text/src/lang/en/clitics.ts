import { isAlnum, isApostrophe, isDigitAt } from '../../token-scan.js';

// English clitics as UD English (EWT) and the Penn Treebank split them: "Russia|'s", "it|'s",
// "they|'re", "I|'m", "we|'ve", "she|'ll", "he|'d", "do|n't", "ca|n't", "wo|n't". A name with an
// apostrophe ("O'Brien", "D'Angelo") and a plural possessive ("the Russians' claims": "'" is a
// token of its own anyway) stay as they are.

const ENDINGS = ['s', 'm', 'd', 're', 've', 'll'];

/**
 * Words UD English writes as two tokens, and where they split: "can|not", "gon|na", and the
 * contractions written without their apostrophe in comments and mail ("do|nt", "I|m", "that|s"),
 * which UD splits as if the apostrophe were there. Left out because they are also words: "its",
 * "ill", "id", "hell", "shell", "well", "were", "wont", "lets", and "Ive" with its capital (Jony
 * Ive); "cant" is kept in (its noun sense is rare next to "can't").
 */
const SPLIT: ReadonlyMap<string, number> = new Map([
  ['cannot', 3], ['gonna', 3], ['wanna', 3], ['gotta', 3], ['outta', 3], ['alot', 1],
  ['dont', 2], ['doesnt', 4], ['didnt', 3], ['cant', 2], ['couldnt', 5], ['wouldnt', 5], ['shouldnt', 6], ['isnt', 2],
  ['arent', 3], ['wasnt', 3], ['werent', 4], ['havent', 4], ['hasnt', 3], ['hadnt', 3], ['aint', 2],
  ['im', 1], ['ive', 1], ['youre', 3], ['theyre', 4], ['youve', 3], ['theyve', 4], ['thats', 4], ['whats', 4],
  ['couldve', 5], ['wouldve', 5], ['shouldve', 6],
]);

/**
 * Unit letters after a number that stay with it: ordinals ("4th", "22nd"), decades ("1990s");
 * any other lower-case unit is a word of its own, as UD English writes it ("375|mm", "650|k", "24|hrs").
 */
const NUMBER_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th', 's']);

/** Where the word text[start, end) splits ("cannot" → "can" + "not", "dont" → "do" + "nt", "8gb" → "8" + "gb"), or -1. */
export function splitWord(text: string, start: number, end: number): number {
  const len = end - start;
  if (isDigitAt(text, start)) return numberUnit(text, start, end);
  if (len < 2 || len > 8) return -1;
  const word = text.slice(start, end);
  // lower case, or a capital only at the start ("Im", "Thats"); never all capitals ("IM"), never "Ive"
  if (word.slice(1) !== word.slice(1).toLowerCase() || word === 'Ive') return -1;
  const cut = SPLIT.get(word.toLowerCase());
  return cut === undefined ? -1 : start + cut;
}

/** "375mm" → 375|mm: where the lower-case unit after a number starts, or -1 ("4th", "1990s", "3G", "10MM" stay whole). */
function numberUnit(text: string, start: number, end: number): number {
  let k = start;
  while (k < end && (isDigitAt(text, k) || text.charCodeAt(k) === 0x2e || text.charCodeAt(k) === 0x2c)) k++;
  if (k === end) return -1;
  for (let q = k; q < end; q++) {
    const c = text.charCodeAt(q);
    if (c < 0x61 || c > 0x7a) return -1;
  }
  return NUMBER_SUFFIXES.has(text.slice(k, end)) ? -1 : k;
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
