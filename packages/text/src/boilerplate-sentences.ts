import type { Sentences } from './sentences.js';
import type { BoilerplateSpan, Span, Token } from './types.js';

/**
 * Sentences never start in page furniture and run on into the article: a sentence that begins
 * inside a boilerplate span (a date header, a leading photo credit) and goes on past its end is
 * split where the span ends, so " date 2022-01 In Belarus versuchte …" gives the sentence
 * "In Belarus versuchte …" (and "date 2022-01" one of its own, inside the boilerplate). Returns
 * `sents` itself when nothing is split. `boiler` is sorted by start, as `boilerplate` returns it.
 *
 * @example
 * // text " date 2022-01 In Belarus versuchte die Bevölkerung …", boilerplate [date-header 1-13]
 * // sentences before: [1, 60) → after: [1, 13) and [14, 60)
 */
export function splitAtBoilerplate(tokens: Token[], sents: Sentences, boiler: BoilerplateSpan[]): Sentences {
  if (boiler.length === 0) return sents;
  const spans: Span[] = [];
  const firsts: number[] = [];
  let b = 0;
  let split = false;
  for (let s = 0; s < sents.spans.length; s++) {
    let span = sents.spans[s]!;
    let first = sents.firsts[s]!;
    const last = sents.firsts[s + 1]!; // one past the sentence's last token
    for (;;) {
      while (b < boiler.length && boiler[b]!.end <= span.start) b++;
      const inside = boiler[b];
      if (inside === undefined || inside.start > span.start || inside.end >= span.end) break;
      // the sentence starts in boilerplate and runs past it: cut at its first token outside every
      // boilerplate span (a caption and its credit side by side are one run of furniture)
      let k = first;
      let c = b;
      while (k < last) {
        while (c < boiler.length && boiler[c]!.end <= tokens[k]!.start) c++;
        if (c === boiler.length || boiler[c]!.start >= tokens[k]!.end) break;
        k++;
      }
      if (k === first || k === last) break;
      spans.push({ start: span.start, end: tokens[k - 1]!.end });
      firsts.push(first);
      span = { start: tokens[k]!.start, end: span.end };
      first = k;
      split = true;
    }
    spans.push(span);
    firsts.push(first);
  }
  if (!split) return sents;
  firsts.push(sents.firsts[sents.spans.length]!);
  return { spans, firsts: Int32Array.from(firsts) };
}
