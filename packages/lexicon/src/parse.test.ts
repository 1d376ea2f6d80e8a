import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblem, InputError, isRuleId } from '@framelens/diagnostics';
import { describe, expect, it } from 'vitest';
import { loadLexicon, parseLexicon } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const parseFixture = (name: string) => parseLexicon(readFileSync(fixture(name), 'utf8'), `fixtures/${name}`);
const brief = (ps: ReturnType<typeof parseLexicon>['problems']) => ps.map((p) => `${p.line}:${p.column} ${p.field ?? ''} ${p.message}`);

describe('parseLexicon: schema problems', () => {
  it('reports every schema problem in one run, each with its line', () => {
    const { lexicon, problems } = parseFixture('schema-errors.yaml');
    expect(lexicon).toBeUndefined();
    expect(brief(problems)).toEqual([
      '5:5 frames[0].description missing required key "description"',
      '10:9 frames[0].terms[1].mach unknown key "mach" (did you mean "match"?)',
      '12:16 frames[0].terms[2].match invalid value "fuzzy"',
      '13:9 frames[1].id must be an id: lower-case letters, digits and hyphens, e.g. "terror-extremism"',
      '17:1 speakerz unknown key "speakerz" (did you mean "speakers"?)',
    ]);
    expect(problems.every((p) => p.file === 'fixtures/schema-errors.yaml' && p.severity === 'error')).toBe(true);
  });

  it('gives every problem its rule id', () => {
    expect(parseFixture('schema-errors.yaml').problems.map((p) => p.ruleId)).toEqual([
      'lexicon/missing-key',
      'lexicon/unknown-key',
      'lexicon/invalid-value',
      'lexicon/invalid-value',
      'lexicon/unknown-key',
    ]);
    expect(parseFixture('syntax-error.yaml').problems.map((p) => p.ruleId)).toEqual(['yaml/duplicate-key', 'yaml/unclosed-quote']);
    const semantic = parseFixture('semantic-errors.yaml').problems;
    expect(semantic.filter((p) => p.ruleId === undefined || !isRuleId(p.ruleId))).toEqual([]);
    expect(new Set(semantic.map((p) => p.ruleId))).toEqual(new Set(['lexicon/duplicate-id', 'lexicon/empty-entry', 'lexicon/never-matches', 'lexicon/duplicate-term', 'lexicon/example-fails']));
  });

  it('says what was expected and gives an example', () => {
    const { problems } = parseFixture('schema-errors.yaml');
    const match = problems.find((p) => p.field === 'frames[0].terms[2].match')!;
    expect(match.expected).toBe('one of: stem, exact, prefix, compound-part');
    expect(match.example).toContain('match: compound-part');
    const unknown = problems.find((p) => p.field === 'speakerz')!;
    expect(unknown.expected).toBe('one of: name, language, version, description, frames, referents, claims, speakers');
    expect(formatProblem(unknown)).toMatch(/^error fixtures\/schema-errors\.yaml:17:1 speakerz: unknown key/);
  });

  it('reports a missing version and a term of the wrong type', () => {
    const { problems } = parseLexicon('name: x\nlanguage: de\nframes:\n  - id: a\n    label: A\n    description: d\n    terms: [7, {note: no term}]\n', 'x.yaml');
    expect(brief(problems)).toEqual([
      '1:1 version missing required key "version"',
      '7:13 frames[0].terms[0] invalid term: got number 7',
      '7:16 frames[0].terms[1].term missing required key "term"',
    ]);
  });

  it('reports YAML syntax errors with line and column', () => {
    const { lexicon, problems } = parseFixture('syntax-error.yaml');
    expect(lexicon).toBeUndefined();
    expect(brief(problems)).toEqual([
      '5:5  YAML syntax error: Map keys must be unique',
      '6:12  YAML syntax error: the quote mark " that opens this value is never closed',
    ]);
    // the line to fix, corrected
    expect(problems[1]!.example).toBe('label: "Terror"');
  });
});

describe('checkLexicon: semantic problems', () => {
  it('finds duplicate ids, empty frames, unmatchable terms, a term in two frames and failing examples', () => {
    const { lexicon, problems } = parseFixture('semantic-errors.yaml');
    expect(lexicon).toBeDefined();
    expect(problems.map((p) => `${p.line} ${p.severity} ${p.field}`)).toEqual([
      '10 error frames[0].terms[1]',
      '14 error frames[0].terms[2].examples.nomatch[0]',
      '15 error frames[1].id',
      '18 error frames[1].terms',
      '23 error frames[2].terms[0]',
      '24 error frames[2].terms[1]',
    ]);
    const msg = (field: string) => problems.find((p) => p.field === field)!.message;
    expect(msg('frames[0].terms[1]')).toBe('term "?!" has no words (only punctuation), so it can never match');
    expect(msg('frames[1].id')).toBe('duplicate id "terror" (also frames[0])');
    expect(msg('frames[1].terms')).toBe('"terror" has no terms, so it can never be found');
    expect(msg('frames[2].terms[0]')).toContain('"Terroristen" (unrest) matches the same words ("terrorist") as "Terroristen" (terror, frames[0].terms[0])');
    expect(msg('frames[2].terms[1]')).toBe('match: prefix works on one word, but "bunte Revolution" has 2');
    expect(msg('frames[0].terms[2].examples.nomatch[0]')).toBe('example "einige Banditen" should not match "Banditen" (terror) but it does: "Banditen"');
  });

  it('loadLexicon throws an InputError carrying every problem', async () => {
    const err = await loadLexicon(fixture('semantic-errors.yaml')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems).toHaveLength(6);
    expect((err as InputError).message).toContain('semantic-errors.yaml:15:9 frames[1].id: duplicate id');
  });

  it('loads the kazakhstan-2022 lexicon without problems', async () => {
    const path = fileURLToPath(new URL('../../../pipelines/kazakhstan-2022/lexicon.yaml', import.meta.url));
    const { lexicon, problems } = parseLexicon(readFileSync(path, 'utf8'), path);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(lexicon!.frames.map((f) => f.id)).toEqual([
      'terror-extremism', 'foreign-interference', 'socio-economic', 'peacekeeping', 'state-violence', 'protest-unrest', 'sovereignty-russia', 'information-blackout',
    ]);
  });
});
