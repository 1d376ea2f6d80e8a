// Rule: a dass/ob clause or an infinitive clause after a verb or noun of saying is that speaker's
// reported speech, in the indicative too; particle verbs count with their particle.
//   "Der Minister hob dabei hervor, dass die Wahlen frei waren."   reported, speaker Der Minister
//   "Die Ärzte machen darauf aufmerksam, dass …" / "Die Sprecherin wies darauf hin, dass …"
//   "Der Ermittler hat die Vermutung ausgesprochen, dass …" / "Im Bericht steht zu lesen, dass …"
//   "Die Journalisten fragten, ob die Regierung zurücktritt."
//   "Die Regierung forderte die Bürger auf, zu Hause zu bleiben." / "Der Stadtrat beschloss, … zu schließen."
//   "Die Polizei gab an, drei Menschen seien festgenommen worden."  speaker Die Polizei
// Look-alikes: "Die Tatsache, dass …", "so stark, dass …", "ohne dass …", "Dass …, steht fest";
// "Die Polizei versuchte, die Menge zu zerstreuen." (no verb of saying); "Der Vorstand gab den Ton an."
import { COMPLEMENTISER, KONJ1, KONJ2, SEP, SPEECH } from '../cues.js';
import { isBare, type RuleContext } from './context.js';
import { COMPLEMENT_NOUNS, COMPLEMENT_VERBS, CUE_VERB, PARTICIPLES, PARTICLE_VERBS } from './words.js';
import { attributesNothing } from './no-attribution.js';
import { speechSubject } from './speech-subject.js';

/** Is token `i` a verb of saying for a complement in [i, to): a speech verb, or a particle verb whose particle follows? */
export function speechVerbAt(c: RuleContext, i: number, to: number): boolean {
  if ((c.cue[i]! & CUE_VERB) === 0) return false;
  const n = c.norm(i);
  if (COMPLEMENT_VERBS.has(n) || PARTICIPLES.has(n)) return true;
  const particles = PARTICLE_VERBS.get(n);
  if (particles === undefined) return false;
  for (let k = i + 1; k < to && (c.bits(k) & SEP) === 0; k++) if (particles.includes(c.norm(k))) return true;
  return false;
}

/** The verb or noun of saying in the frame [from, to), or -1. "steht zu lesen" counts. */
function frameVerb(c: RuleContext, from: number, to: number, infinitive: boolean): number {
  for (let i = from; i < to; i++) {
    // every word below is a CUE_VERB word or a verb of saying: no other token is read
    if ((c.cue[i]! & CUE_VERB) === 0 && (c.bits(i) & SPEECH) === 0) continue;
    const n = c.norm(i);
    if (attributesNothing(c, i)) continue;
    if (speechVerbAt(c, i, to)) return i;
    if ((c.bits(i) & SPEECH) !== 0 && !infinitive) return i;
    if (!infinitive && COMPLEMENT_NOUNS.has(n)) return i;
    if (n === 'lesen' && c.norm(i - 1) === 'zu') return i;
    if (n === 'wissen' && c.norm(i - 1) === 'wollte') return i;
  }
  return -1;
}

const PASSIVE = new Set(['wurde', 'wurden', 'wird', 'werden', 'worden']);
function isPassive(c: RuleContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (PASSIVE.has(c.norm(i))) return true;
  return false;
}
function isFirstPerson(c: RuleContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (c.norm(i) === 'ich' || c.norm(i) === 'wir') return true;
  return false;
}

/** Does the clause [from, to) end in an infinitive with "zu" ("zu bleiben", "teilzunehmen")? */
function infinitiveClause(c: RuleContext, from: number, to: number): boolean {
  const last = c.trimEnd(from, to) - 1;
  if (last <= from) return false;
  const n = c.norm(last);
  if (!/en$|ern$|eln$/.test(n)) return false;
  return c.norm(last - 1) === 'zu' || /^(an|auf|aus|ein|mit|teil|vor|zurück|weg|her|hin|ab|fest|wiederher|bei|dar|nach|um|frei|fort|hinzu|zusammen)zu./.test(n);
}

export function speechComplements(c: RuleContext): void {
  if ((c.cues & CUE_VERB) === 0) return;
  for (const s of c.sentences) {
    // a verb or noun of saying from words.ts (and a comma, below): detectVoice itself frames the
    // clauses after the plain verbs of saying ("sagte, dass …", "erklärte, … sei")
    if ((s.cues & CUE_VERB) === 0) continue;
    // whether the clause before the next comma holds such a word (most do not)
    let candidate = false;
    for (let k = s.from; k < s.to - 1; k++) {
      if (!c.isComma(k)) {
        if ((c.cue[k]! & CUE_VERB) !== 0) candidate = true;
        continue;
      }
      if (!candidate) continue;
      candidate = false;
      const open = k + 1;
      // the frame: from the previous comma (or sentence start) to this one; with no verb or noun of
      // saying there (any kind: the infinitive accepts fewer), nothing below can hold
      let frameFrom = k - 1;
      while (frameFrom > s.from && !c.isComma(frameFrom - 1)) frameFrom--;
      if (frameVerb(c, frameFrom, k, false) < 0) continue;
      // the complement clause: up to the next comma that is followed by a new clause, or the sentence end
      let end = s.to;
      const complementiser = (c.bits(open) & COMPLEMENTISER) !== 0;
      // an infinitive clause ends at the next comma
      let clauseEnd = open;
      while (clauseEnd < s.to && !c.isComma(clauseEnd)) clauseEnd++;
      const infinitive = !complementiser && infinitiveClause(c, open, clauseEnd);
      const bareSubjunctive = !complementiser && !infinitive && c.hasSubjunctive(open, clauseEnd);
      if (!complementiser && !infinitive && !bareSubjunctive) continue;
      if (infinitive) end = clauseEnd;
      const verb = frameVerb(c, frameFrom, k, infinitive);
      if (verb < 0) continue;
      const start = c.doc.tokens[open]!.start;
      const existing = c.speechIn(start, c.doc.tokens[c.trimEnd(open, end) - 1]!.end);
      // a passive frame ("wurden aufgerufen, …") names only whom it was said to; a first-person frame
      // ("Ich bin der Meinung, dass …") is the author's own
      if (isFirstPerson(c, frameFrom, k)) continue;
      const speaker = isPassive(c, frameFrom, k) ? undefined : speechSubject(c, frameFrom, verb, k);
      if (existing.length > 0) {
        // the span is there; name its speaker when it has none ("gab an, … seien …": anonymous), or
        // when it only has one carried from before (a bare Konjunktiv: "Tokajew sagte, … . Ein
        // Sprecher hob hervor, … seien …" is the Sprecher's, not Tokajew's)
        for (const e of existing) if (e.voice === 'reported' && (e.speaker === undefined || e.speaker === 'anonymous' || isBare(e)) && speaker !== undefined) e.speaker = speaker;
        continue;
      }
      if (bareSubjunctive && (c.bits(verb) & (KONJ1 | KONJ2)) !== 0) continue;
      c.add(open, end, 'reported', speaker, c.norm(verb));
    }
  }
}
