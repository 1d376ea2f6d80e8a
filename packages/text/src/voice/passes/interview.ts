// Interview layout (review of 2026-12-07, F1b): the labels at the start of the paragraphs are not
// speakers. The interviewer's label ("Frage:", "F:", "Q:", "Interviewer:", the outlet's name in
// capitals "SZ:", "SPIEGEL:") marks the outlet's own questions: authorial, reported where they
// attribute ("Frage: Frau Berger, Präsident Tokajew spricht von Terroristen." → reported, Präsident
// Tokajew). The answers ("Antwort:", "A:", or the interviewee's name "Hartmann:") are the
// interviewee's words, named as in the lead before the first label. Examples (interview.test.ts):
//   Die Wiener Osteuropa-Historikerin Anna Berger beobachtet Kasachstan … ¶ Frage: Frau Berger, … ¶
//   Antwort: Dafür gibt es keine Belege.                     → quoted, "Anna Berger"
//   Der frühere Bundesbankpräsident Klaus Hartmann warnt … ¶ SZ: Herr Hartmann, …? ¶ Hartmann: Nein.
//                                                            → the question authorial; "Klaus Hartmann"
//   Ein Polizist aus Minsk hat mit uns gesprochen. ¶ F: …? ¶ A: …  → "Ein Polizist aus Minsk"
//   Frage: Wie geht es weiter? ¶ Antwort: Wir warten ab.       (no lead) → "anonymous"
// Labels may be set in bold or italics ("**Frage:**", "**Roth:**", "__SZ:__"; a lower-case bold
// label opening the interview, "**taz:**", is the outlet's).
// The outlet's name in title case or in several words (review2 F3): the first label addresses the
// person of another label ("Abendpost: Frau Kusnezowa, … ¶ Kusnezowa: …", "ZEIT ONLINE: Herr Graf,
// … ¶ Graf: …", "**Tagesspiegel:** Frau Roth, …"): it asks, so it is the interviewer. Look-alikes
// that stay dialogues: a label that is a person named in the lead ("Der Moderator Markus Lanz …
// ¶ Lanz: Herr Graf, …"), an abbreviated or role label ("Präs.: Herr K., …", "Richterin: Herr Graf, …").
// Look-alikes: a court report "Präs.: Sie waren am Bahnhof? ¶ Angekl.: Nein." (both quoted, each
// its label: no interviewer label); "SPIEGEL: …? ¶ Bauer: Nein." without a lead → "Bauer".
import { CAP, DETERMINER, FUNCTION_WORD, PREPOSITION, PUNCT, SPEECH, WORD } from '../cues.js';
import type { RuleContext } from './context.js';
import { speechSubject } from './speech-subject.js';

/** Labels of the interviewer's questions (folded). */
const QUESTION_LABELS = new Set(['frage', 'f', 'q', 'interviewer', 'interviewerin', 'moderator', 'moderatorin', 'moderation', 'question']);
/** Labels of the answers that do not name the interviewee. */
const ANSWER_LABELS = new Set(['antwort', 'a', 'answer']);
/** Courtesy titles before an addressed surname ("Frau Berger", "Herr Professor Lindner"). */
const ADDRESS = new Set(['frau', 'herr', 'herrn']);

export interface InterviewLayout {
  /** the interviewer's label as written ("Frage", "SZ"), or undefined when there is none */
  interviewer: string | undefined;
  /** the interviewee named in the lead ("Anna Berger", "Ein Polizist aus Minsk"), or undefined */
  interviewee: string | undefined;
}

/** The interviewer label and the interviewee of an article with interview labels (`labels`: paragraph → colon token). */
export function interviewLayout(c: RuleContext, labels: ReadonlyMap<number, number>, labelText: (c: RuleContext, from: number, colon: number) => string): InterviewLayout | undefined {
  const first = Math.min(...labels.keys());
  const colon = labels.get(first)!;
  const p = c.paragraphs[first]!;
  const label = labelText(c, p.from, colon);
  // the outlet's name: in capitals ("SZ", "SPIEGEL"), or any label of the first, bold paragraph ("**taz:**")
  const bold = (c.bits(p.from) & PUNCT) !== 0 && /^[*_]$/.test(c.norm(p.from));
  const surname = addressedSurname(c, colon + 1, p.to);
  const asks = QUESTION_LABELS.has(label.toLowerCase()) || isCapitals(label) || (bold && !/^\p{Lu}/u.test(label)) || addressesLabel(c, labels, labelText, label, surname, first);
  if (!asks) return undefined; // a court report or a dialogue: every label speaks
  const interviewer = label;
  return { interviewer, interviewee: leadPerson(c, first, surname) };
}

/** The speaker of an answer paragraph with label `label`. */
export function answerSpeaker(layout: InterviewLayout, label: string): string {
  const who = layout.interviewee;
  if (ANSWER_LABELS.has(label.toLowerCase())) return who ?? 'anonymous';
  // "Hartmann:" after a lead naming "Klaus Hartmann"
  return who !== undefined && who.split(/\s+/).includes(label) ? who : label;
}

/**
 * In a question paragraph (tokens (colon, to)), speech the unit rules gave to the label ("Frage:
 * Moskau spricht von …" → "Frage") belongs to the subject of the verb of saying after the label.
 */
export function questionSpeakers(c: RuleContext, colon: number, to: number, label: string): void {
  const t = c.doc.tokens;
  for (const span of c.speechIn(t[colon]!.end, t[to - 1]!.end)) {
    if (span.speaker !== label) continue;
    let verb = c.tokenAt(span.start) - 1;
    while (verb > colon && (c.bits(verb) & SPEECH) === 0) verb--;
    const who = verb > colon ? speechSubject(c, colon + 1, verb, to) : undefined;
    span.speaker = who ?? 'anonymous';
  }
}

/** "SZ", "SPIEGEL", "FAZ", "ZEIT ONLINE": an outlet's name set in capitals (two letters or more, up to three words). */
function isCapitals(label: string): boolean {
  return label.length >= 2 && /^\p{Lu}+(?: \p{Lu}+){0,2}$/u.test(label);
}

/** Role labels of a court report or a hearing that address the people they question ("Richterin: Herr Graf, …"). */
const HEARING_ROLE = /^(richter|richterin|vorsitzende|vorsitzender|staatsanwalt|staatsanwältin|verteidiger|verteidigerin|anwalt|anwältin|zeuge|zeugin|angeklagte|angeklagter)$/;

/**
 * The first label `label` addresses `surname` ("Abendpost: Frau Kusnezowa, …") and `surname` is
 * another paragraph's label ("Kusnezowa: …"): the first label asks, unless it is abbreviated, a
 * hearing's role, or a person the lead names with a first name ("Markus Lanz").
 */
function addressesLabel(c: RuleContext, labels: ReadonlyMap<number, number>, labelText: (c: RuleContext, from: number, colon: number) => string, label: string, surname: string | undefined, first: number): boolean {
  if (surname === undefined || surname === label || label.includes('.') || HEARING_ROLE.test(label.toLowerCase())) return false;
  let answered = false;
  for (const [n, k] of labels) if (n !== first && labelText(c, c.paragraphs[n]!.from, k) === surname) answered = true;
  if (!answered) return false;
  const end = c.paragraphs[first]!.from;
  for (let k = c.paragraphs[0]!.from; k < end; k++) if (c.slice(k, k + 1) === label && isFirstName(c, k - 1)) return false;
  return true;
}

/** The surname in "Frau Berger, …", "Herr Hartmann, …" at the start of the first question. */
function addressedSurname(c: RuleContext, from: number, to: number): string | undefined {
  for (let k = from; k < Math.min(to, from + 5); k++) {
    if (!ADDRESS.has(c.norm(k))) continue;
    let m = k + 1;
    if (/^(dr|prof|professor|professorin)\.?$/.test(c.norm(m))) m++;
    if (isCapWord(c, m)) return c.slice(m, m + 1);
  }
  return undefined;
}

/**
 * The interviewee as the lead names them: the subject of the first sentence before the labels
 * ("Die Wiener Osteuropa-Historikerin Anna Berger" → "Anna Berger": a role noun before a name is
 * left out; "Ein Polizist aus Minsk" stays whole), or the addressed surname's name in the lead.
 */
function leadPerson(c: RuleContext, firstLabelled: number, surname: string | undefined): string | undefined {
  if (firstLabelled === 0) return undefined;
  const lead = c.paragraphs[0]!;
  const end = c.paragraphs[firstLabelled - 1]!.to;
  // the addressed surname and the capitalised word before it ("Anna Berger")
  if (surname !== undefined) {
    for (let k = lead.from; k < end; k++) {
      if (c.slice(k, k + 1) !== surname) continue;
      return isFirstName(c, k - 1) ? c.slice(k - 1, k + 1) : surname;
    }
  }
  // the subject of the lead's first sentence
  let k = lead.from;
  const b = c.bits(k);
  if ((b & WORD) === 0 || ((b & DETERMINER) === 0 && !isCapWord(c, k))) return surname;
  let np = c.phraseEnd(k, end);
  if (np <= k) return surname;
  if ((c.norm(np) === 'aus' || c.norm(np) === 'in') && isCapWord(c, np + 1)) np += 2;
  // a role noun and a name: the name ("Die Ärztin Maria Keller" → "Maria Keller")
  const caps: number[] = [];
  for (let i = k; i < np; i++) if (isCapWord(c, i)) caps.push(i);
  if (caps.length >= 3 && isFirstName(c, caps[caps.length - 2]!)) return c.slice(caps[caps.length - 2]!, np);
  return c.slice(k, np);
}

function isCapWord(c: RuleContext, i: number): boolean {
  return (c.bits(i) & (WORD | CAP | FUNCTION_WORD | DETERMINER | PREPOSITION)) === (WORD | CAP);
}

/** A capitalised word that may be a first name: not a compound or a role noun in -in ("Historikerin"). */
function isFirstName(c: RuleContext, i: number): boolean {
  if (!isCapWord(c, i)) return false;
  const w = c.norm(i);
  return !w.includes('-') && !w.endsWith('in') && w.length > 2;
}
