import { alnumEnd, isAlnum, isDigitAt, isLetter } from '../../token-scan.js';

// Marks inside English tokens, as UD English (EWT) writes them: times "10:30", "12:42:55"; dates
// "02/13/2001", "8/16/00" (but "24 / 7"); letter pairs "b/c", "w/o". Runs of marks
// are one token: "!!!", "?!", ".?", "====", "***", "___", "$$$", "<<"; an ellipsis stays apart
// from the "?" after it ("... ?").

const SENTENCE_MARKS = '!?.';
const RULES = '=-_*';
const REPEATS = '$<>\\/~#+';

/** The end of the token from `start` continued over the ":" or "/" at `j`, or -1. */
export function joinAt(text: string, start: number, j: number): number {
  const c = text.charCodeAt(j);
  if (isDigitAt(text, start)) {
    // all digits so far, then ":dd" (times) or "/d…" (dates)
    for (let k = start; k < j; k++) if (!isDigitAt(text, k)) return -1;
    let e = j;
    let slashes = 0;
    for (;;) {
      if (c === 0x3a && text.charCodeAt(e) === 0x3a && isDigitAt(text, e + 1) && isDigitAt(text, e + 2) && !isAlnum(text, e + 3)) e += 3;
      else if (c === 0x2f && text.charCodeAt(e) === 0x2f && isDigitAt(text, e + 1)) {
        const d = alnumEnd(text, e + 1);
        for (let k = e + 1; k < d; k++) if (!isDigitAt(text, k)) return -1;
        e = d;
        slashes++;
      } else break;
    }
    // a date has two slashes ("8/16/00"); "24/7" and "9/10" are a number, a slash and a number
    return e > j && (c === 0x3a || slashes >= 2) ? e : -1;
  }
  // "b/c", "w/o": one letter, slash, one letter
  if (c === 0x2f && j - start === 1 && isLetter(text, j + 1) && !isAlnum(text, j + 2)) return j + 2;
  return -1;
}

/** The end of a run of marks from `i` that is one token ("!!!", "?!", "=====", "$$$"), `i + 1` for a lone mark. */
export function punctRun(text: string, i: number): number {
  const c = text[i]!;
  const n = text.length;
  let e = i + 1;
  if (text.startsWith('...', i)) while (e < n && text[e] === '.') e++;
  else if (SENTENCE_MARKS.includes(c)) while (e < n && SENTENCE_MARKS.includes(text[e]!)) e++;
  else if (RULES.includes(c)) while (e < n && RULES.includes(text[e]!)) e++;
  else if (REPEATS.includes(c)) while (e < n && text[e] === c) e++;
  return e;
}
