import type { Analysis } from '../analysis.js';
import { attribution, demnach } from './attribution.js';
import { claimNoun } from './claim-noun.js';
import { colonSpeaker } from './colon-speaker.js';
import { pronounContinuation, quoteContinuation } from './continuation.js';
import { speechFrames } from './speech-frames.js';
import { speechNouns } from './speech-nouns.js';
import { subjunctive } from './subjunctive.js';

/**
 * A rule on the unit under analysis (`a.v` items, `a.cls` clauses, `a.frames`): it records what it
 * finds on `a` (reported spans with `a.emit` or in `a.out`, the speech of quotations in
 * `a.quoteSpeech`, the unit's speech in `a.unitSpeech`) and returns true when the unit is done.
 */
export type UnitRule = (a: Analysis) => boolean;

/**
 * The per-unit rules, in the order they are tried: the first that returns true ends the unit.
 * To add a rule, write rules/<name>.ts (its examples and look-alikes first, see README.md) with
 * its test rules/<name>.test.ts, and put it here where it belongs in the order.
 */
export const UNIT_RULES: readonly UnitRule[] = [
  speechFrames, // "X sagte, …", "…, sagte X", "…, so X", "wie X meldete", "nennt sie Terroristen"
  attribution, // "laut X", "nach Angaben X", "X zufolge"
  demnach, // "… war demnach tot" after a named source
  claimNoun, // "Tokajews Behauptung, Banden hätten … angegriffen, ist nicht belegt"
  subjunctive, // Konjunktiv I, hearsay "soll … haben", continuing Konjunktiv II, "einig: Die Lage sei …"
  speechNouns, // "Tokajews Einstufung … »…«" (never ends the unit)
  colonSpeaker, // "Ein Sprecher der Polizei: „…“"
  quoteContinuation, // a unit that is only a quotation continues the speaker before
  pronounContinuation, // "Er machte «…» verantwortlich" after a speaker (never ends the unit)
];
