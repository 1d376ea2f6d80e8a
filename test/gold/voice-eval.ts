// Shared by test/voice-gold.test.ts and scripts/eval-voice.ts: load the voice gold standard,
// run detectVoice on each seed, and compare.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
// relative import: the workspace root does not depend on @framelens/text (tests and tsx run the sources)
import { voiceAt } from '@framelens/lexicon';
import { analyze, type Doc, type Voice, type VoiceSpan } from '@framelens/text';

// `yaml` is a dependency of @framelens/corpus, not of the workspace root: resolve it from there.
const require = createRequire(fileURLToPath(new URL('../../packages/corpus/package.json', import.meta.url)));
export const YAML = require('yaml') as { parse(text: string): unknown };

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CORPUS = `${ROOT}corpus/kazakhstan-2022/`;

export interface GoldQuote { text: string; start: number; speaker?: string; note?: string }
export interface GoldMarked { text: string; start: number; voice: 'distanced' | 'name'; note?: string }
export interface GoldOccurrence { text: string; start: number; terms: string[]; voice: Voice; speaker?: string; note?: string }
export interface GoldArticle {
  path: string;
  quotations: GoldQuote[];
  scare_quotes_and_names: GoldMarked[];
  occurrences: GoldOccurrence[];
}

export function loadGold(): GoldArticle[] {
  const raw = YAML.parse(readFileSync(`${ROOT}test/gold/voice-seeds.yaml`, 'utf8')) as { articles: GoldArticle[] };
  return raw.articles.map((a) => ({
    ...a,
    quotations: a.quotations ?? [],
    scare_quotes_and_names: a.scare_quotes_and_names ?? [],
    occurrences: a.occurrences ?? [],
  }));
}

/** The article body as Doc.text sees it: the Markdown file after its YAML front matter. */
export function articleText(path: string): string {
  return readFileSync(`${CORPUS}${path}`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
}

/**
 * Voice and speaker at [start, end), as a hit gets them (the lexicon's `voiceAt`): the innermost
 * non-name span containing it; the speaker of the innermost span naming one (none for a distancing
 * word inside reported speech: the outlet's own).
 */
export function voiceOf(spans: readonly VoiceSpan[], start: number, end: number): { voice: Voice; speaker?: string } {
  const { voice, speaker } = voiceAt(spans, start, end);
  return speaker === undefined ? { voice } : { voice, speaker };
}

export interface Outcome {
  path: string;
  doc: Doc;
  /** gold quotations not found as a quoted span with exactly these boundaries */
  missedQuotes: GoldQuote[];
  /** quoted spans the gold does not list */
  extraQuotes: VoiceSpan[];
  /** scare quotes and names not found with exactly these boundaries and voice */
  missedMarked: GoldMarked[];
  extraMarked: VoiceSpan[];
  occurrences: { gold: GoldOccurrence; got: { voice: Voice; speaker?: string } }[];
  quoteSpeakers: { gold: GoldQuote; got: string | undefined }[];
}

export function evaluate(article: GoldArticle): Outcome {
  const text = article.path === '' ? '' : articleText(article.path);
  const doc = analyze(text);
  const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
  const quoted = new Map(doc.spans.filter((s) => s.voice === 'quoted').map((s) => [key(s), s]));
  const marked = new Map(doc.spans.filter((s) => s.voice === 'distanced' || s.voice === 'name').map((s) => [key(s), s]));
  const goldQuoteKeys = new Set(article.quotations.map((q) => key({ start: q.start, end: q.start + q.text.length })));
  const goldMarkedKeys = new Set(article.scare_quotes_and_names.map((q) => key({ start: q.start, end: q.start + q.text.length })));
  return {
    path: article.path,
    doc,
    missedQuotes: article.quotations.filter((q) => !quoted.has(key({ start: q.start, end: q.start + q.text.length }))),
    extraQuotes: [...quoted.values()].filter((s) => !goldQuoteKeys.has(key(s))),
    missedMarked: article.scare_quotes_and_names.filter((m) => marked.get(key({ start: m.start, end: m.start + m.text.length }))?.voice !== m.voice),
    extraMarked: [...marked.values()].filter((s) => !goldMarkedKeys.has(key(s))),
    occurrences: article.occurrences.map((o) => ({ gold: o, got: voiceOf(doc.spans, o.start, o.start + o.text.length) })),
    quoteSpeakers: article.quotations.map((q) => ({ gold: q, got: quoted.get(key({ start: q.start, end: q.start + q.text.length }))?.speaker })),
  };
}

export interface VoiceScore { voice: Voice; gold: number; predicted: number; correct: number; precision: number; recall: number; f1: number }

/** Per-voice precision, recall and F1 over occurrences, and overall accuracy. */
export function score(outcomes: Outcome[]): { perVoice: VoiceScore[]; accuracy: number; total: number; speakerAccuracy: number } {
  const voices: Voice[] = ['authorial', 'quoted', 'reported', 'distanced'];
  const all = outcomes.flatMap((o) => o.occurrences);
  const perVoice = voices.map((voice) => {
    const gold = all.filter((x) => x.gold.voice === voice).length;
    const predicted = all.filter((x) => x.got.voice === voice).length;
    const correct = all.filter((x) => x.gold.voice === voice && x.got.voice === voice).length;
    const precision = predicted === 0 ? 1 : correct / predicted;
    const recall = gold === 0 ? 1 : correct / gold;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { voice, gold, predicted, correct, precision, recall, f1 };
  });
  const correct = all.filter((x) => x.gold.voice === x.got.voice).length;
  const voiced = all.filter((x) => x.gold.speaker !== undefined);
  const speakerCorrect = voiced.filter((x) => x.got.speaker === x.gold.speaker).length;
  return { perVoice, accuracy: all.length === 0 ? 0 : correct / all.length, total: all.length, speakerAccuracy: voiced.length === 0 ? 1 : speakerCorrect / voiced.length };
}
