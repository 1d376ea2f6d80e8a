import type { Word } from '../types.js';
import { isClauseBreak } from '../words.js';

// Helpers of the English rules (the German ones are in ../words.ts and stay German).

/**
 * Words that open a new clause: the scope of "not" and "no" ends before them. The question words
 * too: "did not say how many terrorists were killed" leaves the terrorists affirmed.
 */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'because', 'while', 'whereas', 'although', 'though', 'that', 'which', 'who', 'whom', 'whose', 'if', 'unless',
  'when', 'where', 'since', 'yet', 'so', 'how', 'whether', 'why', 'what',
]);

/**
 * Conjunctions that end the object of a verb of denial or rejection ("denied reports that troops
 * fired, and said …"): the clause words without "that", "which", "who", so that "reports that …"
 * stays in scope.
 */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'because', 'while', 'whereas', 'although', 'though', 'yet', 'so']);

/** Index of the first word from `from` that ends the clause (punctuation or a word of `stops`), or words.length. */
export function clauseEnd(words: readonly Word[], from: number, stops: ReadonlySet<string> = CLAUSE_WORDS): number {
  for (let i = from; i < words.length; i++) {
    const w = words[i]!;
    if (isClauseBreak(w) || stops.has(w.norm)) return i;
  }
  return words.length;
}

/** Forms of "be" (and the clitics that stand for them): "were denied entry" is passive. */
export const BE: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m", 'am']);

/** Negation words that, a few words before a denial, affirm what is denied ("no one denies that …"). */
export const NEGATORS: ReadonlySet<string> = new Set(['no', 'not', "n't", 'never', 'nobody', 'cannot', 'hardly', 'none']);

/**
 * Nouns for what is said or written about the events: a verb of rejection rejects them ("rejected
 * claims of …", "dismissed reports of … as"), not people or offers ("rejected the proposal").
 */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'report', 'reports', 'suggestion', 'suggestions',
  'charge', 'charges', 'assertion', 'assertions', 'notion', 'idea', 'label', 'labels', 'description', 'characterization',
  'characterisation', 'narrative', 'version', 'rumours', 'rumors', 'rumour', 'rumor', 'speculation', 'talk', 'term', 'theory',
  'theories', 'portrayal', 'depiction', 'insinuation', 'insinuations', 'assessment', 'view', 'premise',
]);

/** Whether word i is one of `verbs`, active (no form of "be" before it), with a claim noun or "that" as its object. */
export function rejectsClaim(words: readonly Word[], i: number, verbs: ReadonlySet<string>): boolean {
  return verbs.has(words[i]!.norm) && !BE.has(words[i - 1]?.norm ?? '') && claimAfter(words, i) >= 0;
}

/**
 * Index of a claim noun among the first four words after `i` (the object's determiners and
 * adjectives before it), or -1; "that" right after the verb counts as the claim.
 */
export function claimAfter(words: readonly Word[], i: number): number {
  if (words[i + 1]?.norm === 'that') return i + 1;
  for (let k = i + 1; k < words.length && k <= i + 4; k++) {
    const w = words[k]!;
    if (isClauseBreak(w)) return -1;
    if (CLAIM_NOUNS.has(w.norm)) return k;
  }
  return -1;
}

/**
 * Head nouns whose complement is what they are about, so a negation of the head reaches it
 * ("no evidence of a coup", "without proof of ties to terrorists"): evidence, reports and claims,
 * links, plans and orders. Other heads keep their complement out ("no violence against
 * protesters", "no figure for the number of protesters detained").
 */
export const CONTENT_NOUNS: ReadonlySet<string> = new Set([
  ...CLAIM_NOUNS,
  'evidence', 'proof', 'proofs', 'sign', 'signs', 'indication', 'indications', 'trace', 'traces', 'hint', 'hints', 'trail', 'news',
  'mention', 'link', 'links', 'connection', 'connections', 'ties', 'plan', 'plans', 'intention', 'order', 'orders',
]);

/** Prepositions that attach a complement a negated head does not deny ("no violence against protesters"); "of", "by", "from", "as" pass it on. */
export const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'against', 'for', 'on', 'at', 'over', 'toward', 'towards', 'with', 'to', 'in', 'into', 'about', 'among', 'near', 'during', 'after',
]);
