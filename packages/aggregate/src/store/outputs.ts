import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { sqlString, type FactStore } from './fact-store.js';

/**
 * A hit's stable id, `<article>#[title:]<start>-<end>:<kind>:<category>` (the evidence rows' id), from
 * the columns of data/hits.parquet, which does not store it (the id column was 37% of the file).
 */
export const HIT_ID_SQL = `article || '#' || CASE WHEN section = 'title' THEN 'title:' ELSE '' END || "start" || '-' || "end" || ':' || kind || ':' || category`;

/**
 * Parquet options of every file a report writes. zstd level 9: hits.parquet 3.8 → 3.4 MB on the
 * 20 MB bench corpus for about 0.3 CPU s more than level 3; level 19 would save another 7% of
 * hits.parquet at 100 MB for 12× the CPU (2.4 → 29.8 s).
 */
export const PARQUET_OPTIONS = 'FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 9';

/**
 * The big tables for researchers, as Parquet (zstd): what `data/README` queries. articles.parquet is
 * every article (word_tokens and frame_hits as counted; duplicate_of under syndication = collapse);
 * hits.parquet every hit in article order, without its id (HIT_ID_SQL derives it).
 */
export const PARQUET_TABLES: Record<string, string> = {
  'articles.parquet': `
    SELECT a.idx, a.article, a.outlet, a.title, a.date, a.date_precision, a.url, a.language, a.path, a.sha256, a.bytes, a.word_tokens, a.title_word_tokens,
      a.boilerplate_tokens, coalesce(h.frame_hits, 0)::INTEGER AS frame_hits, d.duplicate_of
    FROM articles a
    LEFT JOIN (SELECT idx, count(*) AS frame_hits FROM hits WHERE excluded IS NULL AND kind = 'frame' GROUP BY idx) h USING (idx)
    LEFT JOIN duplicates d USING (article)
    ORDER BY a.idx`,
  'hits.parquet': `SELECT * EXCLUDE (idx, ord, id) FROM hits ORDER BY idx, ord`,
  // per outlet × language: an outlet's words in two languages are two vocabularies
  'terms.parquet': `SELECT outlet, language, stem, form, sum("count")::INTEGER AS "count", sum(articles)::INTEGER AS articles FROM terms GROUP BY ALL ORDER BY outlet, language, stem, form`,
};

/** Write PARQUET_TABLES into `dir`; returns file name → path. */
export async function writeParquet(store: FactStore, dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [name, sql] of Object.entries(PARQUET_TABLES)) {
    const file = path.join(dir, name);
    await store.run(`COPY (${sql}) TO ${sqlString(file)} (${PARQUET_OPTIONS})`);
    out.set(name, file);
  }
  return out;
}

/** A column of a Parquet file written from rows held in JavaScript: its name, DuckDB type and value (undefined or null: NULL). */
export interface RowColumn<R> {
  name: string;
  type: 'VARCHAR' | 'INTEGER' | 'DOUBLE';
  value: (row: R) => string | number | undefined | null;
}

/**
 * Write rows as a Parquet file (zstd, in the order given) through an embedded DuckDB: the rows are
 * appended to a table (spilled to `scratchDir` beyond 256 MB) and copied out, one file of about a
 * tenth of its CSV's bytes for text as repetitive as warnings. Returns the number of rows.
 */
export async function writeRowsParquet<R>(file: string, columns: readonly RowColumn<R>[], rows: Iterable<R>, scratchDir: string): Promise<number> {
  await mkdir(path.dirname(file), { recursive: true });
  await mkdir(scratchDir, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:', { threads: '1', memory_limit: '256MB', temp_directory: path.join(scratchDir, 'rows-spill'), preserve_insertion_order: 'true' });
  let n = 0;
  try {
    const connection = await instance.connect();
    try {
      // row numbers keep the given order through the copy
      await connection.run(`CREATE TABLE t (_row INTEGER, ${columns.map((c) => `"${c.name}" ${c.type}`).join(', ')})`);
      const appender = await connection.createAppender('t');
      for (const row of rows) {
        appender.appendInteger(n++);
        for (const c of columns) {
          const v = c.value(row);
          if (v === undefined || v === null) appender.appendNull();
          else if (c.type === 'VARCHAR') appender.appendVarchar(String(v));
          else if (c.type === 'INTEGER') appender.appendInteger(Number(v));
          else appender.appendDouble(Number(v));
        }
        appender.endRow();
      }
      appender.closeSync();
      await connection.run(`COPY (SELECT * EXCLUDE (_row) FROM t ORDER BY _row) TO ${sqlString(file)} (${PARQUET_OPTIONS})`);
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
  return n;
}

/**
 * Rows of a Parquet file of a report's data/ folder (tests, validation's sample): `query` gets the
 * file as a table expression, e.g. (t) => `SELECT id, "start" FROM ${t} WHERE kind = 'frame'`
 * (cast BIGINT columns, or they come back as bigint). Throws ENOENT like a file read when the file
 * is missing.
 */
export async function readParquet<T>(file: string, query: (table: string) => string = (t) => `SELECT * FROM ${t}`): Promise<T[]> {
  await access(file);
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  try {
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(query(`read_parquet(${sqlString(file)})`));
      return reader.getRowObjectsJS() as T[];
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** Rows of a data/hits.parquet with each hit's `id` column (HIT_ID_SQL) added: `query` gets the table expression. */
export async function readHits<T>(file: string, query: (table: string) => string = (t) => `SELECT * FROM ${t}`): Promise<T[]> {
  return readParquet<T>(file, (t) => query(`(SELECT *, ${HIT_ID_SQL} AS id FROM ${t})`));
}
