import type { ArticleResult } from './article-result.js';
import { categoryLabels, evidenceRow } from './fold.js';
import type { CompiledLexiconLike } from './lexicon-like.js';
import type { ReportData } from './report-data.js';

type TableKey = 'outlets' | 'articles' | 'outletFrames' | 'outletFrameVoices' | 'naming' | 'speakers' | 'claims' | 'distinctive' | 'lexiconGaps' | 'nearDuplicates' | 'overTime' | 'evidence' | 'warnings';

const DISTINCTIVE = ['outlet', 'stem', 'forms', 'count', 'countRest', 'rate', 'rateRest', 'logOdds', 'z', 'inLexicon'];
const EVIDENCE = ['id', 'article', 'outlet', 'kind', 'category', 'categoryLabel', 'label', 'term', 'match', 'sentence', 'sentenceStart', 'sentenceEnd', 'start', 'end', 'voice', 'speaker', 'speakerGroup', 'cue', 'section', 'excluded'];

/** Column order of every table: the CSV header and the key order of its rows in report.json. */
export const COLUMNS: Record<TableKey, { file: string; columns: string[] }> = {
  outlets: { file: 'outlets.csv', columns: ['outlet', 'name', 'country', 'kind', 'url', 'attributionStatus', 'attributionEvidence', 'articles', 'wordTokens', 'boilerplateTokens', 'frameHits', 'firstDate', 'lastDate'] },
  articles: { file: 'articles.csv', columns: ['article', 'outlet', 'title', 'date', 'datePrecision', 'url', 'path', 'wordTokens', 'boilerplateTokens', 'frameHits', 'duplicateOf'] },
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
  nearDuplicates: { file: 'near-duplicates.csv', columns: ['articleA', 'articleB', 'outletA', 'outletB', 'similarity', 'passages'] },
  overTime: { file: 'over-time.csv', columns: ['outlet', 'date', 'frame', 'hits', 'wordTokens', 'density'] },
  evidence: { file: 'evidence.csv', columns: EVIDENCE },
  warnings: { file: 'warnings.csv', columns: ['kind', 'outlet', 'article', 'message'] },
};

const PASSAGES = ['articleA', 'articleB', 'startA', 'endA', 'startB', 'endB', 'text'];

const CELLS = ['outlet', 'kind', 'category', 'total', 'shown'];

/**
 * One CSV per table except evidence.csv (RFC 4180: comma, CRLF line ends, fields quoted when they
 * hold a comma, quote, CR or LF; header row; column order from COLUMNS).
 * Numbers: integers as is, others rounded to 4 decimals; booleans true/false;
 * lists joined with " | "; missing values empty. near-duplicates.csv has one
 * row per pair (passages = their number) and near-duplicate-passages.csv one
 * row per shared passage; evidence-cells.csv counts the evidence per outlet ×
 * kind × category (total and shown); evidence-duplicates.csv (collapse only)
 * lists the ids of evidence rows excluded as duplicates.
 *
 * evidence.csv holds every hit of the corpus, which ReportData does not: the
 * caller streams it with `evidenceCsvHeader()` and `evidenceCsvRows(result)`.
 * Only `{ evidence: true }` writes evidence.csv from `data.evidence`, and only
 * when that holds every row (`evidenceTotal` rows, as for a small corpus whose
 * cells are all under the cap); otherwise it throws rather than write a
 * partial file.
 */
export function toCsvFiles(data: ReportData, options: { evidence?: boolean } = {}): Map<string, string> {
  const files = new Map<string, string>();
  for (const [table, { file, columns }] of Object.entries(COLUMNS) as [TableKey, (typeof COLUMNS)[TableKey]][]) {
    if (table === 'evidence') {
      if (!options.evidence) continue;
      if (data.evidenceTotal !== undefined && data.evidence.length !== data.evidenceTotal)
        throw new Error(`toCsvFiles: data.evidence holds ${data.evidence.length} of ${data.evidenceTotal} evidence rows; stream evidence.csv with evidenceCsvHeader() and evidenceCsvRows(result, context) instead`);
    }
    const rows = data[table] as unknown as Record<string, unknown>[];
    files.set(file, csv(columns, rows.map((r) => (table === 'nearDuplicates' ? { ...r, passages: (r.passages as unknown[]).length } : r))));
  }
  const passages = data.nearDuplicates.flatMap((d) => d.passages.map((p) => ({ articleA: d.articleA, articleB: d.articleB, ...p })));
  files.set('near-duplicate-passages.csv', csv(PASSAGES, passages));
  if (data.evidenceCells) files.set('evidence-cells.csv', csv(CELLS, data.evidenceCells as unknown as Record<string, unknown>[]));
  if (data.duplicateEvidence) files.set('evidence-duplicates.csv', csv(['id'], data.duplicateEvidence.map((id) => ({ id }))));
  return new Map([...files.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/** The header line of data/evidence.csv (CRLF-terminated). */
export function evidenceCsvHeader(): string {
  return EVIDENCE.map(field).join(',') + '\r\n';
}

const labelCache = new WeakMap<object, Map<string, string>>();

/**
 * The evidence.csv lines of one article (every hit, counted or excluded, in
 * position order; CRLF-terminated; '' when it has none), formatted exactly as
 * the rows of a full evidence table. Append them in corpus order after
 * `evidenceCsvHeader()`. Rows inside a passage that syndication = collapse
 * later excludes cannot say so here: see ReportData.duplicateEvidence.
 */
export function evidenceCsvRows(result: ArticleResult, context: { lexicon: CompiledLexiconLike }): string {
  let labels = labelCache.get(context.lexicon);
  if (!labels) labelCache.set(context.lexicon, (labels = categoryLabels(context.lexicon.lexicon)));
  let out = '';
  for (const e of result.evidence) {
    const r = evidenceRow(e, labels) as unknown as Record<string, unknown>;
    out += EVIDENCE.map((c) => field(cell(r[c]))).join(',') + '\r\n';
  }
  return out;
}

function csv(columns: string[], rows: Record<string, unknown>[]): string {
  const lines = [columns.map(field).join(',')];
  for (const r of rows) lines.push(columns.map((c) => field(cell(r[c]))).join(','));
  return lines.join('\r\n') + '\r\n';
}

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return formatNumber(v, 4);
  if (Array.isArray(v)) return v.map((x) => cell(x)).join(' | ');
  return String(v);
}

function field(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Integers as is; other numbers rounded to `digits` decimals (no exponent, no −0). */
export function formatNumber(v: number, digits: number): string {
  if (!Number.isFinite(v)) return '';
  if (Number.isInteger(v)) return String(v);
  const r = Number(v.toFixed(digits));
  return r === 0 ? '0' : String(r);
}

const TOP = ['schemaVersion', 'pipeline', 'title', 'description', 'provenance', 'lexicon', ...Object.keys(COLUMNS), 'evidenceTotal', 'evidenceCells', 'duplicateEvidence', 'readers'];

/**
 * report.json: ReportData with a stable key order (top level as in TOP, table
 * rows in COLUMNS order, other objects alphabetical), non-integers rounded to
 * 6 decimals, 2-space indent, trailing newline. Same data → same bytes.
 */
export function reportJson(data: ReportData): string {
  const d = data as unknown as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const k of [...TOP, ...Object.keys(d).filter((k) => !TOP.includes(k)).sort()]) {
    if (d[k] === undefined) continue;
    const columns = k === 'evidenceCells' ? CELLS : COLUMNS[k as TableKey]?.columns;
    ordered[k] = columns && Array.isArray(d[k]) ? (d[k] as Record<string, unknown>[]).map((r) => stable(r, columns)) : stable(d[k]);
  }
  return JSON.stringify(ordered, null, 2) + '\n';
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
