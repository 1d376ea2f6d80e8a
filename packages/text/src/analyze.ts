import { boilerplate } from './boilerplate.js';
import { paragraphs, sentences } from './sentences.js';
import { tokenize } from './tokenize.js';
import type { Doc } from './types.js';
import { plausibleSpeakers } from './speaker-phrase.js';
import { detectVoice } from './voice/index.js';

/** Analyse one article text: tokens, sentences, paragraphs, boilerplate and voice spans. */
export function analyze(text: string): Doc {
  const tokens = tokenize(text);
  const sents = sentences(text, tokens);
  const paras = paragraphs(text);
  const boiler = boilerplate(text, paras);
  // SPEAKERS (#21): adverbs, subheads and accusative objects are not speakers
  const spans = plausibleSpeakers(detectVoice({ text, tokens, sentences: sents, paragraphs: paras, boilerplate: boiler }));
  return { text, tokens, sentences: sents, paragraphs: paras, spans, boilerplate: boiler };
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
