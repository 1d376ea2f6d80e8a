import { normaliseDate } from '../dates.js';

/** One article read from an import file, ready to be written as a corpus file. */
export interface ImportedArticle {
  /** where it came from: "export.jsonl:3", "export.csv row 2", "page.html" */
  source: string;
  title?: string;
  date?: string;
  datePrecision?: 'day' | 'month' | 'year';
  url?: string;
  author?: string;
  language?: string;
  note?: string;
  /** the outlet as the export names it (`--map outlet=media_name`): one outlet per distinct value */
  outlet?: string;
  /** earlier file names of the stored article this one replaces (kept by writeImported) */
  renamedFrom?: readonly string[];
  text: string;
}

export interface ImportSkip {
  source: string;
  reason: string;
}

/** The metadata fields a record can carry, with the names exports commonly use for them. */
export const FIELD_ALIASES: Record<'text' | 'title' | 'date' | 'url' | 'author' | 'language', readonly string[]> = {
  text: ['text', 'body', 'maintext', 'content', 'article', 'fulltext', 'volltext'],
  title: ['title', 'headline', 'titel', 'ueberschrift', 'überschrift'],
  date: ['date', 'published', 'date_publish', 'publish_date', 'datePublished', 'pubdate', 'publication_date', 'datum'],
  url: ['url', 'link', 'href'],
  author: ['author', 'authors', 'byline', 'autor'],
  language: ['language', 'lang', 'sprache'],
};
export type ImportField = keyof typeof FIELD_ALIASES;

/** Fields `--map` can name: the metadata fields, and `outlet` (no common names: only when mapped). */
export const MAP_FIELDS = [...(Object.keys(FIELD_ALIASES) as ImportField[]), 'outlet'] as const;
export type MapField = (typeof MAP_FIELDS)[number];

/** The record key that holds `field`: the mapped one, or the first common name present. */
function fieldKey(keys: readonly string[], field: ImportField, map: Readonly<Record<string, string>>): string | undefined {
  return map[field] ?? FIELD_ALIASES[field].map((alias) => keys.find((k) => k.toLowerCase() === alias.toLowerCase())).find((k) => k !== undefined);
}

/** Keys of `record` that no field reads (neither mapped nor a common name). */
export function unusedKeys(record: Record<string, unknown>, map: Readonly<Record<string, string>> = {}): string[] {
  const keys = Object.keys(record);
  const used = new Set([...(Object.keys(FIELD_ALIASES) as ImportField[]).map((f) => fieldKey(keys, f, map)), map.outlet]);
  return keys.filter((k) => !used.has(k));
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map((v) => (typeof v === 'object' && v !== null && 'name' in v ? asText((v as { name: unknown }).name) : asText(v))).filter((v): v is string => !!v && v.trim() !== '');
    return parts.length ? parts.join(', ') : undefined;
  }
  return undefined;
}

/**
 * A flat record (JSONL line, CSV row, news-please object, front matter) → an ImportedArticle.
 * `map` names the record key for a field ("text" → "body"); otherwise common names are tried.
 * Returns the article or why it was skipped; `warnings` collects metadata that was left out.
 */
export function articleFromRecord(
  record: Record<string, unknown>,
  source: string,
  map: Readonly<Record<string, string>> = {},
  warnings: ImportSkip[] = [],
  text?: string,
): ImportedArticle | ImportSkip {
  const keys = Object.keys(record);
  const keyOf = (field: ImportField) => fieldKey(keys, field, map);
  const pick = (field: ImportField): unknown => {
    const key = keyOf(field);
    return key === undefined ? undefined : record[key];
  };
  const textKey = keyOf('text');
  const body = text ?? (textKey !== undefined && textKey in record ? (asText(record[textKey]) ?? '') : undefined);
  if (body === undefined || body.trim() === '') {
    const column = map.text ?? FIELD_ALIASES.text.join('/');
    return {
      source,
      reason:
        body === undefined
          ? `no article text: no field "${column}"${keys.length ? ` (fields: ${keys.slice(0, 12).join(', ')})` : ''}; name the text field with --map text=<field>`
          : 'empty text: the article has no text, nothing to analyse',
    };
  }
  const article: ImportedArticle = { source, text: body };
  if (map.outlet !== undefined) {
    const outlet = asText(record[map.outlet]);
    if (!outlet || !oneLine(outlet)) return { source, reason: `no outlet: the "${map.outlet}" field is empty, so the article belongs to no outlet` };
    article.outlet = oneLine(outlet);
  }
  const title = asText(pick('title'));
  if (title && oneLine(title)) article.title = oneLine(title);
  const rawDate = pick('date');
  if (rawDate !== undefined && rawDate !== null && rawDate !== '') {
    const date = normaliseDate(rawDate);
    if (date.ok) Object.assign(article, { date: date.date, datePrecision: date.precision });
    else warnings.push({ source, reason: `date left out: ${date.reason}` });
  }
  const url = asText(pick('url'))?.trim();
  if (url) {
    if (/^https?:\/\/[^\s]+$/i.test(url) && URL.canParse(url)) article.url = url;
    else warnings.push({ source, reason: `url left out: "${url.slice(0, 80)}" is not an http(s) URL` });
  }
  const author = asText(pick('author'));
  if (author && oneLine(author)) article.author = oneLine(author);
  const language = asText(pick('language'))?.trim().toLowerCase().match(/^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/)?.[1];
  if (language) article.language = language;
  return article;
}

export const isSkip = (x: ImportedArticle | ImportSkip): x is ImportSkip => 'reason' in x;
