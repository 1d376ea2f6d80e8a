import { closestField, languageCodeFor, pushAll, type Problem, type RuleId } from '@framelens/diagnostics';
import { LANGUAGES, type Doc } from '@framelens/text';
import { compileLexicon, type CompiledLexicon } from './compile.js';
import { lexiconTerms, termSections } from './entries.js';
import { match } from './match.js';
import type { Lexicon } from './schema.js';
import type { Hit } from './types.js';

/**
 * Semantic checks on a lexicon that passed the schema: duplicate ids, empty entries, languages the
 * text layer does not read, terms that can never match, one term in two entries (within a
 * language), failing examples (each matched in its term's language). Each problem names its field
 * ("frames[2].terms[0]", "frames[2].terms.en[0]"); parseLexicon adds the line. `compiled`: the
 * lexicon already compiled (parseLexicon passes its own, so a run compiles the lexicon once).
 */
export function checkLexicon(lexicon: Lexicon, file: string, compiled?: CompiledLexicon): Problem[] {
  const problems: Problem[] = [];
  const add = (severity: Problem['severity'], field: string, message: string, expected: string, example?: string, ruleId?: RuleId) =>
    problems.push({ file, field, ...(ruleId ? { ruleId } : {}), message, expected, ...(example ? { example } : {}), severity });

  const sections = termSections(lexicon);

  // ids and empty entries
  for (const [key, ids] of [...sections.map((s) => [s.key, s.entries.map((e) => e.id)] as const), ['speakers', lexicon.speakers.map((g) => g.id)] as const]) {
    const seen = new Map<string, number>();
    ids.forEach((id, i) => {
      const first = seen.get(id);
      if (first !== undefined) add('error', `${key}[${i}].id`, `duplicate id "${id}" (also ${key}[${first}])`, 'every id in a section to be unique', `id: ${id}-2`, 'lexicon/duplicate-id');
      else seen.set(id, i);
    });
  }
  for (const s of sections) {
    s.entries.forEach((e, i) => {
      if (e.terms.length === 0) add('error', `${s.key}[${i}].${s.list}`, `"${e.id}" has no ${s.list}, so it can never be found`, `at least one ${s.list === 'labels' ? 'label' : 'term'}`, `${s.list}: [Terrorbanden]`, 'lexicon/empty-entry');
    });
  }
  lexicon.speakers.forEach((g, i) => {
    if (g.names.length === 0) add('error', `speakers[${i}].names`, `speaker group "${g.id}" has no names`, 'at least one name', 'names: [Tokajew]', 'lexicon/empty-entry');
  });

  // languages the text layer has no rules for: their terms would never be matched
  const known = LANGUAGES.map((l) => l.code);
  const expectedLanguages = `a language framelens reads: ${known.map((c) => `"${c}"`).join(', ')}`;
  // "deu", "German": the code of a language framelens reads, written another way
  const meant = (code: string) => {
    const right = languageCodeFor(code);
    return right !== undefined && right !== code && known.includes(right) ? right : undefined;
  };
  const hint = (code: string) => (meant(code) === undefined ? '' : ` (did you mean "${meant(code)}"?)`);
  if (!known.includes(lexicon.language))
    add('error', 'language', `framelens has no text rules (tokens, stems, stop words) for the language "${lexicon.language}"${hint(lexicon.language)}`, expectedLanguages, `language: ${meant(lexicon.language) ?? 'de'}`, 'lexicon/unknown-language');
  const reported = new Set<string>();
  for (const ref of lexiconTerms(lexicon)) {
    const at = ref.field.replace(/\[\d+\]$/, '');
    if (known.includes(ref.language) || ref.language === lexicon.language || reported.has(at)) continue;
    reported.add(at);
    add('error', at, `terms in "${ref.language}", a language framelens has no text rules for (tokens, stems, stop words): they would never be matched${hint(ref.language)}`, expectedLanguages, 'terms: {de: [Terrorbanden], en: [terrorists]}', 'lexicon/unknown-language');
  }

  // terms that can never match, each read with its own language's tokenizer and stemmer
  compiled ??= compileLexicon(lexicon);
  for (const ref of lexiconTerms(lexicon)) {
    const keys = (compiled.languages.get(ref.language) ?? compiled).keys;
    const t = ref.term;
    const field = ref.field;
    for (const form of [t.term, ...t.forms]) {
      const text = t.match === 'prefix' ? form.replace(/\*+\s*$/, '') : form;
      const words = keys.termWords(text);
      const what = form === t.term ? 'term' : `form "${form}" of term "${t.term}"`;
      if (text.trim() === '') add('error', field, `empty ${what}`, 'a word or phrase', 'term: Terrorbanden', 'lexicon/never-matches');
      else if (words.length === 0) add('error', field, `${what} "${form}" has no words (only punctuation), so it can never match`, 'a word or phrase', 'term: Anti-Terror-Operation', 'lexicon/never-matches');
      else if (words.some((w) => w.stem === '')) add('error', field, `${what} "${form}" has a word whose stem is empty, so it can never match`, 'words with letters or digits', 'term: Terrorbanden', 'lexicon/never-matches');
      else if ((t.match === 'prefix' || t.match === 'compound-part') && words.length > 1)
        add('error', field, `match: ${t.match} works on one word, but "${form}" has ${words.length}`, `a single word, or match: stem for a phrase`, `{term: ${words[0]!.norm}, match: ${t.match}}`, 'lexicon/never-matches');
      else if (t.match === 'prefix' && words[0]!.norm.length < 4)
        add('warning', field, `prefix "${form}" is shorter than 4 letters and will match many unrelated words`, 'a prefix of 4 letters or more', '{term: Terror*, match: prefix}', 'lexicon/short-term');
      else if (t.match === 'compound-part' && words[0]!.stem.length < 4)
        add('warning', field, `compound head "${form}" (stem "${words[0]!.stem}") is shorter than 4 letters and will end many unrelated words`, 'a longer head, or exclude: [...]', '{term: Truppen, match: compound-part}', 'lexicon/short-term');
    }
  }

  // one key in two entries (of one language: "Terroristen" and "terrorists" never meet)
  for (const l of [...compiled.languages.values()].flatMap((c) => c.layers)) {
    for (const c of l.collisions) {
      if (c.kept.category === c.dropped.category)
        add('warning', c.dropped.field, `"${c.dropped.term}" matches the same words as "${c.kept.term}" (${c.kept.field}) in the same entry; it adds nothing`, 'each term once per entry', `remove ${c.dropped.field}`, 'lexicon/duplicate-term');
      else
        add(
          'error',
          c.dropped.field,
          `"${c.dropped.term}" (${c.dropped.category}) matches the same words ("${c.key}") as "${c.kept.term}" (${c.kept.category}, ${c.kept.field}); a word counts for one ${l.kind} only, so this term would never be counted`,
          `each term in one ${l.kind} only; to tell similar words apart use match: exact or match: prefix`,
          `{term: ${c.dropped.term}, match: exact, forms: [...]}`,
          'lexicon/duplicate-term',
        );
    }
  }
  const seenNames = new Map<string, string>();
  lexicon.speakers.forEach((g, i) =>
    g.names.forEach((name, j) => {
      const key = compiled.keys.termWords(name).map((w) => w.stem).join(' ');
      const other = seenNames.get(key);
      if (other !== undefined && other !== g.id)
        add('warning', `speakers[${i}].names[${j}]`, `name "${name}" is also listed in speaker group "${other}"; the first group wins`, 'each name in one group', `names: [${name}]`, 'lexicon/duplicate-speaker');
      else seenNames.set(key, g.id);
    }),
  );

  pushAll(problems, checkExamples(lexicon, compiled, file));
  return problems;
}

/** Run every `examples` entry: each `match` text must give a hit of the term, each `nomatch` text none. */
export function checkExamples(lexicon: Lexicon, compiled: CompiledLexicon, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const ex of lexiconExamples(lexicon)) {
    // a language without text rules is reported by checkLexicon; its examples cannot be read
    const forLanguage = compiled.languages.get(ex.language);
    if (forLanguage === undefined) continue;
    const hits = matchText(ex.text, forLanguage).filter((h) => h.kind === ex.kind && h.category === ex.category && h.term === ex.term);
    if (ex.expect === 'match' && hits.length === 0) {
      const near = closestWords(ex.text, ex.term, forLanguage);
      problems.push({
        file,
        field: ex.field,
        ruleId: 'lexicon/example-fails',
        message:
          `example "${ex.text}" should match "${ex.term}" (${ex.category}) but does not${describeOthers(ex.text, forLanguage, ex.kind)}; ` +
          (near === undefined ? 'the term does not occur in its example'
          : near.sameStem ? `"${near.words}" has the term's stem, but its match mode or a guard (lower case, stop word, surface form) leaves it out`
          : `its words closest to the term are "${near.words}"`),
        expected:
          near === undefined ? 'an example with the term (or one of its forms) in it, as news text writes it'
          : 'the term, one of its forms, or its match mode to cover this text',
        example:
          near === undefined ? `match: [${ex.term} …]   (a phrase from an article that uses "${ex.term}")`
          : near.sameStem ? `forms: [${near.words}]   (or lowercase: true for a lower-case adjective form)`
          : `term: ${near.words}   (if "${ex.term}" is misspelt), or keep the term and add: forms: [${near.words}]`,
        severity: 'error',
      });
    }
    if (ex.expect === 'nomatch' && hits.length > 0)
      problems.push({
        file,
        field: ex.field,
        ruleId: 'lexicon/example-fails',
        message: `example "${ex.text}" should not match "${ex.term}" (${ex.category}) but it does: "${ex.text.slice(hits[0]!.start, hits[0]!.end)}"`,
        expected: 'an exclude entry or a narrower match mode',
        example: `exclude: [${ex.text.slice(hits[0]!.start, hits[0]!.end)}]`,
        severity: 'error',
      });
  }
  return problems;
}

/**
 * The run of words in `text` closest to `term` (as many words as the term has), when it is close
 * enough to be a misspelling or another form of it: "Banditen" in "»Dutzende von Banditen
 * liquidiert«" for the term "Banditten"; undefined when no words of the text are close.
 */
export function closestWords(text: string, term: string, compiled: CompiledLexicon): { words: string; sameStem: boolean } | undefined {
  const termWords = compiled.keys.termWords(term.replace(/\*+\s*$/, ''));
  const want = termWords.length;
  const words = compiled.keys.tokenize(text).filter((t) => t.kind === 'word');
  if (want === 0 || words.length < want) return undefined;
  const starts = words.slice(0, words.length - want + 1).map((_, i) => i);
  const run = (i: number) => text.slice(words[i]!.start, words[i + want - 1]!.end);
  // the term's own words, which a guard (lower case, stop word, surface form) or the match mode left out
  const same = starts.find((i) => termWords.every((w, k) => w.stem === words[i + k]!.stem));
  if (same !== undefined) return { words: run(same), sameStem: true };
  const near = closestField(term, starts.map(run));
  return near === undefined ? undefined : { words: near, sameStem: false };
}

function describeOthers(text: string, compiled: CompiledLexicon, kind: Hit['kind']): string {
  const other = matchText(text, compiled).filter((h) => h.kind === kind);
  return other.length ? ` (it matches ${other.map((h) => `"${h.term}" of ${h.category}`).join(', ')} instead)` : '';
}

export interface LexiconExample {
  kind: Hit['kind'];
  category: string;
  term: string;
  /** the term's language: the example is matched with that language's terms and text rules */
  language: string;
  expect: 'match' | 'nomatch';
  text: string;
  /** e.g. "frames[0].terms[2].examples.match[0]" */
  field: string;
}

/** Every example of every term, flattened. */
export function lexiconExamples(lexicon: Lexicon): LexiconExample[] {
  const out: LexiconExample[] = [];
  for (const ref of lexiconTerms(lexicon)) {
    for (const expect of ['match', 'nomatch'] as const)
      ref.term.examples?.[expect].forEach((text, k) =>
        out.push({ kind: ref.kind, category: ref.category, term: ref.term.term, language: ref.language, expect, text, field: `${ref.field}.examples.${expect}[${k}]` }),
      );
  }
  return out;
}

/** Match a bare text (one sentence, no voice analysis) in the compiled lexicon's language: for examples and quick checks. */
export function matchText(text: string, compiled: CompiledLexicon): Hit[] {
  const doc: Doc = { text, tokens: compiled.keys.tokenize(text), sentences: [{ start: 0, end: text.length }], paragraphs: [{ start: 0, end: text.length }], spans: [], boilerplate: [] };
  return match(doc, compiled);
}
