import type { BoilerplateSpan, Span, Token, VoiceSpan } from './types.js';

export interface VoiceInput {
  text: string;
  tokens: Token[];
  sentences: Span[];
  paragraphs: Span[];
  boilerplate: BoilerplateSpan[];
}

/** Placeholder until voice detection lands (issue 4): everything is authorial. */
export function detectVoice(_input: VoiceInput): VoiceSpan[] {
  return [];
}
