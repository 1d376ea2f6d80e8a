// The voice rules for news of issue 23, run after detectVoice's own analysis, in this order (each
// rule in its own file, its examples and look-alikes at the top and in news-rules.test.ts).
import type { VoiceSpan } from '../types.js';
import { accusation } from './accusation.js';
import { blockQuotes } from './block-quotes.js';
import { RuleContext, type RuleDoc } from './context.js';
import { continuation } from './continuation.js';
import { noAttribution } from './no-attribution.js';
import { nonSpeechSubjunctive } from './non-speech-subjunctive.js';
import { opinion } from './opinion.js';
import { parenthetical } from './parenthetical.js';
import { partialQuotes } from './partial-quote.js';
import { speechComplements } from './speech-complements.js';
import { quotedTitles } from './titles.js';

export function newsRules(doc: RuleDoc, spans: VoiceSpan[]): VoiceSpan[] {
  const c = new RuleContext(doc, spans);
  // first what is not speech, then new speech, then the speakers carried on
  nonSpeechSubjunctive(c);
  noAttribution(c);
  quotedTitles(c);
  partialQuotes(c);
  blockQuotes(c);
  parenthetical(c);
  opinion(c);
  speechComplements(c);
  accusation(c);
  continuation(c);
  return c.spans;
}
