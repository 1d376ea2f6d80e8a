import { z } from 'zod';

/** An entry id: lower-case letters, digits and single hyphens ("terror-extremism"). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an id: lower-case letters, digits and hyphens, e.g. "terror-extremism"')
  .describe('a stable id: lower-case letters, digits and hyphens, e.g. "terror-extremism"; tables and reports use it');

export const matchModeSchema = z
  .enum(['stem', 'exact', 'prefix', 'compound-part'])
  .describe(
    'how the term is compared with the text (default stem). ' +
      'stem: every word by its stem in the term\'s language, so inflected forms match ("bunte Revolution" matches "bunten Revolutionen"); ' +
      'exact: every word by its case-folded form, no inflection; ' +
      'prefix: one word whose beginning is the term ("Terror*" matches "Terroranschlag"); ' +
      'compound-part: one word that is the head of a compound ("Truppen" matches "OVKS-Truppen" and "Friedenstruppen", not "Truppenkontingent")',
  );

export const termExamplesSchema = z
  .object({
    match: z
      .array(z.string().min(1))
      .default([])
      .describe('texts in which this entry must find a hit, e.g. ["von sogenannten bunten Revolutionen"] (default [])'),
    nomatch: z
      .array(z.string().min(1))
      .default([])
      .describe('texts in which this entry must find no hit, e.g. ["ein Verband"] (default [])'),
  })
  .strict()
  .describe('test cases for this entry, run by the test suite and by `framelens validate`');

export const termObjectSchema = z
  .object({
    term: z
      .string()
      .describe('the term as written in texts, one or more words, e.g. "bunte Revolution"; with match: prefix a trailing * is allowed ("Terror*")'),
    match: matchModeSchema.default('stem'),
    forms: z
      .array(z.string().min(1))
      .default([])
      .describe('extra surface forms matched like the term (same match mode), e.g. ["Antiterroroperationen"] (default [])'),
    exclude: z
      .array(z.string().min(1))
      .default([])
      .describe('words or phrases that must never count as this term, compared case-folded, e.g. ["Verband", "Verbände"] (default [])'),
    lowercase: z
      .boolean()
      .optional()
      .describe(
        'with match: stem or exact, let the capitalised words of the term match lower-case words too, e.g. for "Terroristen" also "terroristischen" (default false: ' +
          'a capitalised noun never matches a lower-case word, so "Macht" does not match the verb "macht", nor "Lage" the verb "lag")',
      ),
    countNegated: z
      .boolean()
      .optional()
      .describe(
        'count hits inside a negation or rejection as use (default false: "kein Terrorist" is not a use of "Terrorist"); set it when the entry itself says ' +
          'that something is absent, e.g. for "Staatlichkeit" in a frame that denies a state its statehood ("habe nie eine eigene Staatlichkeit gehabt")',
      ),
    note: z.string().optional().describe('why the entry is here or how it is meant; shown to lexicon authors only'),
    source: z.string().optional().describe('where the term was found, e.g. "seed 003 (dpa)" or a URL'),
    examples: termExamplesSchema.optional(),
  })
  .strict();

export const termSchema = z
  .union([
    z.string().transform((term): TermObject => ({ term, match: 'stem', forms: [], exclude: [] })),
    termObjectSchema,
  ])
  .describe('a term: either a plain string (matched by stem) or an object {term, match, forms, exclude, note, source, examples}');

/** An ISO 639-1 language code as articles and lexicons write it: "de", "en". */
export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code, e.g. "de" or "en"');

/** A term with every default applied and, when the file gives terms per language, its language. */
export type LanguageTerm = TermObject & {
  /**
   * set when the entry lists its terms per language (`terms: {de: [...], en: [...]}`): the key it
   * stands under; absent in a plain list, whose terms are in the lexicon's `language`
   */
  language?: string;
};

/** The terms of an entry as written: one list (the lexicon's language) or one list per language, flattened in file order. */
function flattenTerms(v: TermObject[] | Record<string, TermObject[]>): LanguageTerm[] {
  if (Array.isArray(v)) return v;
  return Object.entries(v).flatMap(([language, terms]) => terms.map((t): LanguageTerm => ({ ...t, language })));
}

/**
 * `terms` (or a referent's `labels`): a list of terms in the lexicon's `language`, or a mapping
 * from language code to such a list. Parsed into one list; a term from the mapping carries its `language`.
 */
function termsSchema(what: string, example: string) {
  return z
    .union([z.array(termSchema), z.record(languageCodeSchema, z.array(termSchema))])
    .transform(flattenTerms)
    .describe(`${what}: a list (in the lexicon's language), or one list per language, e.g. ${example}`);
}

export const frameSchema = z
  .object({
    id: idSchema,
    label: z.string().min(1).describe('the name shown in the report, e.g. "Terror and extremism"'),
    description: z.string().min(1).describe('one sentence on what the frame says about the events'),
    terms: termsSchema('the words and phrases that signal this frame', '{de: [Terrorbanden], en: [terrorists]}'),
  })
  .strict();

export const referentSchema = z
  .object({
    id: idSchema,
    label: z.string().min(1).describe('the actor or thing all these labels name, e.g. "Protesters"'),
    description: z.string().optional().describe('what the referent is and why its naming matters'),
    labels: termsSchema(
      'the competing names for this one referent (the label shown is its term)',
      '[Demonstranten, Aufständische, Terroristen] or {de: [Demonstranten], en: [protesters, rioters]}',
    ),
  })
  .strict();

export const claimSchema = z
  .object({
    id: idSchema,
    label: z.string().min(1).describe('the claim in a few words, e.g. "Shoot-without-warning order"'),
    description: z.string().min(1).describe('the fact or allegation an article may or may not mention'),
    terms: termsSchema('words and phrases whose presence in an article signals that it mentions the claim', '{de: [Schießbefehl], en: [shoot without warning]}'),
  })
  .strict();

export const speakerGroupSchema = z
  .object({
    id: idSchema,
    label: z.string().min(1).describe('the group shown in the report, e.g. "Kazakh authorities"'),
    names: z
      .array(z.string().min(1))
      .describe(
        'names, titles and institutions that identify a speaker of this group, compared by stem in every language of the lexicon (list each as the languages write it), ' +
          'e.g. ["Tokajew", "Tokayev", "die Polizei", "the police"]',
      ),
    exclude: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'qualifiers that rule the group out wherever they stand in the speaker phrase, compared by stem, e.g. ["russisch", "Russlands"] for a ' +
          'group that lists the bare title "Präsident": "der russische Präsident" and "ein Sprecher des russischen Präsidenten" are then not this group (default [])',
      ),
  })
  .strict();

export const lexiconSchema = z
  .object({
    name: z.string().min(1).describe('the lexicon name, e.g. "kazakhstan-2022"'),
    language: languageCodeSchema.describe('ISO 639-1 code of the texts, e.g. "de"; the language of every term list not given per language'),
    version: z
      .union([z.string().min(1), z.number()])
      .transform((v) => String(v))
      .describe('the lexicon version, recorded with every report, e.g. "1" or "2022-01-10"'),
    description: z.string().optional().describe('what the lexicon is for'),
    frames: z.array(frameSchema).describe('the frames: ways of describing the events, each with the terms that signal it'),
    referents: z.array(referentSchema).default([]).describe('actors and things with competing names (default [])'),
    claims: z.array(claimSchema).default([]).describe('facts or allegations an article may or may not mention (default [])'),
    speakers: z.array(speakerGroupSchema).default([]).describe('groups of speakers; a hit is tagged with the group whose name occurs in its speaker phrase (default [])'),
  })
  .strict()
  .describe('A framelens lexicon: frames, referents, claims and speaker groups for one event');

export type MatchMode = z.infer<typeof matchModeSchema>;
/** A term with every default applied (plain strings in the file become `{term, match: 'stem', forms: [], exclude: []}`). */
export type TermObject = z.output<typeof termObjectSchema>;
export type Term = z.infer<typeof termSchema>;
export type TermInput = z.input<typeof termSchema>;
export type Frame = z.infer<typeof frameSchema>;
export type Referent = z.infer<typeof referentSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type SpeakerGroup = z.infer<typeof speakerGroupSchema>;
export type Lexicon = z.infer<typeof lexiconSchema>;
/** A lexicon as written (defaults not yet applied). */
export type LexiconInput = z.input<typeof lexiconSchema>;

/** A term with every default applied (and its `language` when the entry lists terms per language). */
export type NormalTerm = LanguageTerm;

/** A term as an object; accepts the written form too (a plain string). */
export function normalTerm(t: LanguageTerm | Term | string): NormalTerm {
  if (typeof t === 'string') return { term: t, match: 'stem', forms: [], exclude: [] };
  return t;
}
