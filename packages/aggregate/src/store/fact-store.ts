import { readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { FACT_TABLES, STORE_COLUMNS, type FactTable } from '@framelens/facts';

export interface FactStoreOptions {
  /** folders holding part files (`<table>-<writer>.csv`, see @framelens/facts) */
  partsDirs: readonly string[];
  /** the store's spill files go here (next to the output) */
  scratchDir: string;
  /** DuckDB memory_limit (default 256MB); beyond it, DuckDB spills to scratchDir */
  memoryLimit?: string;
  /** DuckDB threads (default 2; 1 below a 128 MB memory limit) */
  threads?: number;
}

/** DuckDB's memory limit when the caller gives none. */
export const DEFAULT_MEMORY_LIMIT = '256MB';
/** Freed memory DuckDB's allocator may keep before it returns it to the system. */
const ALLOCATOR_FLUSH = '16MB';

/** Bytes the CSV reader reads at a time (DuckDB's default, 32 MiB per thread, would not fit a small memory limit; a line must fit). */
const READ_BUFFER = 4 << 20;

/** Bytes of a DuckDB size such as "256MB", "2GB" or "64MiB" (NaN when it is not one). */
export function sizeBytes(size: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(KB|MB|GB|KiB|MiB|GiB)$/i.exec(size.trim());
  if (!m) return NaN;
  const unit = { kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 }[m[2]!.toLowerCase() as 'kb'];
  return Number(m[1]) * unit;
}

/**
 * Threads for a memory limit: each DuckDB thread pins buffers of its own while it reads the parts,
 * and with two threads below 128 MB the load failed ("could not allocate block", 20 MB bench
 * corpus at 48 MB) where one thread loads and spills.
 */
export function threadsFor(memoryLimit: string): number {
  return sizeBytes(memoryLimit) < 128e6 ? 1 : 2;
}

/**
 * The store's tables made from the parts (`<table>_part`), after `articles` is loaded: a hit gets
 * its id, article and outlet from the article's row (STORE_COLUMNS) and its sentence's text from
 * `sentences` (each written once per article), in the columns the hits table always had; term
 * counts are summed over the writers' chunks (one row per outlet × language × stem × form, and per
 * outlet × language × stem in term_stems).
 */
/** Part tables that are the store's tables as they are. */
const LOADED_AS_IS: ReadonlySet<FactTable> = new Set(['articles', 'shingles', 'boilerplate']);

const STORE_TABLES = [
  `CREATE TABLE hits AS SELECT p.idx, ${STORE_COLUMNS.hits}, p.ord, p.kind, p.category, p.label, p.term, p."match", s."text" AS sentence, p.sentence_start, p.sentence_end,
    p."start", p."end", p.voice, p.speaker, p.speaker_group, p.cue, p.section, p.excluded, p.negation
    FROM hits_part p JOIN articles a ON a.idx = p.idx
    LEFT JOIN sentences_part s ON s.idx = p.idx AND s.title = (p.section = 'title') AND s."start" = p.sentence_start AND s."end" = p.sentence_end`,
  `CREATE TABLE voice_words AS SELECT p.idx, ${STORE_COLUMNS.voice_words}, p.* EXCLUDE (idx) FROM voice_words_part p JOIN articles a ON a.idx = p.idx`,
  `CREATE TABLE terms AS SELECT outlet, language, stem, form, sum("count")::INTEGER AS "count", sum(articles)::INTEGER AS articles FROM terms_part GROUP BY ALL`,
  `CREATE TABLE term_stems AS SELECT outlet, language, stem, sum(articles)::INTEGER AS articles FROM term_stems_part GROUP BY ALL`,
];

/** Quote a string as a SQL literal. */
export function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** Part files of a table in the given folders, sorted (parts of a table must exist; an empty file is fine). */
export function partFiles(dirs: readonly string[], prefix: string, extension = '.csv'): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir)) if (name.startsWith(`${prefix}-`) && name.endsWith(extension)) out.push(path.join(dir, name));
  }
  return out.sort();
}

/**
 * The fact tables of a run in an embedded DuckDB, loaded from every part file: the reduce
 * runs its group-bys here in SQL, with a memory limit and a spill folder, so the memory of the
 * coordinating process does not grow with the corpus.
 */
export class FactStore {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    readonly partsDirs: readonly string[],
  ) {}

  static async open(options: FactStoreOptions): Promise<FactStore> {
    await mkdir(options.scratchDir, { recursive: true });
    // an in-memory database: its tables spill to temp_directory beyond the memory limit like any
    // intermediate result, and nothing is checkpointed to a database file (on the 20 MB bench
    // corpus, loading the parts into a file database took 11 s wall for 2.2 s CPU: the writes and
    // syncs of the file; in memory, 2.5 s). Queries that need an order say ORDER BY, so DuckDB
    // need not keep insertion order.
    const memoryLimit = options.memoryLimit ?? DEFAULT_MEMORY_LIMIT;
    const instance = await DuckDBInstance.create(':memory:', {
      memory_limit: memoryLimit,
      threads: String(options.threads ?? threadsFor(memoryLimit)),
      temp_directory: path.join(options.scratchDir, 'spill'),
      preserve_insertion_order: 'false',
      // memory DuckDB frees goes back to the system after each task instead of staying in its
      // allocator up to the flush thresholds (128 MB and 512 MB by default, beyond the memory
      // limit), from the load on: set when the instance is made, the load is covered too
      allocator_flush_threshold: ALLOCATOR_FLUSH,
      allocator_bulk_deallocation_flush_threshold: ALLOCATOR_FLUSH,
      allocator_background_threads: 'true',
    });
    const connection = await instance.connect();
    const store = new FactStore(instance, connection, options.partsDirs);
    try {
      // articles first: the other tables take their article-level columns from it (STORE_COLUMNS)
      for (const table of FACT_TABLES) await store.load(table.name, table.columns);
      for (const sql of STORE_TABLES) await store.run(sql);
      for (const table of FACT_TABLES) if (!LOADED_AS_IS.has(table.name)) await store.run(`DROP TABLE ${table.name}_part`);
    } catch (error) {
      store.close();
      throw error;
    }
    return store;
  }

  /** Load a table's parts into `name`, or `name_part` when the store makes its table from it (STORE_TABLES). */
  private async load(name: FactTable, columns: readonly (readonly [string, string])[]): Promise<void> {
    const files = partFiles(this.partsDirs, name);
    const table = LOADED_AS_IS.has(name) ? name : `${name}_part`;
    await this.run(`CREATE TABLE ${table} (${columns.map(([c, t]) => `"${c}" ${t}`).join(', ')})`);
    if (files.length === 0) return;
    const spec = columns.map(([c, t]) => `${sqlString(c)}: ${sqlString(t)}`).join(', ');
    await this.run(
      `INSERT INTO ${table} SELECT * FROM read_csv([${files.map(sqlString).join(', ')}], header = false, auto_detect = false, delim = ',', quote = '"', escape = '"', ` +
        `allow_quoted_nulls = false, buffer_size = ${READ_BUFFER}, columns = {${spec}})`,
    );
  }

  async run(sql: string): Promise<void> {
    await this.connection.run(sql);
  }

  /** Rows as plain objects (BIGINT as bigint: cast counts to INTEGER or DOUBLE in the query); streamed, so the result is not held in DuckDB's memory. */
  async all<T>(sql: string): Promise<T[]> {
    const reader = await this.connection.streamAndReadAll(sql);
    return reader.getRowObjectsJS() as T[];
  }

  /**
   * Rows a chunk at a time (each row an array of its columns, BIGINT as bigint), for a result too
   * large to hold at once; nothing is kept between chunks:
   *   for await (const rows of store.chunks(`SELECT path FROM articles ORDER BY path`)) for (const [p] of rows) …
   */
  async *chunks(sql: string): AsyncIterable<unknown[][]> {
    const result = await this.connection.stream(sql);
    yield* result.yieldRowsJs();
  }

  /** Columns as arrays. */
  async columns<T extends Record<string, unknown[]>>(sql: string): Promise<T> {
    const reader = await this.connection.streamAndReadAll(sql);
    return reader.getColumnsObjectJS() as T;
  }

  /**
   * INTEGER columns (no NULLs) as typed arrays, read chunk by chunk: for results of millions of
   * rows that JavaScript numbers in arrays of objects would make slow and large (text reuse).
   */
  async ints(sql: string): Promise<Int32Array[]> {
    const result = await this.connection.stream(sql);
    let cap = 1 << 16;
    let n = 0;
    let cols = Array.from({ length: result.columnCount }, () => new Int32Array(cap));
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      const m = chunk.rowCount;
      if (n + m > cap) {
        while (n + m > cap) cap *= 2;
        cols = cols.map((c) => {
          const grown = new Int32Array(cap);
          grown.set(c.subarray(0, n));
          return grown;
        });
      }
      cols.forEach((c, j) => {
        const vector = chunk.getColumnVector(j);
        for (let i = 0; i < m; i++) c[n + i] = vector.getItem(i) as number;
      });
      n += m;
    }
    return cols.map((c) => (c.length === n ? c : c.slice(0, n)));
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
