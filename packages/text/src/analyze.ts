import { Analyzer, type AnalyzedDoc } from './analyzer.js';
import { german } from './lang/de/index.js';
import type { Language } from './lang/types.js';
import type { Doc } from './types.js';

/**
 * Analyse one article text: tokens, sentences, paragraphs, boilerplate and voice spans, with the
 * per-token columns. A convenience that makes a new `Analyzer` for the call; for many texts create
 * one `Analyzer` (per worker) and call its `analyze`, which reuses its memos.
 */
export function analyze(text: string, language: Language = german): AnalyzedDoc {
  return new Analyzer({ capacity: 1 << 10, language }).analyze(text);
}

/** Word tokens outside boilerplate: the denominator of every density. */
export function wordTokenCount(doc: Doc): number {
  const b = doc.boilerplate;
  let count = 0;
  let k = 0;
  for (const t of doc.tokens) {
    if (t.kind !== 'word') continue;
    while (k < b.length && b[k]!.end <= t.start) k++;
    const span = b[k];
    if (span !== undefined && span.start < t.end && t.start < span.end) continue;
    count++;
  }
  return count;
}
