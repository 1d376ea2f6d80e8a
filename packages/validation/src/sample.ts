import { InputError } from '@framelens/diagnostics';
import type { ArticleText } from './context.js';
import { seededRandom, shuffled, type Random } from './random.js';
import type { FrameInfo, HitRecord, SentenceRecord } from './types.js';

export interface SampleOptions {
  /** hits drawn per frame (fewer when a frame has fewer distinct hit sentences) */
  perFrame: number;
  /** sentences without any frame hit, for recall */
  negatives: number;
  seed: number;
  /** the sample's date, YYYY-MM-DD: part of its file name and item ids */
  date: string;
}

/** One item to code: a hit (the match highlighted) or a sentence without a hit (a "negative"). */
export interface SampleItem {
  item: string;
  kind: 'hit' | 'negative';
  frame: string;
  frameLabel: string;
  frameDescription: string;
  outlet: string;
  article: string;
  term: string;
  match: string;
  sentence: string;
  /** the match in `sentence` (UTF-16 offsets; both 0 for a negative) */
  matchStart: number;
  matchEnd: number;
  context: string;
  /** detector's answer: only in the key file, never shown to the coder */
  hitId: string;
  voice: string;
  speaker: string;
  sentenceStart: number;
}

/** What was sampled from, for recall and for `framelens validate` (new terms since the sample). */
export interface SampleMeta {
  pipeline: string;
  date: string;
  seed: number;
  perFrame: number;
  negatives: number;
  lexicon: { path: string; sha256: string };
  frames: { id: string; label: string; terms: string[]; hits: number; hitSentences: number; sampled: number }[];
  /** sentences of the corpus without any frame hit (the population the negatives are drawn from) */
  negativeSentences: number;
  items: number;
}

export interface SampleInput {
  pipeline: string;
  frames: FrameInfo[];
  hits: HitRecord[];
  lexicon: { path: string; sha256: string };
  /** every analysed article's text, by article id */
  texts: ReadonlyMap<string, ArticleText>;
}

/** Collapse runs of white space to one space (sentences span line breaks in the source). */
const collapse = (s: string) => s.replace(/\s+/g, ' ');
const WORDS = /\p{L}+/gu;

/**
 * Draw a stratified coding sample (hits in headlines are left out: they have no context). Per frame, hits are dealt round-robin over the strata
 * outlet × detected voice (each stratum shuffled with the seed), so every outlet and voice is
 * represented before any gets a second item; a sentence is drawn once per frame. Negatives are
 * dealt round-robin over the outlets from sentences with no frame hit (at least six words), each
 * asked about one frame in turn. The items are then shuffled together, so hits and negatives
 * are mixed, and numbered `<date>/001`, `<date>/002`, …
 */
export function drawSample(given: SampleInput, options: SampleOptions): { meta: SampleMeta; items: SampleItem[] } {
  // a headline has no sentence context to code in; its hits are left out of the sample
  const input = { ...given, hits: given.hits.filter((h) => h.section !== 'title') };
  const items: Omit<SampleItem, 'item'>[] = [];
  const frameStats: SampleMeta['frames'] = [];
  for (const frame of input.frames) {
    const hits = input.hits.filter((h) => h.frame === frame.id);
    const sentences = new Set(hits.map((h) => `${h.article}#${h.sentenceStart}`));
    const picked = dealRoundRobin(hits, (h) => `${h.outlet}\u0000${h.voice}`, seededRandom(options.seed, `frame:${frame.id}`), options.perFrame, (h) => `${h.article}#${h.sentenceStart}`);
    for (const hit of picked) items.push(hitItem(hit, frame, input.texts.get(hit.article)));
    frameStats.push({ id: frame.id, label: frame.label, terms: frame.terms, hits: hits.length, hitSentences: sentences.size, sampled: picked.length });
  }
  const hitsByArticle = new Map<string, HitRecord[]>();
  for (const h of input.hits) hitsByArticle.set(h.article, [...(hitsByArticle.get(h.article) ?? []), h]);
  const candidates: { sentence: SentenceRecord; text: ArticleText }[] = [];
  for (const [article, text] of [...input.texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const own = hitsByArticle.get(article) ?? [];
    for (const s of text.sentences) {
      const hasHit = own.some((h) => h.sentenceStart === s.start || (h.start < s.end && s.start < h.end));
      if (!hasHit && (s.text.match(WORDS)?.length ?? 0) >= 6) candidates.push({ sentence: s, text });
    }
  }
  const negatives = dealRoundRobin(candidates, (c) => c.sentence.outlet, seededRandom(options.seed, 'negatives'), options.negatives, (c) => `${c.sentence.article}#${c.sentence.start}`);
  const askedFrames = shuffled(input.frames, seededRandom(options.seed, 'negative-frames'));
  negatives.forEach(({ sentence, text }, i) => {
    const frame = askedFrames[i % askedFrames.length]!;
    items.push({
      kind: 'negative', frame: frame.id, frameLabel: frame.label, frameDescription: frame.description, outlet: sentence.outlet, article: sentence.article,
      term: '', match: '', sentence: sentence.text, matchStart: 0, matchEnd: 0, context: text.context(sentence.start, sentence.end),
      hitId: '', voice: '', speaker: '', sentenceStart: sentence.start,
    });
  });
  const ordered = shuffled(items, seededRandom(options.seed, 'order')).map((it, i) => ({ item: `${options.date}/${String(i + 1).padStart(3, '0')}`, ...it }));
  const meta: SampleMeta = {
    pipeline: input.pipeline, date: options.date, seed: options.seed, perFrame: options.perFrame, negatives: options.negatives, lexicon: input.lexicon,
    frames: frameStats, negativeSentences: candidates.length, items: ordered.length,
  };
  return { meta, items: ordered };
}

/**
 * Deal up to `n` items: strata in a seeded order, each stratum shuffled, one item from each
 * stratum in turn; an item whose `unique` key was dealt already is passed over.
 */
function dealRoundRobin<T>(items: readonly T[], stratum: (t: T) => string, random: Random, n: number, unique: (t: T) => string): T[] {
  const groups = new Map<string, T[]>();
  for (const key of [...new Set(items.map(stratum))].sort()) groups.set(key, []);
  for (const item of items) groups.get(stratum(item))!.push(item);
  const queues = shuffled([...groups.keys()], random).map((k) => shuffled(groups.get(k)!, random));
  const out: T[] = [];
  const seen = new Set<string>();
  while (out.length < n && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      if (out.length >= n) break;
      let next = queue.shift();
      while (next !== undefined && seen.has(unique(next))) next = queue.shift();
      if (next === undefined) continue;
      seen.add(unique(next));
      out.push(next);
    }
  }
  return out;
}

function hitItem(hit: HitRecord, frame: FrameInfo, text: ArticleText | undefined): Omit<SampleItem, 'item'> {
  const base = { kind: 'hit' as const, frame: frame.id, frameLabel: frame.label, frameDescription: frame.description, outlet: hit.outlet, article: hit.article, term: hit.term, hitId: hit.id, voice: hit.voice, speaker: hit.speaker, sentenceStart: hit.sentenceStart };
  const source = text?.text;
  if (source === undefined || source.slice(hit.start, hit.end) !== hit.match) {
    throw new InputError([
      {
        file: hit.article,
        severity: 'error',
        ruleId: 'validation/no-analysis',
        message: `the corpus changed since the analysis: hit ${hit.id} ("${hit.match}") is not at ${hit.start}–${hit.end}`,
        expected: 'the corpus as it was analysed',
        example: 'framelens analyze pipelines/<name>, then framelens sample <name>',
      },
    ]);
  }
  const raw = source.slice(hit.sentenceStart, hit.sentenceEnd);
  const lead = raw.length - raw.trimStart().length;
  const matchStart = collapse(source.slice(hit.sentenceStart + lead, hit.start)).length;
  const match = collapse(hit.match);
  return { ...base, match, sentence: collapse(raw).trim(), matchStart, matchEnd: matchStart + match.length, context: text!.context(hit.sentenceStart, hit.sentenceEnd) };
}
