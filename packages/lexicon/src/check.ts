import { pushAll, type Problem, type RuleId } from '@framelens/diagnostics';
import { tokenize, type Doc } from '@framelens/text';
import { compileLexicon, type CompiledLexicon } from './compile.js';
import { termWords } from './keys.js';
import { match } from './match.js';
import { normalTerm, type Lexicon, type Term } from './schema.js';
import type { Hit } from './types.js';

interface Section {
  key: 'frames' | 'referents' | 'claims';
  list: 'terms' | 'labels';
  entries: { id: string; terms: Term[] }[];
}

/**
 * Semantic checks on a lexicon that passed the schema: duplicate ids, empty entries, terms that can
 * never match, one term in two entries, failing examples. Each problem names its field
 * ("frames[2].terms[0]"); parseLexicon adds the line.
 */
export function checkLexicon(lexicon: Lexicon, file: string): Problem[] {
  const problems: Problem[] = [];
  const add = (severity: Problem['severity'], field: string, message: string, expected: string, example?: string, ruleId?: RuleId) =>
    problems.push({ file, field, ...(ruleId ? { ruleId } : {}), message, expected, ...(example ? { example } : {}), severity });

  const sections: Section[] = [
    { key: 'frames', list: 'terms', entries: lexicon.frames },
    { key: 'referents', list: 'labels', entries: lexicon.referents.map((r) => ({ id: r.id, terms: r.labels })) },
    { key: 'claims', list: 'terms', entries: lexicon.claims },
  ];

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

  // terms that can never match
  for (const s of sections) {
    s.entries.forEach((e, i) =>
      e.terms.forEach((raw, j) => {
        const t = normalTerm(raw);
        const field = `${s.key}[${i}].${s.list}[${j}]`;
        for (const form of [t.term, ...t.forms]) {
          const text = t.match === 'prefix' ? form.replace(/\*+\s*$/, '') : form;
          const words = termWords(text);
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
      }),
    );
  }

  // one key in two entries
  const compiled = compileLexicon(lexicon);
  for (const l of compiled.layers) {
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
      const key = termWords(name).map((w) => w.stem).join(' ');
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
    const hits = matchText(ex.text, compiled).filter((h) => h.kind === ex.kind && h.category === ex.category && h.term === ex.term);
    if (ex.expect === 'match' && hits.length === 0)
      problems.push({
        file,
        field: ex.field,
        ruleId: 'lexicon/example-fails',
        message: `example "${ex.text}" should match "${ex.term}" (${ex.category}) but does not${describeOthers(ex.text, compiled, ex.kind)}`,
        expected: 'the term, one of its forms, or its match mode to cover this text',
        example: `forms: [${ex.text}]`,
        severity: 'error',
      });
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

function describeOthers(text: string, compiled: CompiledLexicon, kind: Hit['kind']): string {
  const other = matchText(text, compiled).filter((h) => h.kind === kind);
  return other.length ? ` (it matches ${other.map((h) => `"${h.term}" of ${h.category}`).join(', ')} instead)` : '';
}

export interface LexiconExample {
  kind: Hit['kind'];
  category: string;
  term: string;
  expect: 'match' | 'nomatch';
  text: string;
  /** e.g. "frames[0].terms[2].examples.match[0]" */
  field: string;
}

/** Every example of every term, flattened. */
export function lexiconExamples(lexicon: Lexicon): LexiconExample[] {
  const out: LexiconExample[] = [];
  const walk = (kind: Hit['kind'], key: string, list: string, entries: { id: string; terms: Term[] }[]) =>
    entries.forEach((e, i) =>
      e.terms.forEach((raw, j) => {
        const t = normalTerm(raw);
        for (const expect of ['match', 'nomatch'] as const)
          t.examples?.[expect].forEach((text, k) =>
            out.push({ kind, category: e.id, term: t.term, expect, text, field: `${key}[${i}].${list}[${j}].examples.${expect}[${k}]` }),
          );
      }),
    );
  walk('frame', 'frames', 'terms', lexicon.frames);
  walk('referent', 'referents', 'labels', lexicon.referents.map((r) => ({ id: r.id, terms: r.labels })));
  walk('claim', 'claims', 'terms', lexicon.claims);
  return out;
}

/** Match a bare text (one sentence, no voice analysis): for examples and quick checks. */
export function matchText(text: string, compiled: CompiledLexicon): Hit[] {
  const doc: Doc = { text, tokens: tokenize(text), sentences: [{ start: 0, end: text.length }], paragraphs: [{ start: 0, end: text.length }], spans: [], boilerplate: [] };
  return match(doc, compiled);
}
