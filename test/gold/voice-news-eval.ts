// Shared by test/voice-news-gold.test.ts and scripts/eval-voice.ts: load the news gold
// (test/gold/voice-news.yaml, inline markup described in its header), run analyze on each passage,
// and score it word by word, the way the published benchmark of German speech representation does
// (issue 23): direct speech as `quoted`, indirect speech as `reported`, any speech or writing.
import { readFileSync } from 'node:fs';
import { analyze, german, type Doc, type Language, type Voice, type VoiceSpan } from '@framelens/text';
import { ROOT, voiceOf, YAML } from './voice-eval.js';

export type GoldKind = 'Q' | 'R' | 'D' | 'N' | 'F';
export interface GoldSpan { start: number; end: number; kind: GoldKind; speaker?: string }
export interface NewsPassage {
  id: string;
  split: 'tune' | 'holdout';
  pattern: string;
  /** the passage as analyze sees it (markup removed) */
  text: string;
  spans: GoldSpan[];
}

const KIND_VOICE: Record<Exclude<GoldKind, 'N' | 'F'>, Voice> = { Q: 'quoted', R: 'reported', D: 'distanced' };
export const NEWS_GOLD = `${ROOT}test/gold/voice-news.yaml`;

/**
 * Markup: `{R:speaker|words}` reported, `{Q:speaker|words}` quoted (the speaker part may be left
 * out: `{R|words}`), `{D|words}` distanced, `{N|words}` a quoted name, `{F|words}` an attribution
 * frame ("sagte Putin", "laut dem Ministerium") that the word scores leave out. Spans nest.
 */
export function parseMarkup(marked: string, where: string): { text: string; spans: GoldSpan[] } {
  let text = '';
  const spans: GoldSpan[] = [];
  const open: { start: number; kind: GoldKind; speaker?: string }[] = [];
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i]!;
    if (c === '{') {
      const m = /^\{([QRDNF])(?::([^|{}]+))?\|/.exec(marked.slice(i));
      if (m === null) throw new Error(`${where}: "{" at ${i} must open a span like {R:Putin|…} or {D|…}, found "${marked.slice(i, i + 12)}"`);
      open.push({ start: text.length, kind: m[1] as GoldKind, ...(m[2] !== undefined ? { speaker: m[2].trim() } : {}) });
      i += m[0].length - 1;
    } else if (c === '}') {
      const o = open.pop();
      if (o === undefined) throw new Error(`${where}: "}" at ${i} closes no span`);
      spans.push({ ...o, end: text.length });
    } else {
      text += c;
    }
  }
  if (open.length > 0) throw new Error(`${where}: span opened at ${open[0]!.start} is not closed with "}"`);
  return { text, spans: spans.sort((a, b) => a.start - b.start || b.end - a.end) };
}

export function loadNewsGold(path = NEWS_GOLD): NewsPassage[] {
  const raw = YAML.parse(readFileSync(path, 'utf8')) as { passages: { id: string; split?: string; pattern: string; text: string }[] };
  return raw.passages.map((p, n) => {
    const where = `${path}: passage ${p.id ?? n + 1}`;
    if (typeof p.text !== 'string') throw new Error(`${where}: text must be a string, e.g. text: "{R:Putin|…}"`);
    if (p.split !== undefined && p.split !== 'tune' && p.split !== 'holdout') throw new Error(`${where}: split must be tune or holdout, got "${p.split}"`);
    return { id: p.id, split: p.split ?? 'tune', pattern: p.pattern, ...parseMarkup(p.text.trim(), where) };
  });
}

/** One word: gold and detected voice, speaker, and which kind of speech surrounds it. */
export interface WordOutcome {
  start: number;
  end: number;
  gold: { voice: Voice; speaker?: string; direct: boolean; speech: boolean };
  got: { voice: Voice; speaker?: string; direct: boolean; speech: boolean };
}
export interface NewsOutcome { passage: NewsPassage; doc: Doc; words: WordOutcome[] }

function goldVoice(text: string, spans: readonly GoldSpan[], start: number, end: number): WordOutcome['gold'] {
  let inner: GoldSpan | undefined;
  let speaking: GoldSpan | undefined;
  let direct = false;
  let speech = false;
  for (const s of spans) {
    if (s.kind === 'N' || s.kind === 'F' || s.start > start || s.end < end) continue;
    if (s.kind === 'Q') direct = true;
    if (s.kind === 'Q' || s.kind === 'R') speech = true;
    if (inner === undefined || s.start >= inner.start) inner = s;
    if (s.speaker !== undefined && (speaking === undefined || s.start >= speaking.start)) speaking = s;
  }
  const voice = inner === undefined ? 'authorial' : KIND_VOICE[inner.kind as 'Q' | 'R' | 'D'];
  // a distancing word (a {D|…} without quotation marks) inside reported speech is the outlet's own:
  // no speaker (as the lexicon's voiceAt reads it); a scare quote keeps the speaker around it
  if (inner?.kind === 'D' && speaking?.kind === 'R' && !/^[„“”"»«‚‘’›‹']/.test(text.slice(inner.start, inner.end))) speaking = undefined;
  return { voice, ...(speaking?.speaker !== undefined ? { speaker: speaking.speaker } : {}), direct, speech };
}

function detectedVoice(spans: readonly VoiceSpan[], start: number, end: number): WordOutcome['got'] {
  const v = voiceOf(spans, start, end);
  const around = spans.filter((s) => s.start <= start && s.end >= end);
  return { ...v, direct: around.some((s) => s.voice === 'quoted'), speech: around.some((s) => s.voice === 'quoted' || s.voice === 'reported') };
}

export function evaluatePassage(passage: NewsPassage): NewsOutcome {
  return evaluatePassageIn(passage, german);
}

/** `evaluatePassage` for a passage in `language` (the English gold: `english`). */
export function evaluatePassageIn(passage: NewsPassage, language: Language): NewsOutcome {
  const doc = analyze(passage.text, language);
  const frames = passage.spans.filter((s) => s.kind === 'F');
  const words = doc.tokens
    .filter((t) => t.kind !== 'punct' && !frames.some((f) => f.start <= t.start && f.end >= t.end))
    .map((t) => ({ start: t.start, end: t.end, gold: goldVoice(passage.text, passage.spans, t.start, t.end), got: detectedVoice(doc.spans, t.start, t.end) }));
  return { passage, doc, words };
}

export interface Prf { gold: number; predicted: number; correct: number; precision: number; recall: number; f1: number }
export function prf(items: readonly WordOutcome[], isGold: (w: WordOutcome) => boolean, isGot: (w: WordOutcome) => boolean): Prf {
  const gold = items.filter(isGold).length;
  const predicted = items.filter(isGot).length;
  const correct = items.filter((w) => isGold(w) && isGot(w)).length;
  const precision = predicted === 0 ? 1 : correct / predicted;
  const recall = gold === 0 ? 1 : correct / gold;
  return { gold, predicted, correct, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export interface NewsScore {
  passages: number;
  words: number;
  perVoice: (Prf & { voice: Voice })[];
  /** benchmark rows: direct speech as quoted, indirect speech (speech that is not direct) as reported, any speech */
  direct: Prf;
  indirect: Prf;
  anySpeech: Prf;
  /** share of words with the gold voice; share of passages where every word has it */
  accuracy: number;
  passageAccuracy: number;
  /** share of words whose gold names a speaker that get exactly that speaker */
  speakerAccuracy: number;
  /** words of someone else's speech that came out as the outlet's own voice */
  speechAsAuthorial: number;
  /** words of the outlet's own voice that came out as someone's speech */
  authorialAsSpeech: number;
}

export function scoreNews(outcomes: readonly NewsOutcome[]): NewsScore {
  const all = outcomes.flatMap((o) => o.words);
  const voices: Voice[] = ['authorial', 'quoted', 'reported', 'distanced'];
  const voiced = all.filter((w) => w.gold.speaker !== undefined);
  return {
    passages: outcomes.length,
    words: all.length,
    perVoice: voices.map((voice) => ({ voice, ...prf(all, (w) => w.gold.voice === voice, (w) => w.got.voice === voice) })),
    direct: prf(all, (w) => w.gold.direct, (w) => w.got.direct),
    indirect: prf(all, (w) => w.gold.speech && !w.gold.direct, (w) => w.got.speech && !w.got.direct),
    anySpeech: prf(all, (w) => w.gold.speech, (w) => w.got.speech),
    accuracy: all.length === 0 ? 0 : all.filter((w) => w.gold.voice === w.got.voice).length / all.length,
    passageAccuracy: outcomes.length === 0 ? 0 : outcomes.filter((o) => o.words.every((w) => w.gold.voice === w.got.voice)).length / outcomes.length,
    speakerAccuracy: voiced.length === 0 ? 1 : voiced.filter((w) => w.got.speaker === w.gold.speaker).length / voiced.length,
    speechAsAuthorial: all.filter((w) => w.gold.speech && !w.got.speech).length,
    authorialAsSpeech: all.filter((w) => !w.gold.speech && w.got.speech).length,
  };
}
