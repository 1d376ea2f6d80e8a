/**
 * The long per-article lists of a report (warnings, text-reuse pairs and their passages) as
 * Parquet files in data/, and report.json's bounded share of them: a 1 GB corpus has hundreds of
 * thousands of warnings and a hundred thousand pairs, which made report.json 220 MB (and their
 * CSVs 110 MB) where the page shows a hundred of each kind.
 *
 *   const full = reduced.data;                       // every warning and pair
 *   await writeDataFiles(full, 'out/data', scratch); // data/warnings.parquet, data/near-duplicates.parquet, …
 *   const data = boundedReport(full);                // report.json and the page: first rows + counts
 */
import path from 'node:path';
import { cmp } from './compare.js';
import { formatNumber } from './export.js';
import type { NearDuplicateRow, ReportData, Warning, WarningCount } from './report-data.js';
import { NEAR_DUPLICATES_IN_REPORT } from './store/corpus-from-store.js';
import { writeRowsParquet, type RowColumn } from './store/outputs.js';

/** Warnings of one kind in report.json (and the page's list of that kind): the first ones in the warnings' order. */
export const WARNINGS_PER_KIND_IN_REPORT = 100;

/**
 * report.json's view of a report: the first WARNINGS_PER_KIND_IN_REPORT warnings of each kind, the
 * first NEAR_DUPLICATES_IN_REPORT text-reuse pairs, and how many there are of each (`warningCounts`,
 * `nearDuplicatesTotal`). A report under those limits keeps every row. The tables are not copied.
 */
export function boundedReport(data: ReportData): ReportData {
  const perKind = new Map<string, number>();
  const warnings = data.warnings.filter((w) => {
    const n = (perKind.get(w.kind) ?? 0) + 1;
    perKind.set(w.kind, n);
    return n <= WARNINGS_PER_KIND_IN_REPORT;
  });
  return {
    ...data,
    warnings,
    warningCounts: warningCounts(data.warnings),
    nearDuplicates: data.nearDuplicates.slice(0, NEAR_DUPLICATES_IN_REPORT),
    nearDuplicatesTotal: data.nearDuplicatesTotal ?? data.nearDuplicates.length,
  };
}

/** Warnings per kind × outlet: kinds in the order of their first warning, outlets sorted (the corpus-wide ones, without an outlet, first). */
export function warningCounts(warnings: readonly Warning[]): WarningCount[] {
  const byKind = new Map<Warning['kind'], Map<string, number>>();
  for (const w of warnings) {
    let outlets = byKind.get(w.kind);
    if (!outlets) byKind.set(w.kind, (outlets = new Map()));
    outlets.set(w.outlet ?? '', (outlets.get(w.outlet ?? '') ?? 0) + 1);
  }
  return [...byKind].flatMap(([kind, outlets]) =>
    [...outlets].sort(([a], [b]) => cmp(a, b)).map(([outlet, n]): WarningCount => (outlet === '' ? { kind, warnings: n } : { kind, outlet, warnings: n })),
  );
}

const text = <R>(name: string, value: (r: R) => string | undefined): RowColumn<R> => ({ name, type: 'VARCHAR', value });
const int = <R>(name: string, value: (r: R) => number | undefined): RowColumn<R> => ({ name, type: 'INTEGER', value });
/** a ratio rounded as in report.json (6 decimals), so the file's bytes do not depend on the last bits of a division */
const ratio = <R>(name: string, value: (r: R) => number | undefined): RowColumn<R> => ({
  name,
  type: 'DOUBLE',
  value: (r) => {
    const v = value(r);
    const shown = v === undefined ? '' : formatNumber(v, 6);
    return shown === '' ? undefined : Number(shown);
  },
});

type Passage = NearDuplicateRow['passages'][number] & { articleA: string; articleB: string };

/** The Parquet files of `writeDataFiles`: name → columns and the rows of a report they hold. */
const DATA_FILES = {
  'warnings.parquet': {
    columns: [text<Warning>('kind', (w) => w.kind), text<Warning>('outlet', (w) => w.outlet), text<Warning>('article', (w) => w.article), text<Warning>('message', (w) => w.message)],
    rows: (data: ReportData): Iterable<Warning> => data.warnings,
  },
  'near-duplicates.parquet': {
    columns: [
      text<NearDuplicateRow>('article_a', (d) => d.articleA),
      text<NearDuplicateRow>('article_b', (d) => d.articleB),
      text<NearDuplicateRow>('outlet_a', (d) => d.outletA),
      text<NearDuplicateRow>('outlet_b', (d) => d.outletB),
      ratio<NearDuplicateRow>('similarity', (d) => d.similarity),
      ratio<NearDuplicateRow>('containment', (d) => d.containment),
      text<NearDuplicateRow>('reuse', (d) => d.reuse),
      int<NearDuplicateRow>('passages', (d) => d.passages.length),
    ],
    rows: (data: ReportData): Iterable<NearDuplicateRow> => data.nearDuplicates,
  },
  'near-duplicate-passages.parquet': {
    columns: [
      text<Passage>('article_a', (p) => p.articleA),
      text<Passage>('article_b', (p) => p.articleB),
      int<Passage>('start_a', (p) => p.startA),
      int<Passage>('end_a', (p) => p.endA),
      int<Passage>('start_b', (p) => p.startB),
      int<Passage>('end_b', (p) => p.endB),
      text<Passage>('text', (p) => p.text),
    ],
    rows: function* (data: ReportData): Iterable<Passage> {
      for (const d of data.nearDuplicates) for (const p of d.passages) yield { articleA: d.articleA, articleB: d.articleB, ...p };
    },
  },
};

/**
 * Write every warning, text-reuse pair and shared passage of `data` (the full report, before
 * boundedReport) as Parquet into `dir`: warnings.parquet (kind, outlet, article, message, in the
 * report's order), near-duplicates.parquet (a pair per row, by article id) and
 * near-duplicate-passages.parquet (a passage per row, its text from article A). Returns the
 * files by their name relative to `dir`'s parent ("data/warnings.parquet").
 */
export async function writeDataFiles(data: ReportData, dir: string, scratchDir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [name, table] of Object.entries(DATA_FILES) as [keyof typeof DATA_FILES, (typeof DATA_FILES)[keyof typeof DATA_FILES]][]) {
    const file = path.join(dir, name);
    await writeRowsParquet(file, table.columns as RowColumn<unknown>[], table.rows(data) as Iterable<unknown>, scratchDir);
    out.set(`${path.basename(dir)}/${name}`, file);
  }
  return out;
}
