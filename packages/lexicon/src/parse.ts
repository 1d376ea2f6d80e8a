import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { aliasExpansionMessage, decodeProblem, decodeText, displayPath, findRepoRoot, InputError, languageCodeFor, yamlSyntaxProblems, type Problem } from '@framelens/diagnostics';
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { safeParseBounded } from './bounded-parse.js';
import { checkLexicon } from './check.js';
import { compileLexicon, type CompiledLexicon } from './compile.js';
import { allowedKeys, exampleFor, nearestKey, schemaKeys } from './messages.js';
import { lexiconSchema, type Lexicon } from './schema.js';

export interface ParseResult {
  /** Present when the file is valid against the schema (semantic problems may still exist). */
  lexicon?: Lexicon;
  /** the lexicon compiled, with `lexicon` (the semantic checks compile it anyway; a run reuses it) */
  compiled?: CompiledLexicon;
  problems: Problem[];
}

type Path = readonly PropertyKey[];

const EXAMPLE_PER_LANGUAGE = 'terms:\n  de: [Terrorbanden, Terroristen]\n  en: [terrorists, bandits]';

/**
 * Parse and validate a lexicon YAML text. Collects every problem (syntax, schema, semantics)
 * with line and column; never throws for bad input.
 */
export function parseLexicon(yamlText: string, file: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  // syntax: at the line to fix (an unclosed quote where it opens), as for every YAML file framelens reads
  const syntax = yamlSyntaxProblems(doc, yamlText, lineCounter, file, 0, 'frames:\n  - id: terror\n    label: Terror and extremism');
  if (syntax.length > 0) return { problems: syntax };

  // aliases (*name) that expand to millions of values: refused before they are expanded
  const expansion = aliasExpansionMessage(doc);
  if (expansion) {
    return { problems: [{ file, line: 1, ruleId: 'yaml/alias-expansion', message: expansion, expected: 'terms written out, or a few aliases of short lists', example: 'terms: &shared [Terrorbanden]\n  …\n  terms: *shared', severity: 'error' }] };
  }

  // schema
  // toJS throws on an alias without its anchor ("*a") and on alias bombs (too many aliases)
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    return {
      problems: [
        {
          file,
          line: 1,
          ruleId: 'yaml/alias',
          message: `YAML cannot be read: ${firstLine(error instanceof Error ? error.message : String(error))}`,
          expected: 'every alias (*name) defined by an anchor (&name) before it, and not thousands of them',
          example: 'terms: &shared [Terrorbanden]\n  …\n  terms: *shared',
          severity: 'error',
        },
      ],
    };
  }
  const parsed = safeParseBounded(lexiconSchema, data ?? {});
  if (!parsed.success) {
    const problems = parsed.issues.flatMap((issue) => issueProblems(issue, [], doc, file, at));
    return { problems: sortProblems(problems) };
  }

  // semantics, positioned on the field they concern
  const lexicon = parsed.data;
  const compiled = compileLexicon(lexicon);
  const semantic = checkLexicon(lexicon, file, compiled).map((p) => (p.field ? { ...p, ...at(offsetOf(doc, fieldPath(p.field))) } : p));
  return { lexicon, compiled, problems: sortProblems(semantic) };
}

/**
 * Problems about fields of a lexicon (`languageGaps`, the term audit) with the line and column of
 * their field in the YAML text added; problems that already have a line, or no field, are kept as they are.
 */
export function locateProblems(yamlText: string, problems: readonly Problem[]): Problem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
  return problems.map((p) => {
    if (p.field === undefined || p.line !== undefined) return p;
    const offset = offsetOf(doc, fieldPath(p.field));
    if (offset === undefined) return p;
    const { line, col } = lineCounter.linePos(offset);
    return { ...p, line, column: col };
  });
}

/**
 * Read, parse and check a lexicon file; throws InputError listing every error. Warnings are returned.
 * Problems name the file relative to the repository root (the folder holding pnpm-workspace.yaml),
 * like corpus problems; the text may be UTF-8 (with or without BOM) or UTF-16 with BOM.
 */
export async function loadLexicon(path: string): Promise<Lexicon> {
  return (await loadCompiledLexicon(path)).lexicon;
}

/** loadLexicon, with the lexicon as its checks compiled it (`analyze` matches with it: the lexicon is compiled once per run). */
export async function loadCompiledLexicon(path: string): Promise<{ lexicon: Lexicon; compiled: CompiledLexicon }> {
  const shown = displayPath(path, (await findRepoRoot(dirname(resolve(path)))) ?? process.cwd());
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new InputError([
      {
        file: shown,
        ruleId: 'file/unreadable',
        message: `cannot read the lexicon file: ${(cause as Error).message}`,
        expected: 'a readable YAML file',
        example: 'pipelines/kazakhstan-2022/lexicon.yaml',
        severity: 'error',
      },
    ]);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new InputError([decodeProblem(decoded, shown)]);
  const { lexicon, compiled, problems } = parseLexicon(decoded.text, shown);
  const errors = problems.filter((p) => p.severity === 'error');
  if (!lexicon || !compiled || errors.length > 0) throw new InputError(problems);
  return { lexicon, compiled };
}

function issueProblems(
  issue: z.core.$ZodIssue,
  prefix: Path,
  doc: Document,
  file: string,
  at: (o: number | undefined) => { line?: number; column?: number },
): Problem[] {
  const path = [...prefix, ...issue.path];
  const field = formatPath(path);
  const base = { file, field, severity: 'error' as const };
  const key = lastKey(path);
  // as written: "en" in frames[0].terms.en
  const named = path.findLast((p): p is string => typeof p === 'string');

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => {
        const allowed = allowedKeys(path);
        const guess = nearestKey(k, allowed);
        return {
          ...base,
          ...at(keyOffset(doc, path, k) ?? offsetOf(doc, path)),
          field: formatPath([...path, k]),
          ruleId: 'lexicon/unknown-key' as const,
          message: `unknown key "${k}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
          expected: allowed.length ? `one of: ${allowed.join(', ')}` : 'no other keys',
          example: exampleFor(guess ?? lastKey(path)),
        };
      });
    case 'invalid_union': {
      const value: unknown = doc.getIn(path as PropertyKey[]);
      if (value === undefined) return [missingKey(base, at(offsetOf(doc, path.slice(0, -1))), key)];
      // A mapping was meant as the object form of a term, or as terms per language: report that branch's problems.
      const objectBranch = issue.errors.find((b) => !(b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0));
      if (objectBranch) return objectBranch.flatMap((i) => issueProblems(i, path, doc, file, at));
      const list = typeof path.at(-1) === 'string' && (key === 'terms' || key === 'labels');
      return [
        {
          ...base,
          ...at(offsetOf(doc, path)),
          ruleId: 'lexicon/invalid-value',
          message: list ? `"${key}" must be a list of terms, or one list per language, got ${describe(value)}` : `invalid ${key === 'version' ? 'version' : 'term'}: got ${describe(value)}`,
          expected:
            key === 'version' ? 'a string or a number'
            : list ? `a list ([Terrorbanden, Terroristen]) in the lexicon's language, or a mapping from language code to a list ({de: [...], en: [...]})`
            : 'a string, or an object with "term" and optional match, forms, exclude, note, source, examples',
          example: exampleFor(key === 'version' ? 'version' : list ? key : 'term'),
        },
      ];
    }
    case 'invalid_key':
      return [
        {
          ...base,
          ...at(keyOffset(doc, path.slice(0, -1), String(path.at(-1))) ?? offsetOf(doc, path)),
          ruleId: 'lexicon/invalid-value',
          message: `"${String(path.at(-1))}" is not a language code${didYouMean(languageCodeFor(path.at(-1)))}`,
          expected: 'an ISO 639-1 code in lower case, e.g. de or en, for each list of terms',
          example: EXAMPLE_PER_LANGUAGE,
        },
      ];
    case 'invalid_type': {
      const value = doc.getIn(path as PropertyKey[]);
      if (value === undefined) return [missingKey(base, at(offsetOf(doc, path.slice(0, -1))), key)];
      return [
        {
          ...base,
          ...at(offsetOf(doc, path)),
          ruleId: 'lexicon/invalid-value',
          message: `${named === undefined ? 'the document' : `"${named}"`} must be ${article(issue.expected)}, got ${describe(value)}`,
          expected: `${article(issue.expected)}`,
          example: exampleFor(key),
        },
      ];
    }
    case 'invalid_value':
      return [
        {
          ...base,
          ...at(offsetOf(doc, path)),
          ruleId: 'lexicon/invalid-value',
          message: `invalid value ${JSON.stringify(doc.getIn(path as PropertyKey[]))}`,
          expected: `one of: ${issue.values.map(String).join(', ')}`,
          example: exampleFor(key),
        },
      ];
    default: {
      const right = key === 'language' ? languageCodeFor(doc.getIn(path as PropertyKey[])) : undefined;
      if (right !== undefined)
        return [
          {
            ...base,
            ...at(offsetOf(doc, path)),
            ruleId: 'lexicon/invalid-value',
            message: `${issue.message} (got ${JSON.stringify(doc.getIn(path as PropertyKey[]))}; did you mean "${right}"?)`,
            expected: 'an ISO 639-1 code in lower case, e.g. de or en',
            example: `language: ${right}`,
          },
        ];
      return [
        {
          ...base,
          ...at(offsetOf(doc, path)),
          ruleId: 'lexicon/invalid-value',
          message: issue.message,
          expected: issue.message,
          example: exampleFor(key),
        },
      ];
    }
  }
}

/** ' (did you mean "en"?)' */
const didYouMean = (right: string | undefined) => (right === undefined ? '' : ` (did you mean "${right}"?)`);

function missingKey(base: Omit<Problem, 'message'>, place: { line?: number; column?: number }, key: string | undefined): Problem {
  return {
    ...base,
    ...place,
    ruleId: 'lexicon/missing-key',
    message: `missing required key "${String(key)}"`,
    expected: `a "${String(key)}" key here`,
    example: exampleFor(key),
  };
}

/** Offset of the node at `path`, or of the nearest ancestor that exists. */
function offsetOf(doc: Document, path: Path): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as PropertyKey[], true) as Node | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return node.range[0];
    if (n === 0 && doc.contents?.range) return doc.contents.range[0];
  }
  return undefined;
}

function keyOffset(doc: Document, path: Path, key: string): number | undefined {
  const node = path.length ? doc.getIn(path as PropertyKey[], true) : doc.contents;
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    if (isScalar(pair.key) && pair.key.value === key) return pair.key.range?.[0];
  }
  return undefined;
}

/** "frames[2].terms[0].term" */
export function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function fieldPath(field: string): PropertyKey[] {
  const out: PropertyKey[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** The last key of a path, a language key of terms given per language ("terms.en") read as its list ("terms"). */
function lastKey(path: Path): string | undefined {
  return schemaKeys(path).at(-1);
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'an empty value';
  if (isScalar(v)) return describe(v.value);
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)}`;
}

function article(expected: string): string {
  const nouns: Record<string, string> = { object: 'a mapping (key: value lines)', array: 'a list', string: 'a string', number: 'a number' };
  return nouns[expected] ?? expected;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

function sortProblems(ps: Problem[]): Problem[] {
  return ps.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
