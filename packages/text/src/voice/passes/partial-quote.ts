// Rule: a quotation after "begründete/rechtfertigte … mit" is the subject's words: quoted, and
// the subject is the speaker.
//   "Der Präsident begründete den Einsatz mit „ausländischer Einmischung“."   quoted, Der Präsident
//   "Die Regierung begründete das Verbot mit der „Gefahr für die öffentliche Ordnung“."
// Look-alike: "Die „Spezialoperation“ dauert nun schon ein Jahr." (no such verb: a scare quote).
import type { RuleContext } from './context.js';
import { speechSubject } from './speech-subject.js';

const GROUNDS_VERBS = new Set([
  'begründet', 'begründete', 'begründeten', 'rechtfertigt', 'rechtfertigte', 'rechtfertigten', 'erklärt', 'erklärte', 'erklärten',
  'verteidigt', 'verteidigte', 'verteidigten', 'kommentiert', 'kommentierte', 'kommentierten', 'bezeichnet', 'bezeichnete', 'quittierte',
]);

export function partialQuotes(c: RuleContext): void {
  for (const q of c.spans) {
    if ((q.voice !== 'distanced' && !(q.voice === 'quoted' && q.speaker === undefined)) || q.cue === undefined || !q.cue.includes('…')) continue;
    const open = c.tokenAt(q.start);
    const s = c.sentenceOf(open);
    if (s === undefined) continue;
    // "mit" just before the quotation (after at most an article and an adjective)
    let mit = -1;
    for (let k = open - 1; k >= Math.max(s.from, open - 3); k--) if (c.norm(k) === 'mit') mit = k;
    if (mit < 0) continue;
    let verb = -1;
    for (let k = mit - 1; k >= s.from && verb < 0; k--) {
      if (c.isComma(k)) break;
      if (GROUNDS_VERBS.has(c.norm(k))) verb = k;
    }
    if (verb < 0) continue;
    q.voice = 'quoted';
    const speaker = speechSubject(c, s.from, verb, mit);
    if (speaker !== undefined) q.speaker = speaker;
  }
}
