/**
 * Test helpers that build a Doc and Hits by hand, independently of
 * @framelens/text and @framelens/lexicon, so aggregation is checked on its own.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import type { Article, Outlet } from '@framelens/corpus';
import type { Hit, HitKind } from '@framelens/lexicon';
import type { BoilerplateSpan, Doc, Span, Token, Voice, VoiceSpan } from '@framelens/text';
import { isStopword } from '@framelens/text';

const corpusDir = fileURLToPath(new URL('../../../../corpus/kazakhstan-2022/', import.meta.url));

/** The verbatim body of a seed article (front matter removed). */
export function seedText(relPath: string): string {
  const raw = readFileSync(corpusDir + relPath, 'utf8');
  return raw.replace(/^---\n[\s\S]*?\n---\n/, '');
}

export function article(id: string, outlet: string, text: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    outlet,
    language: 'de',
    text,
    source: { path: `corpus/kazakhstan-2022/${id}.md`, sha256: createHash('sha256').update(text).digest('hex') },
    ...extra,
  };
}

export function outlet(id: string, name: string, status: 'confirmed' | 'inferred' = 'confirmed'): Outlet {
  return { id, name, language: 'de', attribution: { status } };
}

/** Tokens: one Unicode word RegExp; digits/dots/hyphens/slashes only → number. Stems: the lower-cased word minus a final -en/-n/-e/-s. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu)) {
    const norm = m[0].toLowerCase().replaceAll('ß', 'ss');
    const kind = /^[\d.\-/]+$/.test(m[0]) ? 'number' : 'word';
    out.push({ start: m.index, end: m.index + m[0].length, norm, stem: kind === 'word' ? norm.replace(/(en|n|e|s)$/, '') : norm, kind });
  }
  return out;
}

export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

/** Sentences: break after . ? ! (optionally a closing quote) before whitespace and a capital or opening quote, and at paragraph ends. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs(text)) {
    let start = p.start;
    const body = text.slice(p.start, p.end);
    for (const m of body.matchAll(/[.?!][«»“"]?(?=\s+[A-ZÄÖÜ»„«])/g)) {
      out.push({ start, end: p.start + m.index + m[0].length });
      start = p.start + m.index + m[0].length + 1;
    }
    out.push({ start, end: p.end });
  }
  return out;
}

/** Span of `phrase` (the n-th occurrence after `after`), failing loudly when the text lacks it. */
export function find(text: string, phrase: string, after = ''): Span {
  const from = after ? text.indexOf(after) : 0;
  if (from < 0) throw new Error(`context not in text: ${after}`);
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`phrase not in text: ${phrase}`);
  return { start, end: start + phrase.length };
}

export function doc(text: string, spans: VoiceSpan[] = [], boilerplate: BoilerplateSpan[] = []): Doc {
  return { text, tokens: tokens(text), sentences: sentences(text), paragraphs: paragraphs(text), spans, boilerplate };
}

export interface HitSpec {
  kind?: HitKind;
  category: string;
  /** the matched surface text */
  word: string;
  /** a phrase before the match that makes it unique */
  after?: string;
  voice?: Voice;
  label?: string;
  speaker?: string;
  speakerGroup?: string;
}

export function hit(d: Doc, spec: HitSpec): Hit {
  const span = find(d.text, spec.word, spec.after);
  const sentence = d.sentences.findIndex((s) => s.start <= span.start && span.start < s.end);
  const h: Hit = { kind: spec.kind ?? 'frame', category: spec.category, label: spec.label ?? spec.word, term: spec.word, start: span.start, end: span.end, sentence, voice: spec.voice ?? 'authorial' };
  if (spec.speaker) h.speaker = spec.speaker;
  if (spec.speakerGroup) h.speakerGroup = spec.speakerGroup;
  return h;
}

export { isStopword };
