import { analyze } from '../../../../analyze.js';
import { english } from '../../index.js';

/** Spans of English `text` as [voice, covered text, speaker?] rows, in output order. */
export function rows(text: string): [string, string, string?][] {
  return analyze(text, english).spans.map((s) => (s.speaker === undefined ? [s.voice, text.slice(s.start, s.end)] : [s.voice, text.slice(s.start, s.end), s.speaker]));
}
