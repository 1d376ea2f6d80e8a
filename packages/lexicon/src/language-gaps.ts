import type { Problem } from '@framelens/diagnostics';
import { languageName } from '@framelens/text';
import { lexiconLanguages, termSections } from './entries.js';
import type { Lexicon } from './schema.js';

/**
 * Entries (frames, referents, claims) with terms in one language but none in another language the
 * lexicon covers and the corpus has articles in: those articles can never show the entry. Warnings
 * naming the entry's field (parseLexicon's `locateProblems` adds the line). `corpus`: articles per
 * declared language. A language the lexicon has no terms for at all is not listed here: its
 * articles are left out (and listed) by validate and analyze.
 */
export function languageGaps(lexicon: Lexicon, corpus: ReadonlyMap<string, number>, file: string): Problem[] {
  const covered = lexiconLanguages(lexicon).filter((l) => (corpus.get(l) ?? 0) > 0);
  if (covered.length < 2) return [];
  const name = (code: string) => `${languageName(code)} (${code})`;
  const problems: Problem[] = [];
  for (const s of termSections(lexicon)) {
    s.entries.forEach((e, i) => {
      const has = [...new Set(e.terms.map((t) => t.language ?? lexicon.language))];
      if (has.length === 0) return; // "has no terms" is checkLexicon's error
      for (const missing of covered.filter((l) => !has.includes(l))) {
        const n = corpus.get(missing) ?? 0;
        problems.push({
          file,
          field: `${s.key}[${i}].${s.list}`,
          severity: 'warning',
          ruleId: 'lexicon/missing-language',
          message: `${s.kind} "${e.id}" has ${s.list} in ${has.map(name).join(' and ')} but none in ${name(missing)}: the corpus has ${n} ${languageName(missing)} article${n === 1 ? '' : 's'}, and ${n === 1 ? 'it' : 'they'} can never show this ${s.kind}`,
          expected: `${s.list} in ${languageName(missing)} as well, given per language`,
          example: `${s.list}:\n  ${has[0]}: [...]\n  ${missing}: [...]`,
        });
      }
    });
  }
  return problems;
}
