import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesDigest } from './corpus-from-store.js';
import { FactStore } from './fact-store.js';

// 600,000 articles with 64-character sha256s and 70-character paths: the lines "<sha256>  <path>\n"
// are 82 MB (the 1 GB bench corpus's 537,569 files: 68 MB, where string_agg failed at 256MB)
const FILES = 600_000;
const pathOf = (i: number): string => `corpus/bench/outlet-${String(i % 50).padStart(2, '0')}/2022-01-01-${String(i).padStart(7, '0')}-long-slug-of-a-title.md`;
const PATH = `'corpus/bench/outlet-' || lpad((range % 50)::VARCHAR, 2, '0') || '/2022-01-01-' || lpad(range::VARCHAR, 7, '0') || '-long-slug-of-a-title.md'`;

describe("the corpus files' digest at a small memory limit", () => {
  let dir: string;
  let store: FactStore;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'framelens-digest-'));
    // no part files: every table empty; a 64MB limit, two threads
    store = await FactStore.open({ partsDirs: [dir], scratchDir: path.join(dir, 'store'), memoryLimit: '64MB' });
    await store.run(`INSERT INTO articles (idx, article, outlet, path, sha256) SELECT range, 'a' || range, 'o', ${PATH}, sha256(range::VARCHAR) FROM range(${FILES})`);
  }, 60_000);
  afterAll(async () => {
    store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("is the sha256 of the lines sorted by path, where DuckDB's string_agg of them cannot get its one large allocation", async () => {
    // the query the reduce used: one string of every line, an aggregate state that cannot spill
    await expect(store.all(`SELECT sha256(string_agg(sha256 || '  ' || path || chr(10), '' ORDER BY path)) AS d FROM articles`)).rejects.toThrow(/Out of Memory Error: failed to allocate data of size/);
    // the same lines made here: sha256 of the decimal index, the path as above, sorted by path
    const lines = Array.from({ length: FILES }, (_, i) => ({ path: pathOf(i), sha: createHash('sha256').update(String(i)).digest('hex') }));
    lines.sort((a, b) => (a.path < b.path ? -1 : 1));
    const expected = createHash('sha256');
    for (const l of lines) expected.update(`${l.sha}  ${l.path}\n`);
    expect(await filesDigest(store)).toEqual({ fileCount: FILES, filesSha256: expected.digest('hex') });
  }, 60_000);
});
