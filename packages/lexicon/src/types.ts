import type { Voice } from '@framelens/text';

/** What kind of lexicon entry a hit belongs to. */
export type HitKind = 'frame' | 'referent' | 'claim';

/** Where in the article a hit stands. */
export type Section = 'title' | 'lead' | 'body' | 'caption';

/** One match of a lexicon term in a document (offsets into Doc.text). */
export interface Hit {
  kind: HitKind;
  /** frame id, referent id or claim id */
  category: string;
  /** for referents: which competing label matched ("Terroristen"); for frames and claims, the term. */
  label: string;
  /** the lexicon term that matched, as written in the lexicon */
  term: string;
  start: number;
  end: number;
  /** index into Doc.sentences */
  sentence: number;
  voice: Voice;
  /** speaker phrase from the innermost voice span, or "anonymous" */
  speaker?: string;
  /** speaker group id from the lexicon's `speakers:` section, when the phrase matches one */
  speakerGroup?: string;
  cue?: string;
  /**
   * Set when the hit stands inside a German negation or rejection scope ("kein Terrorist",
   * "bestreitet, dass …", "weist … zurück"; @framelens/text negationScopes): the outlet or speaker
   * denies the term rather than uses it. Such hits are counted apart, never as use.
   */
  negated?: boolean;
  /** the words that negate it ("kein", "weder … noch", "bestreitet"), when `negated` */
  negation?: string;
}
