import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { isCalendarDate } from '../dates.js';
import { decodeText, displayPath, parseYamlBounded } from '@framelens/diagnostics';
import { frontMatterLanguageMessage, splitFrontMatter } from '../front-matter.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../read-article.js';
import { datelineOf } from './dateline.js';
import { articleFromHtml } from './html.js';
import { articleFromRecord, isSkip, MAP_FIELDS, unusedKeys, type ImportedArticle, type ImportSkip, type MapField } from './imported.js';

export const IMPORT_FORMATS = ['auto', 'txt', 'md', 'jsonl', 'csv', 'news-please', 'html'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * Named column sets of common multi-outlet exports (`--preset`); `--map` entries override them.
 * Fields a preset leaves out are found by their common names (e.g. a `language` column).
 */
export const IMPORT_PRESETS = {
  /** Media Cloud's story CSV: one row per story, the outlet in media_name */
  mediacloud: { outlet: 'media_name', url: 'url', date: 'publish_date', title: 'title', text: 'text' },
  /** news-please JSON or JSONL: the outlet is the site's domain */
  'news-please': { outlet: 'source_domain', url: 'url', date: 'date_publish', title: 'title', text: 'maintext', author: 'authors', language: 'language' },
} as const satisfies Record<string, Partial<Record<MapField, string>>>;
export type ImportPreset = keyof typeof IMPORT_PRESETS;
export const IMPORT_PRESET_NAMES = Object.keys(IMPORT_PRESETS) as ImportPreset[];

export interface ImportOptions {
  format?: ImportFormat;
  /** field → column/key in the input, e.g. {text: 'body', title: 'headline', date: 'published'} */
  map?: Record<string, string>;
  /** shown paths are relative to this folder (default: the current directory) */
  cwd?: string;
  /** a file larger than this is refused; JSONL/CSV exports may be 10× larger (default 20 MB per article) */
  maxBytes?: number;
  /** ISO date (YYYY-MM-DD) for articles that have no date of their own (`--date`) */
  date?: string;
}

export interface ImportResult {
  articles: ImportedArticle[];
  /** inputs (files, lines, rows) that produced no article, and why */
  skipped: ImportSkip[];
  /** metadata that was left out (unparseable date, non-http URL), and notices (converted encoding) */
  warnings: ImportSkip[];
}

const EXTENSIONS: Record<string, Exclude<ImportFormat, 'auto'>> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.csv': 'csv', '.tsv': 'csv', '.json': 'news-please', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
};

/** "text=body,title=headline" → {text: 'body', title: 'headline'}; throws a message for bad input. */
export function parseFieldMap(spec: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = part.match(new RegExp(`^(${MAP_FIELDS.join('|')})=(.+)$`));
    if (!m) throw new Error(`--map "${part}": expected <field>=<column> with field one of ${MAP_FIELDS.join(', ')}, e.g. --map text=body,title=headline,date=published,outlet=source`);
    map[m[1]!] = m[2]!.trim();
  }
  return map;
}

/**
 * Read import files (plain text, Markdown, JSONL, CSV, news-please JSON, saved HTML) into articles.
 * `opts.date` dates the articles that have none of their own; a malformed one throws (see parseDateOption).
 */
export async function importArticles(files: readonly string[], opts: ImportOptions = {}): Promise<ImportResult> {
  // a malformed --date is refused before any file is read
  const date = opts.date === undefined ? undefined : parseDateOption(opts.date);
  const result: ImportResult = { articles: [], skipped: [], warnings: [] };
  for (const file of files) await importFile(file, opts, result);
  if (date !== undefined) {
    for (const article of result.articles) if (article.date === undefined) Object.assign(article, { date, datePrecision: 'day' });
  }
  return result;
}

async function importFile(file: string, opts: ImportOptions, result: ImportResult): Promise<void> {
  const abs = path.resolve(opts.cwd ?? process.cwd(), file);
  const shown = displayPath(abs, opts.cwd ?? process.cwd());
  const skip = (reason: string, source = shown) => void result.skipped.push({ source, reason });
  const ext = path.extname(file).toLowerCase();
  const format = opts.format && opts.format !== 'auto' ? opts.format : EXTENSIONS[ext];
  if (!format) return skip(`unknown format "${ext || 'no extension'}": pass --format txt|md|jsonl|csv|news-please|html`);

  let size: number;
  try {
    const info = await stat(abs);
    if (!info.isFile()) return skip('not a file');
    size = info.size;
  } catch {
    return skip('file not found');
  }
  const cap = (opts.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES) * (format === 'jsonl' || format === 'csv' || format === 'news-please' ? 10 : 1);
  if (size > cap) return skip(`too large: ${(size / 1024 / 1024).toFixed(1)} MB, over the limit of ${(cap / 1024 / 1024).toFixed(1)} MB`);
  const decoded = decodeText(await readFile(abs));
  if (!decoded.ok) return skip(`${decoded.message}; ${decoded.example}`);
  if (decoded.notice) result.warnings.push({ source: shown, reason: decoded.notice });
  const text = decoded.text;

  const add = (article: ImportedArticle | ImportSkip) => (isSkip(article) ? result.skipped.push(article) : result.articles.push(article));
  const map = opts.map ?? {};
  switch (format) {
    case 'txt': {
      const article = articleFromTxt(text, shown);
      if (!isSkip(article) && article.date !== undefined) result.warnings.push({ source: shown, reason: `date ${article.date} read from the dateline "${datelineOf(article.text.trimStart())?.line ?? ""}"` });
      return void add(article);
    }
    case 'md':
      return void add(articleFromMarkdown(text, shown, map, result.warnings));
    case 'html':
      return void add(articleFromHtml(text, shown, result.warnings));
    case 'jsonl': {
      const lines = text.split(/\r\n|\r|\n/);
      lines.forEach((line, i) => {
        if (line.trim() === '') return;
        const source = `${shown}:${i + 1}`;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (error) {
          return void skip(`not a JSON object: ${(error as Error).message}`, source);
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return void skip('not a JSON object', source);
        add(articleFromRecord(value as Record<string, unknown>, source, map, result.warnings));
      });
      return;
    }
    case 'news-please': {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        return skip(`not valid JSON: ${(error as Error).message}`);
      }
      const records = Array.isArray(value) ? value : [value];
      records.forEach((record, i) => {
        const source = records.length > 1 ? `${shown}[${i}]` : shown;
        if (record === null || typeof record !== 'object' || Array.isArray(record)) return void skip('not a JSON object', source);
        const r = record as Record<string, unknown>;
        const article = articleFromRecord(r, source, { text: 'maintext', title: 'title', date: 'date_publish', url: 'url', author: 'authors', language: 'language', ...map }, result.warnings);
        if (!isSkip(article) && typeof r.source_domain === 'string') article.note = `Imported from news-please (source_domain: ${r.source_domain})`;
        add(article);
      });
      return;
    }
    case 'csv':
      return importCsv(text, shown, map, result, add);
  }
}

/**
 * `--date`: an ISO day, YYYY-MM-DD, that exists in the calendar. Throws a message naming the option,
 * what was expected and an example.
 */
export function parseDateOption(value: string): string {
  const m = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new Error(`--date "${value}": expected a date as YYYY-MM-DD${m ? ' that exists in the calendar' : ''}, e.g. --date 2022-01-07`);
  }
  return m[0];
}

/**
 * Plain text: the first line is the title when it is short, not a sentence, not a dateline and
 * followed by a blank line. A dateline at the start of the text ("Minsk, 16. August 2020.") gives the date.
 */
export function articleFromTxt(text: string, source: string): ImportedArticle | ImportSkip {
  if (text.trim() === '') return { source, reason: 'empty text: the file has no article text' };
  const m = text.match(/^([^\r\n]{1,150})(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*/);
  const first = m?.[1]?.trim();
  const article: ImportedArticle =
    m && first && !/[.,;:]$/.test(first) && !datelineOf(first) && text.slice(m[0].length).trim() !== ''
      ? { source, title: first.replace(/\s+/g, ' '), text: text.slice(m[0].length) }
      : { source, text };
  const dateline = datelineOf(article.text.replace(/^\s+/, ''));
  if (dateline) Object.assign(article, { date: dateline.date, datePrecision: 'day' });
  return article;
}

/** Fields a corpus article's front matter may have (the corpus schema is strict). */
const CORPUS_FIELDS = ['title', 'date', 'datePrecision', 'url', 'author', 'language', 'note'];

/** A front-matter value as one line of text for a note. */
function noteValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(noteValue).join(', ');
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Markdown with optional front matter; front-matter fields map like JSONL keys. Fields the
 * corpus format does not have ("ressort", "tags") are not dropped and do not make the file
 * invalid: they are kept in `note` ("ressort: Ausland"), with a warning naming them.
 */
function articleFromMarkdown(text: string, source: string, map: Record<string, string>, warnings: ImportSkip[]): ImportedArticle | ImportSkip {
  const split = splitFrontMatter(text);
  if (split.kind === 'unclosed') return { source, reason: 'the front matter starting with "---" on line 1 is never closed (add a line with only "---" after it)' };
  if (split.kind === 'language') return { source, reason: frontMatterLanguageMessage(split.language) };
  if (split.kind === 'none') return articleFromRecord({}, source, map, warnings, text);
  let meta: unknown;
  try {
    meta = parseYamlBounded(split.yaml) ?? {};
  } catch (error) {
    return { source, reason: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return { source, reason: 'the front matter is not a list of "field: value" lines' };
  const record = meta as Record<string, unknown>;
  const article = articleFromRecord(record, source, map, warnings, split.body);
  if (isSkip(article)) return article;
  const extra = unusedKeys(record, map).filter((k) => k !== 'note' && k !== 'datePrecision' && record[k] !== null && record[k] !== undefined && record[k] !== '');
  const note = [typeof record.note === 'string' && record.note.trim() ? record.note.trim() : undefined, ...extra.map((k) => `${k}: ${noteValue(record[k])}`)].filter((n) => n !== undefined);
  if (note.length) article.note = note.join('; ');
  if (extra.length) {
    warnings.push({ source, reason: `front-matter field${extra.length === 1 ? '' : 's'} ${extra.map((k) => `"${k}"`).join(', ')} kept in note (a corpus article has only ${CORPUS_FIELDS.join(', ')})` });
  }
  return article;
}

function importCsv(text: string, shown: string, map: Record<string, string>, result: ImportResult, add: (a: ImportedArticle | ImportSkip) => void): void {
  const header = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  // German spreadsheet exports use ";" — pick the separator the header uses most
  const delimiter = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text, { columns: true, bom: true, delimiter, skip_empty_lines: true, relax_quotes: false, trim: false }) as Record<string, string>[];
  } catch (error) {
    result.skipped.push({ source: shown, reason: `not valid CSV: ${(error as Error).message}` });
    return;
  }
  const columns = rows[0] ? Object.keys(rows[0]) : [];
  for (const [field, column] of Object.entries(map)) {
    if (rows.length && !columns.includes(column)) {
      result.skipped.push({ source: shown, reason: `--map ${field}=${column}: there is no column "${column}" (columns: ${columns.join(', ')})` });
      return;
    }
  }
  rows.forEach((row, i) => add(articleFromRecord(row, `${shown} row ${i + 1}`, map, result.warnings)));
}
