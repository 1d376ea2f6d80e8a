import { hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isCalendarDate, normaliseDate } from './dates.js';
import { decodeProblem, decodeText, displayPath, type FieldHelp, languageCodeFor, lineOfPath, type ParsedYaml, parseYaml, type Problem, pushAll, zodProblems } from '@framelens/diagnostics';
import { frontMatterLanguageMessage, simpleFrontMatter, splitFrontMatter } from './front-matter.js';
import type { CorpusEntry } from './scan.js';
import { articleFrontMatterSchema, plainFrontMatter, type Article, type ArticleFrontMatter, type Outlet } from './schema.js';

export const DEFAULT_MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export interface ReadArticleOptions {
  /** problems name files relative to this folder (default: the current directory) */
  repoRoot?: string;
  /** articles larger than this are refused (default 20 MB) */
  maxBytes?: number;
}

export interface ReadArticleResult {
  article?: Article;
  problems: Problem[];
  /** things the user should know that are not errors (e.g. a converted encoding) */
  notices: string[];
}

export const FRONT_MATTER_EXAMPLE = `---
title: "Militärbündnis OVKS: Russland greift in Kasachstan ein"
date: "2022-01-06"
url: https://www.nd-aktuell.de/artikel/1160198
---
Noch am Dienstag waren sich viele Experten einig: …`;

export const FRONT_MATTER_HELP: Record<string, FieldHelp> = {
  title: { expected: 'the headline as text', example: 'title: "Russland greift in Kasachstan ein"' },
  date: { expected: 'an ISO date: YYYY-MM-DD, YYYY-MM or YYYY, in quotes', example: 'date: "2022-01-07"' },
  datePrecision: { expected: 'one of day, month, year, inferred (inferred: estimated from the text)', example: 'datePrecision: inferred' },
  url: { expected: 'an http(s) URL', example: 'url: https://www.nd-aktuell.de/artikel/1160198' },
  author: { expected: 'the author\'s name as text', example: 'author: "Ulrich Heyden"' },
  language: { expected: 'an ISO 639-1 language code in lower case', example: 'language: de', suggest: languageCodeFor },
  note: { expected: 'any text', example: 'note: "Date estimated from the text."' },
  renamedFrom: { expected: 'a list of earlier file names (written by import --force)', example: 'renamedFrom: ["undated-kasachstan-proteste.md"]' },
};

const KNOWN = { '': Object.keys(articleFrontMatterSchema.shape) };

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}

/**
 * Read one article file: bytes → text (encoding detection), front matter (for .md) → validated
 * metadata, body → verbatim text. Returns every problem in the file; never throws on bad input.
 */
export async function readArticle(entry: CorpusEntry, outlet: Outlet, opts: ReadArticleOptions = {}): Promise<ReadArticleResult> {
  const tooLarge = checkSize((await stat(entry.path)).size, entry, opts);
  return tooLarge ?? articleFromBytes(await readFile(entry.path), entry, outlet, opts);
}

/**
 * `readArticle` with synchronous file access: for worker threads, which do nothing else while they
 * read (asynchronous reads of many small files cost ten times more in thread-pool round trips).
 */
export function readArticleSync(entry: CorpusEntry, outlet: Outlet, opts: ReadArticleOptions = {}): ReadArticleResult {
  // the size of the open file: one look-up of the path, not two (a stat, then the read's open)
  const fd = openSync(entry.path, 'r');
  try {
    const tooLarge = checkSize(fstatSync(fd).size, entry, opts);
    return tooLarge ?? articleFromBytes(readFileSync(fd), entry, outlet, opts);
  } finally {
    closeSync(fd);
  }
}

function failure(entry: CorpusEntry, opts: ReadArticleOptions, problem: Omit<Problem, 'file' | 'severity'>): ReadArticleResult {
  return { problems: [{ file: displayPath(entry.path, opts.repoRoot ?? process.cwd()), severity: 'error', ...problem }], notices: [] };
}

function checkSize(size: number, entry: CorpusEntry, opts: ReadArticleOptions): ReadArticleResult | undefined {
  const problem = articleSizeProblem(size, opts.maxBytes);
  return problem && failure(entry, opts, problem);
}

/** The problem of a file over the article size limit (analyze, validate and inspect refuse it); undefined within it. */
export function articleSizeProblem(size: number, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): Omit<Problem, 'file' | 'severity'> | undefined {
  if (size <= maxBytes) return undefined;
  return {
    ruleId: 'file/too-large',
    message: `is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)} for one article`,
    expected: 'one article per file',
    example: 'split a file that holds many articles: framelens import <event> <outlet> export.jsonl --format jsonl',
  };
}

/** The article in a file's bytes (decoding, front matter, checks); `entry.path` names it in problems. */
export function articleFromBytes(bytes: Buffer, entry: CorpusEntry, outlet: Outlet, opts: ReadArticleOptions = {}): ReadArticleResult {
  const file = displayPath(entry.path, opts.repoRoot ?? process.cwd());
  const problems: Problem[] = [];
  const notices: string[] = [];
  const fail = (problem: Omit<Problem, 'file' | 'severity'>): ReadArticleResult => ({ problems: [{ file, severity: 'error', ...problem }], notices });
  if (bytes.length === 0) return fail({ ruleId: 'article/empty', message: 'is empty (0 bytes)', expected: 'the article text', example: FRONT_MATTER_EXAMPLE });
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { problems: [decodeProblem(decoded, file)], notices };
  if (decoded.notice) notices.push(`${file}: ${decoded.notice}`);
  const text = decoded.text;

  // front matter
  let meta: ArticleFrontMatter = {};
  let body = text;
  let bodyLine = 1;
  if (path.extname(entry.path).toLowerCase() === '.md') {
    const split = splitFrontMatter(text);
    if (split.kind === 'unclosed') {
      return fail({
        line: 1,
        ruleId: 'article/front-matter-unclosed',
        message: 'the front matter starting with "---" on line 1 is never closed',
        expected: 'a line with only "---" after the metadata, then the article text',
        example: FRONT_MATTER_EXAMPLE,
      });
    }
    if (split.kind === 'language') {
      return fail({ line: 1, ruleId: 'article/front-matter-language', message: frontMatterLanguageMessage(split.language), expected: 'YAML "field: value" lines between "---" lines', example: FRONT_MATTER_EXAMPLE });
    }
    if (split.kind === 'ok') {
      body = split.body;
      bodyLine = split.bodyLine;
      const parsed = parseFrontMatter(split.yaml, file);
      pushAll(problems, parsed.problems);
      meta = parsed.meta ?? {};
    }
  }

  if (body.trim() === '') {
    problems.push({
      file,
      line: bodyLine,
      severity: 'error',
      ruleId: 'article/empty',
      message: 'the article has no text',
      expected: 'the article text after the front matter',
      example: FRONT_MATTER_EXAMPLE,
    });
  }
  if (problems.length) return { problems, notices };

  const article: Article = {
    id: entry.id,
    outlet: outlet.id,
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(meta.date !== undefined ? { date: meta.date } : {}),
    ...(meta.datePrecision !== undefined ? { datePrecision: meta.datePrecision } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
    ...(meta.author !== undefined ? { author: meta.author } : {}),
    language: meta.language ?? outlet.language,
    text: body,
    source: { path: file, sha256: sha256(bytes) },
  };
  return { article, problems, notices };
}

/** The hex SHA-256 of a file's bytes (one call: no Hash object). */
function sha256(bytes: Buffer): string {
  return hash('sha256', bytes, 'hex');
}

/** Validate front-matter YAML (which starts on line 2 of the file). */
export function parseFrontMatter(yaml: string, file: string): { meta?: ArticleFrontMatter; problems: Problem[] } {
  // the YAML library's document (for line numbers) is built only when a problem needs it
  let parsed: ParsedYaml | undefined;
  const full = (): ParsedYaml => (parsed ??= parseYaml(yaml, file, 1, FRONT_MATTER_EXAMPLE));
  let value: unknown = simpleFrontMatter(yaml);
  if (value === undefined) {
    if (full().problems.length) return { problems: full().problems };
    value = full().value ?? {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problems: [{ file, line: 2, severity: 'error', ruleId: 'yaml/not-a-mapping', message: 'the front matter must be "field: value" lines', expected: 'a YAML mapping', example: FRONT_MATTER_EXAMPLE }] };
  }
  const record = { ...(value as Record<string, unknown>) };
  // `date: 2022` is a YAML number; a year is what the user meant
  if (typeof record.date === 'number' && Number.isInteger(record.date)) record.date = String(record.date);
  const problems: Problem[] = [];
  const ctx = {
    file,
    get doc() {
      return full().doc;
    },
    get lines() {
      return full().lines;
    },
    lineOffset: 1,
    help: FRONT_MATTER_HELP,
    known: KNOWN,
    value: record,
  };
  const lineOf = (field: string) => {
    const line = lineOfPath(full().doc, full().lines, [field]);
    return line !== undefined ? { line: line + 1 } : {};
  };
  // the common front matter needs no zod parse: the schema would return it as it is
  const result = plainFrontMatter(record) ? { success: true as const, data: { ...record } as ArticleFrontMatter } : articleFrontMatterSchema.safeParse(record);
  if (!result.success) {
    for (const problem of zodProblems(result.error, ctx)) {
      // a date in another format: say what it should be
      if (problem.field === 'date' && typeof record.date === 'string') {
        const guess = normaliseDate(record.date);
        problems.push({
          ...problem,
          ruleId: 'article/date',
          message: guess.ok
            ? `"${record.date}" is not an ISO date: write "${guess.date}"`
            : `"${record.date}" is not an ISO date; ${guess.reason.replace(/^"[^"]*" /, 'it ')}`,
          example: `date: "${guess.ok ? guess.date : '2022-01-07'}"${guess.ok && guess.precision !== 'day' ? `\ndatePrecision: ${guess.precision}` : ''}`,
        });
      } else problems.push(problem);
    }
  }
  // checks across fields, also when other fields are wrong (every problem in one run)
  const date = typeof record.date === 'string' && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(record.date) ? record.date : undefined;
  const datePrecision = typeof record.datePrecision === 'string' ? record.datePrecision : undefined;
  const precision = date === undefined ? undefined : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  if (date !== undefined) {
    const [y, m, d] = date.split('-').map(Number);
    if (!isCalendarDate(y!, m ?? 1, d)) {
      problems.push({ file, ...lineOf('date'), field: 'date', severity: 'error', ruleId: 'article/date', message: `"${date}" is not a calendar date`, ...FRONT_MATTER_HELP.date! });
    }
    if (datePrecision !== undefined && ['day', 'month', 'year'].includes(datePrecision) && datePrecision !== precision) {
      problems.push({
        file,
        ...lineOf('datePrecision'),
        field: 'datePrecision',
        severity: 'error',
        ruleId: 'article/date-precision',
        message: `"${datePrecision}" does not fit the date "${date}", which is precise to the ${precision}`,
        expected: `datePrecision: ${precision} (or inferred when the date is estimated)`,
        example: `date: "${date}"\ndatePrecision: ${precision}`,
      });
    }
  } else if (datePrecision !== undefined && record.date === undefined) {
    problems.push({
      file,
      ...lineOf('datePrecision'),
      field: 'datePrecision',
      severity: 'error',
      ruleId: 'article/date-precision',
      message: 'datePrecision is given but there is no date',
      expected: 'a date next to its precision, or neither',
      example: 'date: "2022-01"\ndatePrecision: month',
    });
  }
  if (!result.success || problems.length) return { problems };
  const meta = result.data;
  if (meta.datePrecision === undefined && precision !== undefined) meta.datePrecision = precision;
  return { meta, problems };
}
