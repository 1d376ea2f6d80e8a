import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import { evidenceCsvHeader } from '../export.js';
import { partFiles, sqlString, type FactStore } from './fact-store.js';

/** Write all of `bytes` to fd. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * data/evidence.csv: the header, then each article's lines as its writer formatted them, copied
 * from the evidence parts in index order (so any split into workers or shards gives the same bytes).
 */
export async function writeEvidenceCsv(store: FactStore, target: string): Promise<void> {
  const parts = new Map(partFiles(store.partsDirs, 'evidence').map((f) => [path.basename(f).slice('evidence-'.length, -'.csv'.length), f]));
  const rows = await store.columns<{ part: string[]; offset: number[]; bytes: number[] }>(
    `SELECT evidence_part AS part, evidence_offset::DOUBLE AS "offset", evidence_bytes AS bytes FROM articles WHERE evidence_bytes > 0 ORDER BY idx`,
  );
  const out = openSync(target, 'w');
  const fds = new Map<string, number>();
  try {
    writeAll(out, Buffer.from(evidenceCsvHeader(), 'utf8'));
    let buffer = Buffer.alloc(1 << 20);
    for (let k = 0; k < rows.part.length; k++) {
      const part = rows.part[k]!;
      let fd = fds.get(part);
      if (fd === undefined) {
        const file = parts.get(part);
        if (!file) throw new Error(`evidence part "${part}" is missing: expected evidence-${part}.csv in ${store.partsDirs.join(', ')}`);
        fds.set(part, (fd = openSync(file, 'r')));
      }
      const n = rows.bytes[k]!;
      if (n > buffer.length) buffer = Buffer.alloc(n);
      let got = 0;
      while (got < n) {
        const read = readSync(fd, buffer, got, n - got, rows.offset[k]! + got);
        if (read === 0) throw new Error(`evidence part "${part}" ends early (a writer did not finish: run the map step again)`);
        got += read;
      }
      writeAll(out, buffer.subarray(0, n));
    }
  } finally {
    closeSync(out);
    for (const fd of fds.values()) closeSync(fd);
  }
}

/** The big tables for researchers, as Parquet (zstd): what `data/README` queries. */
export const PARQUET_TABLES: Record<string, string> = {
  'articles.parquet': `SELECT idx, article, outlet, title, date, date_precision, url, language, path, sha256, bytes, word_tokens, title_word_tokens, boilerplate_tokens FROM articles ORDER BY idx`,
  'hits.parquet': `SELECT * EXCLUDE (idx, ord) FROM hits ORDER BY idx, ord`,
  // per outlet × language: an outlet's words in two languages are two vocabularies
  'terms.parquet': `SELECT t.outlet, a.language, t.stem, t.form, sum(t."count")::INTEGER AS "count", count(DISTINCT t.idx)::INTEGER AS articles FROM terms t JOIN articles a USING (idx) GROUP BY ALL ORDER BY outlet, language, stem, form`,
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
