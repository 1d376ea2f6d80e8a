import { csvCell, csvText } from './csv.js';
import type { ReportData } from './report-data.js';

type TableKey = 'outlets' | 'languages' | 'articles' | 'outletFrames' | 'outletFrameVoices' | 'naming' | 'speakers' | 'claims' | 'distinctive' | 'lexiconGaps' | 'nearDuplicates' | 'overTime' | 'evidence' | 'warnings';

const DISTINCTIVE = ['outlet', 'language', 'stem', 'forms', 'count', 'countRest', 'rate', 'rateRest', 'logOdds', 'z', 'articles', 'articlesRest', 'pArticles', 'significant', 'inLexicon'];
const EVIDENCE = ['id', 'article', 'outlet', 'kind', 'category', 'categoryLabel', 'label', 'term', 'match', 'sentence', 'sentenceStart', 'sentenceEnd', 'start', 'end', 'voice', 'speaker', 'speakerGroup', 'cue', 'section', 'excluded', 'negation'];

/** Column order of every table: the CSV header and the key order of its rows in report.json. */
export const COLUMNS: Record<TableKey, { file: string; columns: string[] }> = {
  outlets: { file: 'outlets.csv', columns: ['outlet', 'name', 'country', 'kind', 'url', 'attributionStatus', 'attributionEvidence', 'testCopy', 'articles', 'wordTokens', 'boilerplateTokens', 'frameHits', 'firstDate', 'lastDate'] },
  languages: { file: 'languages.csv', columns: ['language', 'outlets', 'articles', 'wordTokens', 'leftOut', 'termsCompared'] },
  // report.json's articles (the page's); every article is in data/articles.parquet, no CSV
  articles: { file: 'articles.csv', columns: ['article', 'outlet', 'title', 'date', 'datePrecision', 'url', 'language', 'path', 'sha256', 'wordTokens', 'boilerplateTokens', 'frameHits', 'duplicateOf'] },
  outletFrames: {
    file: 'outlet-frames.csv',
    columns: ['outlet', 'frame', 'frameLabel', 'articles', 'wordTokens', 'hits', 'ownHits', 'distancedHits', 'density', 'densityLow', 'densityHigh', 'ownDensity', 'ownDensityLow', 'ownDensityHigh', 'bootstrapLow', 'bootstrapHigh', 'share', 'endorsement'],
  },
  outletFrameVoices: { file: 'outlet-frame-voices.csv', columns: ['outlet', 'frame', 'frameLabel', 'voice', 'hits', 'share'] },
  naming: { file: 'naming.csv', columns: ['outlet', 'referent', 'referentLabel', 'label', 'hits', 'ownHits', 'share'] },
  speakers: { file: 'speakers.csv', columns: ['outlet', 'group', 'groupLabel', 'quotedWords', 'reportedWords', 'share', 'speakers'] },
  claims: { file: 'claims.csv', columns: ['outlet', 'claim', 'claimLabel', 'present', 'hits', 'articles', 'evidence', 'evidenceArticle'] },
  distinctive: { file: 'distinctive.csv', columns: DISTINCTIVE },
  lexiconGaps: { file: 'lexicon-gaps.csv', columns: DISTINCTIVE },
  // every pair and warning is in data/near-duplicates.parquet and data/warnings.parquet (data-files.ts), no CSV
  nearDuplicates: { file: 'near-duplicates.parquet', columns: ['articleA', 'articleB', 'outletA', 'outletB', 'similarity', 'containment', 'reuse', 'passages'] },
  overTime: { file: 'over-time.csv', columns: ['outlet', 'date', 'frame', 'hits', 'wordTokens', 'density'] },
  evidence: { file: 'evidence.csv', columns: EVIDENCE },
  warnings: { file: 'warnings.parquet', columns: ['kind', 'outlet', 'article', 'message'] },
};

const CELLS = ['outlet', 'kind', 'category', 'total', 'shown'];

const WARNING_COUNTS = ['kind', 'outlet', 'warnings'];

/**
 * Tables of report.json without a CSV: every article is in data/articles.parquet, every hit in
 * data/hits.parquet, every warning and text-reuse pair in data/warnings.parquet and
 * data/near-duplicates.parquet (data-files.ts).
 */
const NOT_CSV = new Set<TableKey>(['articles', 'nearDuplicates', 'warnings']);

/**
 * One CSV per per-outlet table (not articles, near-duplicates, warnings or evidence: see NOT_CSV; RFC 4180: comma, CRLF line ends, fields quoted when they
 * hold a comma, quote, CR or LF; header row; column order from COLUMNS). Text that a spreadsheet
 * would run as a formula (starting with = + - @, tab or CR) gets a leading ' (csv.ts, OWASP).
 * Numbers: integers as is, others rounded to 4 decimals; booleans true/false;
 * lists joined with " | "; missing values empty. evidence-cells.csv counts the evidence per outlet ×
 * kind × category (total and shown), warning-counts.csv the warnings per kind × outlet (when
 * `data.warningCounts` is set, as in report.json). The hits a text-reuse collapse leaves out are those of
 * data/hits.parquet with excluded = 'duplicate'.
 *
 * Every hit of the corpus is in data/hits.parquet (written by the store), which ReportData
 * does not hold. Only `{ evidence: true }` writes evidence.csv from `data.evidence`, and only
 * when that holds every row (`evidenceTotal` rows, as for a small corpus whose
 * cells are all under the cap); otherwise it throws rather than write a
 * partial file.
 */
export function toCsvFiles(data: ReportData, options: { evidence?: boolean } = {}): Map<string, string> {
  return new Map([...csvFiles(data, options)].map(([name, write]) => [name, [...write()].join('')]));
}

/**
 * The files of `toCsvFiles`, in the same order and with the same bytes, each as a function that
 * yields its text in pieces (the header, then rows): a caller writing them to disk never holds a
 * whole table's CSV text, however many articles the corpus has.
 */
export function csvFiles(data: ReportData, options: { evidence?: boolean } = {}): Map<string, () => Iterable<string>> {
  const files = new Map<string, () => Iterable<string>>();
  for (const [table, { file, columns }] of Object.entries(COLUMNS) as [TableKey, (typeof COLUMNS)[TableKey]][]) {
    if (NOT_CSV.has(table)) continue;
    if (table === 'evidence') {
      if (!options.evidence) continue;
      if (data.evidenceTotal !== undefined && data.evidence.length !== data.evidenceTotal)
        throw new Error(`toCsvFiles: data.evidence holds ${data.evidence.length} of ${data.evidenceTotal} evidence rows; every hit is in data/hits.parquet`);
    }
    const rows = (data[table] ?? []) as unknown as Record<string, unknown>[];
    files.set(file, () => csvLines(columns, rows));
  }
  const cells = data.evidenceCells;
  if (cells) files.set('evidence-cells.csv', () => csvLines(CELLS, cells as unknown as Record<string, unknown>[]));
  const counts = data.warningCounts;
  if (counts) files.set('warning-counts.csv', () => csvLines(WARNING_COUNTS, counts as unknown as Record<string, unknown>[]));
  return new Map([...files.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/** A CSV file's text in pieces of up to 256 rows: header, rows, CRLF after each line. */
function* csvLines(columns: string[], rows: readonly Record<string, unknown>[]): Generator<string> {
  let chunk = columns.map(csvText).join(',') + '\r\n';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    chunk += columns.map((c) => cellField(r[c])).join(',') + '\r\n';
    if ((i & 255) === 255) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/** A table cell as a CSV field (csv.ts: numbers as they are, text neutralised and quoted); lists joined with " | ". */
function cellField(v: unknown): string {
  if (!Array.isArray(v)) return csvCell(v, (x) => formatNumber(x, 4));
  return csvText(v.map((x) => (x === undefined || x === null ? '' : typeof x === 'number' ? formatNumber(x, 4) : String(x))).join(' | '));
}

/** Integers as is; other numbers rounded to `digits` decimals (no exponent, no −0). */
export function formatNumber(v: number, digits: number): string {
  if (!Number.isFinite(v)) return '';
  if (Number.isInteger(v)) return String(v);
  const r = Number(v.toFixed(digits));
  return r === 0 ? '0' : String(r);
}

const TOP = ['schemaVersion', 'pipeline', 'title', 'description', 'provenance', 'lexicon', 'corpus', ...Object.keys(COLUMNS), 'evidenceTotal', 'evidenceCells', 'readers', 'warningCounts', 'nearDuplicatesTotal'];

/**
 * report.json: ReportData with a stable key order (top level as in TOP, table
 * rows in COLUMNS order, other objects alphabetical), non-integers rounded to
 * 6 decimals, 2-space indent, trailing newline. Same data → same bytes.
 */
export function reportJson(data: ReportData): string {
  return [...reportJsonChunks(data)].join('');
}

/**
 * The text of `reportJson(data)` in pieces (byte for byte the same when joined): arrays are
 * written an element at a time, so writing report.json to disk never holds the whole text, nor
 * a rounded and reordered copy of every table, however many articles the corpus has.
 */
export function* reportJsonChunks(data: ReportData): Generator<string> {
  const d = data as unknown as Record<string, unknown>;
  const keys = [...TOP, ...Object.keys(d).filter((k) => !TOP.includes(k)).sort()].filter((k) => d[k] !== undefined);
  if (keys.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const columns = k === 'evidenceCells' ? CELLS : k === 'warningCounts' ? WARNING_COUNTS : COLUMNS[k as TableKey]?.columns;
    yield `  ${JSON.stringify(k)}: `;
    yield* jsonChunks(d[k], '  ', columns && Array.isArray(d[k]) ? columns : undefined);
    yield i < keys.length - 1 ? ',\n' : '\n';
  }
  yield '}\n';
}

/**
 * What `JSON.stringify(stable(v, …), null, 2)` writes for a value nested at `indent`, in pieces:
 * objects a key at a time, arrays an element at a time (each element, e.g. a table row, in one
 * piece; `rowColumns` orders the keys of an array's elements). JSON strings never hold a line
 * break, so indenting a nested value's text is a replacement of "\n".
 */
function* jsonChunks(v: unknown, indent: string, rowColumns?: string[]): Generator<string> {
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.length === 0) {
      yield '[]';
      return;
    }
    let chunk = '[\n';
    for (let i = 0; i < v.length; i++) {
      const text = JSON.stringify(stable(v[i], rowColumns), null, 2) ?? 'null';
      chunk += inner + (text.includes('\n') ? text.replaceAll('\n', '\n' + inner) : text) + (i < v.length - 1 ? ',\n' : '\n');
      if ((i & 255) === 255) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk + indent + ']';
    return;
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = enumerationOrder(
      Object.keys(o)
        .sort()
        .filter((k) => o[k] !== undefined),
    );
    if (keys.length === 0) {
      yield '{}';
      return;
    }
    yield '{\n';
    for (let i = 0; i < keys.length; i++) {
      yield `${inner}${JSON.stringify(keys[i])}: `;
      yield* jsonChunks(o[keys[i]!], inner);
      yield i < keys.length - 1 ? ',\n' : '\n';
    }
    yield indent + '}';
    return;
  }
  yield JSON.stringify(stable(v)) ?? 'null';
}

/**
 * Keys in the order a JavaScript object built by inserting them (as `stable` does) enumerates
 * them: array-index keys ("0", "17") first in numeric order, then the others as given.
 */
function enumerationOrder(keys: string[]): string[] {
  const index = (k: string) => /^(?:0|[1-9]\d{0,9})$/.test(k) && Number(k) < 4294967295;
  if (!keys.some(index)) return keys;
  return [...keys.filter(index).sort((a, b) => Number(a) - Number(b)), ...keys.filter((k) => !index(k))];
}

function stable(v: unknown, columns?: string[]): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? v : Number(formatNumber(v, 6) || 'NaN');
  if (Array.isArray(v)) return v.map((x) => stable(x));
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = columns ? [...columns, ...Object.keys(o).filter((k) => !columns.includes(k)).sort()] : Object.keys(o).sort();
    const out: Record<string, unknown> = {};
    for (const k of keys) if (o[k] !== undefined) out[k] = stable(o[k]);
    return out;
  }
  return v;
}
