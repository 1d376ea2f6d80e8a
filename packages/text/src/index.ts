export type { Span, Token, TokenKind, Voice, SpanVoice, VoiceSpan, BoilerplateReason, BoilerplateSpan, Doc } from './types.js';
export { VOICES } from './types.js';
