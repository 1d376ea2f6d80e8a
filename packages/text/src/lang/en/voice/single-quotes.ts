// British-style quotations in ASCII single quotes that the shared finder (voice/quotes.ts) leaves
// alone, because there an ASCII ' closes only a short stretch of words:
//   'We will not be intimidated by anyone,' Mr Johnson said.
// An opening ' stands before a letter after white space (or an opening bracket or double mark),
// a closing ' after a letter or , . ! ? and before no letter, both in the same paragraph; an elision
// never opens one ("'90s", "rock 'n' roll", "'em", "'til"), and "Russia's" is a word of its own.
import type { Span, Token } from '../../../types.js';
import type { Marked } from '../../../voice/marked.js';
import type { QuoteSpan } from '../../../voice/types.js';

const ELISIONS = /^(n|em|til|cause|bout|tis|twas)$/i;
const WORD = /[\p{L}\p{N}]/u;

/**
 * `found` (sorted by start, outer before inner) without the stretches the shared finder opened at an
 * elision ("the '90s, rock 'n'"), and with the single-quoted quotations it lacks, sorted the same way.
 */
export function addSingleQuotes(text: string, tokens: Token[], paragraphs: Span[], found: QuoteSpan[], marked: Marked): QuoteSpan[] {
  const quotes = found.filter((q) => !(q.open === 0x27 && (/\d/.test(text[q.innerStart] ?? '') || ELISIONS.test(wordAt(text, q.innerStart)))));
  const used = new Set<number>();
  for (const q of quotes) {
    used.add(q.start);
    used.add(q.end - 1);
  }
  const added: QuoteSpan[] = [];
  let open = -1;
  let p = 0;
  // only the tokens that may hold a quotation mark (`marked`, bit MAY_QUOTE)
  for (let mi = 0; mi < marked.n; mi++) {
    const t = marked.at[mi]!;
    const tok = tokens[t]!;
    if (tok.kind !== 'punct' || tok.end - tok.start !== 1 || text.charCodeAt(tok.start) !== 0x27 || used.has(tok.start)) continue;
    while (p + 1 < paragraphs.length && paragraphs[p]!.end <= tok.start) p++;
    if (open >= 0 && tokens[open]!.start < paragraphs[p]!.start) open = -1; // a new paragraph
    const i = tok.start;
    const before = i > 0 ? text[i - 1]! : ' ';
    const after = i + 1 < text.length ? text[i + 1]! : ' ';
    if (open >= 0 && (WORD.test(before) || /[,.!?]/.test(before)) && !WORD.test(after)) {
      const o = tokens[open]!.start;
      added.push({ start: o, end: i + 1, innerStart: o + 1, innerEnd: i, open: 0x27, closed: true, token: open, endToken: t + 1 });
      open = -1;
    } else if (open < 0 && WORD.test(after) && /[\s([{"\u201c\u2014\u2013]/.test(before) && !ELISIONS.test(wordAt(text, i + 1)) && !/\d/.test(after)) {
      open = t;
    }
  }
  if (added.length === 0) return quotes;
  // keep only the added ones that nest with the quotations found before
  const ok = added.filter((a) => quotes.every((q) => a.end <= q.start || a.start >= q.end || (a.start >= q.start && a.end <= q.end) || (a.start <= q.start && a.end >= q.end)));
  return [...quotes, ...ok].sort((a, b) => a.start - b.start || b.end - a.end);
}

function wordAt(text: string, i: number): string {
  let e = i;
  while (e < text.length && WORD.test(text[e]!)) e++;
  return text.slice(i, e);
}
