import { analyze } from '../../analyze.js';
import type { VoiceSpan } from '../../types.js';

/** Spans of `text` as [voice, covered text, speaker?] rows, in output order. */
export function rows(text: string): [string, string, string?][] {
  return analyze(text).spans.map((s) => (s.speaker === undefined ? [s.voice, text.slice(s.start, s.end)] : [s.voice, text.slice(s.start, s.end), s.speaker]));
}

/** The voice of the first occurrence of `word` (innermost non-name span, as lexicon.match reads it). */
export function voiceOf(text: string, word: string): { voice: string; speaker?: string } {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`not in text: ${word}`);
  const end = start + word.length;
  let inner: VoiceSpan | undefined;
  for (const s of analyze(text).spans) {
    if (s.voice === 'name' || s.start > start || s.end < end) continue;
    if (!inner || s.start > inner.start || (s.start === inner.start && s.end < inner.end)) inner = s;
  }
  return inner === undefined ? { voice: 'authorial' } : inner.speaker === undefined ? { voice: inner.voice } : { voice: inner.voice, speaker: inner.speaker };
}
