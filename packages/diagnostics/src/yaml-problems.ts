import { CST, isMap, isNode, isScalar, LineCounter, Parser, parseDocument, type Document, type YAMLError } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './problem.js';
import { aliasExpansionMessage } from './yaml-size.js';

export interface FieldHelp {
  expected: string;
  example: string;
  /** for a value that is close to a right one ("EN", "English" for "en"): the right value, shown as "did you mean" and in the example */
  suggest?: (got: unknown) => string | undefined;
}

export interface ParsedYaml {
  value: unknown;
  doc: Document;
  lines: LineCounter;
  problems: Problem[];
}

/**
 * Parse YAML text that starts on line `lineOffset + 1` of `file`: syntax errors become problems
 * with the line and column in the file.
 */
export function parseYaml(source: string, file: string, lineOffset: number, example: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
  const problems = yamlSyntaxProblems(doc, source, lines, file, lineOffset, example);
  if (problems.length) return { value: undefined, doc, lines, problems };
  const expansion = aliasExpansionMessage(doc);
  if (expansion) return { value: undefined, doc, lines, problems: [{ ...yamlValueProblem(expansion, file, lineOffset, example), ruleId: 'yaml/alias-expansion', message: expansion }] };
  // toJS throws on an alias without its anchor ("*a") and on alias bombs (too many aliases)
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }), doc, lines, problems };
  } catch (error) {
    return { value: undefined, doc, lines, problems: [yamlValueProblem(error, file, lineOffset, example)] };
  }
}

/**
 * The syntax errors of a parsed document (`parseDocument(source, { lineCounter: lines })`, with the
 * default prettyErrors) as problems at the line to fix: an unclosed quote or bracket where it opens,
 * a tab, a missing colon or a value holding ": " with a corrected example line. Used for every YAML
 * file framelens reads (front matter, outlet.yaml, pipeline.yaml, the lexicon).
 */
export function yamlSyntaxProblems(doc: Document, source: string, lines: LineCounter, file: string, lineOffset: number, example: string): Problem[] {
  const sourceLines = source.split(/\r?\n/);
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    // nesting too deep: one problem for the file, not one per level the parser gave up on
    if (error.code === 'RESOURCE_EXHAUSTION' && problems.some((p) => p.message.startsWith(TOO_DEEP))) continue;
    const problem = error.code === 'RESOURCE_EXHAUSTION' ? tooDeepProblem(error, file, lineOffset, example) : syntaxProblem(error, source, sourceLines, lines, file, lineOffset, example);
    // one mistake (an unclosed quote or bracket) can raise several errors at the same place
    const key = `${problem.line}:${problem.column}:${problem.message}`;
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
  }
  return problems;
}

const TOO_DEEP = 'YAML nests lists or maps too deeply';

/** The yaml package gives up on very deep nesting with "Maximum call stack size exceeded". */
function tooDeepProblem(error: YAMLError, file: string, lineOffset: number, example: string): Problem {
  const pos = error.linePos?.[0];
  return {
    file,
    // the line only: the column where the parser gave up depends on its stack depth
    ...(pos ? { line: pos.line + lineOffset } : {}),
    severity: 'error',
    ruleId: 'yaml/too-deep',
    message: `${TOO_DEEP} (hundreds of levels; it gave up here)`,
    expected: 'a few levels of "field: value" lines and lists',
    example,
  };
}

/** An unclosed quoted value or flow collection ([…], {…}): the token where it opens. */
function unclosedOpening(source: string, kind: 'quote' | 'flow'): { offset: number; mark: string; close: string } | undefined {
  let found: { offset: number; mark: string; close: string } | undefined;
  for (const token of new Parser().parse(source)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const t of [item.key, item.value]) {
        if (!t || found) continue;
        if (kind === 'quote' && t.type === 'double-quoted-scalar' && !/^"(?:[^"\\]|\\[\s\S])*"\s*$/.test(t.source)) found = { offset: t.offset, mark: '"', close: '"' };
        if (kind === 'quote' && t.type === 'single-quoted-scalar' && !/^'(?:[^']|'')*'\s*$/.test(t.source)) found = { offset: t.offset, mark: "'", close: "'" };
        if (kind === 'flow' && t.type === 'flow-collection' && !t.end.some((e) => e.type === 'flow-seq-end' || e.type === 'flow-map-end')) {
          found = { offset: t.start.offset, mark: t.start.source, close: t.start.source === '[' ? ']' : '}' };
        }
      }
      return found ? CST.visit.BREAK : undefined;
    });
    if (found) break;
  }
  return found;
}

function syntaxProblem(error: YAMLError, source: string, sourceLines: readonly string[], lines: LineCounter, file: string, lineOffset: number, example: string): Problem {
  const pos = error.linePos?.[0];
  const place = { file, ...(pos ? { line: pos.line + lineOffset, column: pos.col } : {}), severity: 'error' as const };
  // the most common mistake: an unquoted value holding ": " (title: Kasachstan: Tokajew spricht)
  const colon = error.code === 'BLOCK_AS_IMPLICIT_KEY' && pos ? /^(\s*(?:-\s+)?)([^\s:#'"][^:]*?):\s+(.*:\s.*?)\s*$/.exec(sourceLines[pos.line - 1] ?? '') : null;
  if (colon) {
    const [, indent, key, value] = colon as unknown as [string, string, string, string];
    return {
      ...place,
      ruleId: 'yaml/colon-in-value',
      message: `YAML syntax error: the value of "${key}" contains ": ", so it must be in quotes`,
      expected: 'a value with ": " in double quotes',
      example: `${indent.trimStart()}${key}: "${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
    };
  }
  // the parser notices an unclosed quote or bracket where the text ends (or the next line
  // breaks it): report the line where it opens, which is the line to fix
  const opening =
    error.code === 'MISSING_CHAR' && /quote/.test(error.message) ? unclosedOpening(source, 'quote')
    : (error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT') && /\bFlow (?:sequence|map)\b|end with a [\]}]/.test(error.message) ? unclosedOpening(source, 'flow')
    : undefined;
  if (opening) {
    const at = lines.linePos(opening.offset);
    const text = (sourceLines[at.line - 1] ?? '').trimEnd();
    const isQuote = opening.close === opening.mark;
    return {
      file,
      line: at.line + lineOffset,
      column: at.col,
      severity: 'error',
      ruleId: isQuote ? 'yaml/unclosed-quote' : 'yaml/unclosed-bracket',
      message: isQuote
        ? `YAML syntax error: the quote mark ${opening.mark} that opens this value is never closed`
        : `YAML syntax error: the "${opening.mark}" that opens this value is never closed with "${opening.close}"`,
      expected: isQuote
        ? `a closing ${opening.mark} at the end of the value, on the same line`
        : `a closing "${opening.close}" on the same line, after the last item`,
      example: `${text.trimStart()}${opening.close}`,
    };
  }
  if (error.code === 'TAB_AS_INDENT' && pos) {
    const text = sourceLines[pos.line - 1] ?? '';
    return {
      ...place,
      ruleId: 'yaml/tab-indent',
      message: 'YAML syntax error: a tab indents this line; YAML indents with spaces only',
      expected: 'spaces (usually two per level) instead of tabs at the start of the line',
      example: text.replace(/^[ \t]+/, (indent) => indent.replace(/\t/g, '  ')),
    };
  }
  // "date 2022-01-07" (no colon) makes the parser read two lines as one key
  const noColon = error.code === 'MULTILINE_IMPLICIT_KEY' && pos ? /^(\s*)([A-Za-z_][\w-]*)(?:\s+(\S.*?))?\s*$/.exec(sourceLines[pos.line - 1] ?? '') : null;
  if (noColon) {
    const [, indent, key, value] = noColon as unknown as [string, string, string, string | undefined];
    return {
      ...place,
      field: key,
      ruleId: 'yaml/missing-colon',
      message: `YAML syntax error: the line "${(sourceLines[pos!.line - 1] ?? '').trim()}" has no ":" after the field name`,
      expected: 'one "field: value" per line, with a colon and a space after the field name',
      example: `${indent.trimStart()}${key}: ${value ?? '…'}`,
    };
  }
  return {
    ...place,
    ruleId: error.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax',
    message: `YAML syntax error: ${firstLine(error.message)}`,
    expected: 'valid YAML: one "field: value" per line; quote values that contain ": " or start with a quote mark',
    example,
  };
}

/** A problem for YAML that parses but has no value: an undefined alias or an alias bomb. */
export function yamlValueProblem(error: unknown, file: string, lineOffset: number, example: string): Problem {
  const detail = error instanceof Error ? firstLine(error.message) : String(error);
  return {
    file,
    line: lineOffset + 1,
    severity: 'error',
    ruleId: 'yaml/alias',
    message: `YAML cannot be read: ${detail}`,
    expected: 'plain "field: value" lines, without anchors (&name) and aliases (*name)',
    example,
  };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message)
    .replace(/ at line \d+, column \d+:?$/, '')
    // the yaml library writes 'Missing closing "quote': put the mark where a reader expects it
    .replace(/^Missing closing (["'])quote/, 'missing closing quote mark $1');
}

/** Line (1-based, within the YAML) of the key at `path`, or of the closest ancestor that exists. */
export function lineOfPath(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 1; n--) {
    const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1) as unknown[], true);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(path[n - 1]));
      const node = pair && (isNode(pair.key) ? pair.key : pair.value);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  if (isNode(doc.contents) && doc.contents.range) return lines.linePos(doc.contents.range[0]).line;
  return undefined;
}

/** Levenshtein distance, for "did you mean" hints on unknown fields. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The known field closest to an unknown one ("titel" → "title"), when it is close. */
export function closestField(unknown: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(unknown.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return bestDistance <= Math.max(2, Math.floor(unknown.length / 3)) ? best : undefined;
}

export interface ZodProblemContext {
  file: string;
  doc: Document;
  lines: LineCounter;
  /** lines before the YAML text in the file */
  lineOffset: number;
  /** help per field path ("date", "attribution.status") */
  help: Record<string, FieldHelp>;
  /** the fields allowed at each object path ("" for the top level), for unknown-field hints */
  known: Record<string, readonly string[]>;
  value: unknown;
}

/** Zod issues → problems with the file line of the field, what was expected and an example. */
export function zodProblems(error: z.ZodError, ctx: ZodProblemContext): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const path = key === undefined ? issue.path : [...issue.path, key];
      const field = path.map(String).join('.');
      const line = lineOfPath(ctx.doc, ctx.lines, path);
      const help = ctx.help[field];
      const base = { file: ctx.file, ...(line !== undefined ? { line: line + ctx.lineOffset } : {}), ...(field ? { field } : {}), severity: 'error' as const };
      if (key !== undefined) {
        const allowed = ctx.known[issue.path.map(String).join('.')] ?? [];
        const guess = closestField(key, allowed);
        const guessHelp = guess ? ctx.help[[...issue.path.map(String), guess].join('.')] : undefined;
        problems.push({
          ...base,
          ruleId: 'field/unknown',
          message: `unknown field "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
          expected: `one of: ${allowed.join(', ')}`,
          example: guessHelp ? guessHelp.example : `remove the line "${key}: …" or rename it to one of the fields above`,
        });
        continue;
      }
      const got = valueAt(ctx.value, issue.path);
      const right = got === undefined ? undefined : help?.suggest?.(got);
      const gotText = got === undefined ? '' : ` (got ${JSON.stringify(got)?.slice(0, 80)}${right === undefined ? '' : `; did you mean "${right}"?`})`;
      problems.push({
        ...base,
        ruleId: issue.code === 'invalid_type' ? (got === undefined ? 'field/required' : 'field/type') : 'field/value',
        message: `${issueText(issue, got)}${gotText}`,
        ...(help ? { expected: help.expected, example: right === undefined ? help.example : `${String(path.at(-1))}: ${right}` } : {}),
      });
    }
  }
  return problems;
}

/** Zod's English ("Invalid input: expected number, received string") in the words of these messages. */
function issueText(issue: z.core.$ZodIssue, got: unknown): string {
  if (issue.code === 'invalid_type') return got === undefined ? 'is required' : `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a group of "field: value" lines' : `a ${issue.expected}`}`;
  if (issue.code === 'invalid_format' && issue.format === 'url') return 'must be an http(s) URL';
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
  return issue.message;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let cur = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}
