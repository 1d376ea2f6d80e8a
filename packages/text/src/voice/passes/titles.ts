// Rule: a title or name in quotation marks is a name, not a quotation or scare quote.
//   "Das Stück „Die Räuber“ läuft im Stadttheater."            name (after a title noun)
//   "Unter der Überschrift „An die Redaktion“ druckte …"        name
//   "Der Minister sagte der „Süddeutschen Zeitung“, …"           name (ends in a name noun)
//   "Die „Times“ schreibt: …"                                    name (subject of a verb of saying)
// Look-alikes: "Die „Spezialoperation“ dauert an." (a scare quote: no title noun, no verb of
// saying after it); "Die Regierung nennt sie „Terroristen“." (a label: quoted).
import { DETERMINER, SPEECH } from '../cues.js';
import type { RuleContext } from './context.js';

/** Nouns that introduce a title, besides detectVoice's NAME_INTRODUCERS. */
const TITLE_NOUNS = [
  'stück', 'stücks', 'oper', 'operette', 'musical', 'überschrift', 'schlagzeile', 'talkshow', 'serie', 'gedicht', 'kolumne',
  'rubrik', 'ausstellung', 'drama', 'komödie', 'tragödie', 'sinfonie', 'ballett', 'theaterstück', 'reportage', 'dokumentation', 'doku',
];
/** Nouns that end a name written in quotation marks ("Süddeutsche Zeitung", "Neue Zürcher Zeitung"). */
const NAME_TAILS = ['zeitung', 'rundschau', 'allgemeine', 'post', 'nachrichten', 'tagblatt', 'kurier', 'anzeiger', 'presse', 'welt', 'spiegel'];

/** A form of one of `nouns` (with -s, -es, -n, -en), or a compound ending in one ("Theaterstücks"): one pattern per list. */
const endingIn = (nouns: readonly string[]): RegExp => new RegExp(`(?:${nouns.join('|')})(?:s|es|n|en)?$`);
const TITLE = endingIn(TITLE_NOUNS);
const NAME_TAIL = endingIn(NAME_TAILS);

export function quotedTitles(c: RuleContext): void {
  for (const s of c.spans) {
    if (s.voice !== 'distanced' || s.cue === undefined || !s.cue.includes('…')) continue;
    const open = c.tokenAt(s.start);
    const close = c.tokenAt(s.end) - 1; // the closing mark
    const before = open - 1;
    const title = c.isWord(before) && TITLE.test(c.norm(before));
    const lastWord = close - 1;
    const tail = lastWord > open && c.isWord(lastWord) && NAME_TAIL.test(c.norm(lastWord)) && (c.bits(before) & DETERMINER) !== 0;
    // "Die „Times“ schreibt": a definite article opening the sentence, the quotation, a verb of saying
    const subject = before === c.sentenceOf(before)?.from && /^(der|die|das)$/.test(c.norm(before)) && (c.bits(close + 1) & SPEECH) !== 0;
    if (title || tail || subject) s.voice = 'name';
  }
}
