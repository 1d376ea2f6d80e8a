import type { Lexicon, NormalTerm } from './schema.js';
import type { HitKind } from './types.js';

/** One section of term-bearing entries: frames, referents (their labels) or claims. */
export interface TermSection {
  kind: HitKind;
  key: 'frames' | 'referents' | 'claims';
  list: 'terms' | 'labels';
  entries: { id: string; terms: readonly NormalTerm[] }[];
}

/** One term of one entry, with its language and the field it is written at. */
export interface TermRef {
  kind: HitKind;
  /** frame, referent or claim id */
  category: string;
  term: NormalTerm;
  /** the term's language: its `language`, or the lexicon's */
  language: string;
  /** where it is written: "frames[0].terms[3]", or "frames[0].terms.en[1]" for terms given per language */
  field: string;
}

/** The three term-bearing sections, in file order. */
export function termSections(lexicon: Lexicon): TermSection[] {
  return [
    { kind: 'frame', key: 'frames', list: 'terms', entries: lexicon.frames },
    { kind: 'referent', key: 'referents', list: 'labels', entries: lexicon.referents.map((r) => ({ id: r.id, terms: r.labels })) },
    { kind: 'claim', key: 'claims', list: 'terms', entries: lexicon.claims },
  ];
}

/**
 * The field of each term of one entry: `terms[j]` in a plain list, `terms.<language>[k]` when the
 * entry lists terms per language (the parsed list keeps the file's order, one language after another).
 */
export function termFields(prefix: string, terms: readonly NormalTerm[]): string[] {
  const seen = new Map<string, number>();
  return terms.map((t, j) => {
    if (t.language === undefined) return `${prefix}[${j}]`;
    const k = seen.get(t.language) ?? 0;
    seen.set(t.language, k + 1);
    return `${prefix}.${t.language}[${k}]`;
  });
}

/** Every term of every frame, referent and claim, in file order. */
export function lexiconTerms(lexicon: Lexicon): TermRef[] {
  const out: TermRef[] = [];
  for (const s of termSections(lexicon)) {
    s.entries.forEach((e, i) => {
      const fields = termFields(`${s.key}[${i}].${s.list}`, e.terms);
      e.terms.forEach((term, j) => out.push({ kind: s.kind, category: e.id, term, language: term.language ?? lexicon.language, field: fields[j]! }));
    });
  }
  return out;
}

/** The languages a lexicon has terms for: its `language` first, then the others in the order they first appear. */
export function lexiconLanguages(lexicon: Lexicon): string[] {
  return [...new Set([lexicon.language, ...lexiconTerms(lexicon).map((t) => t.language)])];
}
