import { access } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { sqlString, type FactStore } from './fact-store.js';

/** The big tables for researchers, as Parquet (zstd): what `data/README` queries. */
export const PARQUET_TABLES: Record<string, string> = {
  'articles.parquet': `SELECT idx, article, outlet, title, date, date_precision, url, language, path, sha256, bytes, word_tokens, title_word_tokens, boilerplate_tokens FROM articles ORDER BY idx`,
  'hits.parquet': `SELECT * EXCLUDE (idx, ord) FROM hits ORDER BY idx, ord`,
  // per outlet × language: an outlet's words in two languages are two vocabularies
  'terms.parquet': `SELECT outlet, language, stem, form, sum("count")::INTEGER AS "count", sum(articles)::INTEGER AS articles FROM terms GROUP BY ALL ORDER BY outlet, language, stem, form`,
};

/** Write PARQUET_TABLES into `dir`; returns file name → path. */
export async function writeParquet(store: FactStore, dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [name, sql] of Object.entries(PARQUET_TABLES)) {
    const file = path.join(dir, name);
    await store.run(`COPY (${sql}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd)`);
    out.set(name, file);
  }
  return out;
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
