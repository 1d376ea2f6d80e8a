// Rule: hearsay "sollen" with a plain infinitive reports a claim nobody in the sentence makes, when
// the clause describes a state or a habit rather than an order or a plan: a verb of having,
// holding or taking ("besitzen", "kontrollieren", "kassieren") or a word of frequency
// ("jährlich", "regelmäßig", "seit Jahren"). Reported, speaker "anonymous" (the source is not named).
//   "Zudem sollen die Schwiegersöhne jährlich 850 Millionen Dollar Schmiergeld kassieren."   reported
//   "Russische Soldaten sollen den Flughafen kontrollieren."                                 reported
//   "Der Minister soll mehrere Konten im Ausland besitzen."                                 reported
// (With a perfect infinitive, "Die Beamten sollen Bestechungsgelder kassiert haben", the per-unit
// rules already read hearsay.)
// Look-alikes (obligation, plan, question; authorial): "Die Truppen sollen bis Freitag abziehen." /
// "Die Gemeinde soll 200 Wohnungen bauen." / "Was soll das?" / "Der Plan sieht vor, dass die Firmen
// künftig mehr Steuern zahlen sollen." / "Diese soll Gründe für die Entscheidung benennen."
import { COMPLEMENTISER, HEARSAY, NUMBER, RELATIVE_PRONOUN, WORD } from '../cues.js';
import type { RuleContext, Stretch } from './context.js';

/** Verbs of having, holding and taking: what "sollen" asserts of someone as hearsay, rarely as an order. */
const STATE_VERBS = new Set(['besitzen', 'kontrollieren', 'kassieren', 'erhalten', 'beziehen', 'verdienen', 'halten', 'festhalten', 'gehören', 'stammen', 'leben', 'wohnen', 'existieren', 'verfügen', 'unterhalten', 'horten', 'verstecken', 'befinden', 'aufhalten']);
/** Words of frequency or duration: a habit or a state, not an order. */
const FREQUENCY = new Set(['jährlich', 'täglich', 'monatlich', 'wöchentlich', 'regelmässig', 'ständig', 'seit', 'längst', 'heimlich', 'angeblich', 'insgeheim']);
/** Words of a deadline or plan: obligation or intention. */
const PLAN = new Set(['bis', 'ab', 'künftig', 'zukünftig', 'morgen', 'übermorgen', 'demnächst', 'bald', 'sofort', 'nächste', 'nächsten', 'kommende', 'kommenden', 'spätestens', 'später', 'zunächst', 'erst', 'nun', 'jetzt', 'dürfen', 'müssen']);

export function hearsaySollen(c: RuleContext): void {
  for (const s of c.sentences) {
    if ((s.bits & HEARSAY) === 0) continue;
    for (let m = s.from; m < s.to; m++) {
      if ((c.bits(m) & HEARSAY) === 0) continue; // "soll", "sollen"
      const [from, to] = c.clause(s, m);
      if (!isHearsay(c, s, from, m, to)) continue;
      const end = c.trimEnd(from, to);
      if (c.speechIn(c.doc.tokens[from]!.start, c.doc.tokens[end - 1]!.end).length > 0) continue;
      c.add(from, to, 'reported', 'anonymous', c.doc.text.slice(c.doc.tokens[m]!.start, c.doc.tokens[m]!.end));
      break;
    }
  }
}

/** Is "soll(en)" at `m` in the clause [from, to) hearsay with a plain infinitive? */
function isHearsay(c: RuleContext, s: Stretch, from: number, m: number, to: number): boolean {
  const last = c.trimEnd(from, to) - 1;
  if (last <= m || c.norm(c.trimEnd(s.from, s.to)) === '?' || c.norm(s.to - 1) === '?') return false;
  const verb = c.norm(last);
  // a plain infinitive closes the clause (not "zu …", not a perfect "… haben/sein")
  if ((c.bits(last) & WORD) === 0 || !/(en|ern|eln)$/.test(verb) || c.norm(last - 1) === 'zu' || verb === 'haben' || verb === 'sein' || verb === 'werden') return false;
  // a subordinate clause ("dass … sollen", ", die … sollen") states a plan or a rule
  if ((c.bits(from) & COMPLEMENTISER) !== 0 || (from > s.from && (c.bits(from) & RELATIVE_PRONOUN) !== 0) || /^(damit|um|wenn|falls|weil|da|nachdem|bevor|sobald|wie|was|wer|warum|wo|wann)$/.test(c.norm(from))) return false;
  let state = STATE_VERBS.has(verb);
  for (let k = from; k < to; k++) {
    const w = c.norm(k);
    if (PLAN.has(w)) return false;
    if (FREQUENCY.has(w) || (k > m && (c.bits(k) & NUMBER) !== 0 && STATE_VERBS.has(verb))) state = true;
  }
  return state;
}
