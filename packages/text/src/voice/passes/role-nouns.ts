// Rule: a definite role noun as speaker ("der Politologe", "die Sprecherin", "der Experte") stands
// for the person last introduced earlier in the article with that role and a name.
//   "„Die nächsten Tage entscheiden“, sagt der russische Politologe Juri Solosubow. … „Das ist eine
//    Corona-Revolution“, sagt der Politologe."       speaker der russische Politologe Juri Solosubow
//   "Die Sprecherin des Ministeriums, Anna Weber, sagte … . Die Sprecherin fügte hinzu, …"
//                                                     speaker Die Sprecherin des Ministeriums, Anna Weber
// Look-alikes: "der Politologe" with no named Politologe before stays "der Politologe"; "ein
// Politologe" (indefinite: someone else); "die Regierung" (an institution, not a person's role).
import { CAP, DETERMINER, FUNCTION_WORD, PREPOSITION, PRONOUN, WORD } from '../cues.js';
import type { RuleContext } from './context.js';

const DEFINITE = /^(der|die|dem|den|des)$/i;
/**
 * Nouns of a person's role or trade ("Politologe", "Sprecherin", "Präsident", "Experte", "Anwalt"):
 * by their endings; institutions, things and names ("die Regierung", "die Initiative", "die
 * Mediazona") are none.
 */
const PERSON_ROLE = /(loge|login|er|erin|ent|entin|ist|istin|or|orin|eur|eurin|ant|antin|at|atin|experte|expertin|chef|chefin|anwalt|anwältin|beamte|beamtin|abgeordnete|vorsitzende|zeuge|zeugin)$/;

/** The role noun of a speaker phrase that is only a definite article and a noun ("der Politologe"), lower case; else undefined. */
function bareRole(phrase: string | undefined): string | undefined {
  // "der X", "die X", "den X" …: three letters, a space, one capitalised word
  if (phrase === undefined || phrase.length > 30 || phrase.indexOf(' ') !== 3 || phrase.indexOf(' ', 4) >= 0) return undefined;
  const article = phrase.slice(0, 3);
  const noun = phrase.slice(4);
  if (!DEFINITE.test(article) || !/^\p{Lu}/u.test(noun)) return undefined;
  const role = noun.toLowerCase();
  return PERSON_ROLE.test(role) ? role : undefined;
}

/** The roles a phrase introduces with a name: each capitalised noun followed by a capitalised name ("Politologe Juri Solosubow"). */
function rolesNamed(phrase: string): string[] {
  const w = phrase.replace(/,/g, ' ').split(/\s+/).filter((x) => x !== '');
  const out: string[] = [];
  for (let i = 0; i + 1 < w.length; i++) {
    if (/^\p{Lu}\p{Ll}/u.test(w[i]!) && /^\p{Lu}/u.test(w[i + 1]!) && !DEFINITE.test(w[i + 1]!)) out.push(w[i]!.toLowerCase());
  }
  return out;
}

export function roleNouns(c: RuleContext): void {
  // most documents have no bare role speaker: nothing to do
  let first = -1;
  for (let i = 0; i < c.spans.length && first < 0; i++) if (bareRole(c.spans[i]!.speaker) !== undefined) first = i;
  if (first < 0) return;
  const named = new Map<string, string>(); // role → the last phrase that named a person with it
  for (const sp of c.spans) {
    const speaker = sp.speaker;
    if (speaker === undefined || speaker === 'anonymous') continue;
    const role = bareRole(speaker);
    if (role !== undefined) {
      const person = named.get(role) ?? namedInText(c, role, sp.start);
      if (person !== undefined) sp.speaker = person;
      continue;
    }
    for (const r of rolesNamed(speaker)) named.set(r, speaker);
  }
}

/** The last "<Role> <Name> [<Name>]" before offset `end`, within one sentence ("Politologe Juri Solosubow"), or undefined. */
function namedInText(c: RuleContext, role: string, end: number): string | undefined {
  const written = role[0]!.toUpperCase() + role.slice(1);
  for (let at = c.doc.text.lastIndexOf(written, end - written.length); at >= 0; at = at === 0 ? -1 : c.doc.text.lastIndexOf(written, at - 1)) {
    const k = c.tokenAt(at);
    if (c.doc.tokens[k]?.start !== at || c.norm(k) !== role) continue;
    const s = c.sentenceOf(k);
    let e = k + 1;
    while (e < k + 3 && s !== undefined && e < s.to && isName(c, e)) e++;
    if (e > k + 1) return c.slice(k, e);
  }
  return undefined;
}

/** A capitalised word that is no function word, article, pronoun or preposition ("Juri", "Solosubow"; not "In", "Als"). */
function isName(c: RuleContext, i: number): boolean {
  return (c.bits(i) & (WORD | CAP | FUNCTION_WORD | DETERMINER | PRONOUN | PREPOSITION)) === (WORD | CAP) && c.norm(i).length > 1;
}
