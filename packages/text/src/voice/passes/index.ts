// Document-level passes for news (issue 23), run on the spans of the per-unit rules (../rules/):
// they read across sentences and paragraphs, which a unit rule cannot. Each pass is a file of its
// own with its examples and look-alikes first and its test beside it (<name>.test.ts).
import type { VoiceSpan } from '../../types.js';
import { accusation } from './accusation.js';
import { blockQuotes } from './block-quotes.js';
import { type NewsScratch, RuleContext, type RuleDoc } from './context.js';
import { continuation } from './subjunctive-continuation.js';
import { hearsaySollen } from './hearsay-sollen.js';
import { opinionHolders } from './opinion-holders.js';
import { quotedHeadings } from './quoted-headings.js';
import { roleNouns } from './role-nouns.js';
import { noAttribution } from './no-attribution.js';
import { nonSpeechSubjunctive } from './non-speech-subjunctive.js';
import { opinion } from './opinion.js';
import { parenthetical } from './parenthetical.js';
import { partialQuotes } from './partial-quote.js';
import { speechComplements } from './speech-complements.js';
import { quotedTitles } from './titles.js';

export { NewsScratch } from './context.js';

/** Run the passes on `spans` (those of the per-unit rules); `scratch` holds buffers reused between documents. */
export function newsPasses(doc: RuleDoc, spans: VoiceSpan[], scratch?: NewsScratch): VoiceSpan[] {
  const c = new RuleContext(doc, spans, scratch);
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
  opinionHolders(c);
  hearsaySollen(c);
  continuation(c);
  // then who the speakers are: a role noun's named person, a heading's quoted speaker
  roleNouns(c);
  quotedHeadings(c);
  return c.spans;
}
