import { describe, expect, it } from 'vitest';
import { outOfMemoryAdvice } from './reduce.js';

// DuckDB's words when the 1 GB bench corpus was reduced at the default limit (2026-12-08)
const DUCKDB_OOM =
  'Out of Memory Error: failed to allocate data of size 128.0 MiB (148.7 MiB/244.1 MiB used)\n\nPossible solutions:\n* Reducing the number of threads (SET threads=X)';

describe("the reduce's out-of-memory error", () => {
  it('says which limit was too small and how to raise it, keeping DuckDB\'s first line and the original as its cause', () => {
    const original = new Error(DUCKDB_OOM);
    const advice = outOfMemoryAdvice(original, '256MB') as Error;
    expect(advice.message).toMatch(/^the reduce \(DuckDB\) needed more memory than its limit of 256MB: run again with a larger limit, e\.g\. framelens analyze <pipeline> --memory-limit 1024MB/);
    expect(advice.message).toContain('DuckDB said: Out of Memory Error: failed to allocate data of size 128.0 MiB');
    expect(advice.message).not.toContain('Possible solutions');
    expect(advice.cause).toBe(original);
  });
  it('leaves every other error as it is', () => {
    const other = new Error('Binder Error: column "x" not found');
    expect(outOfMemoryAdvice(other, '256MB')).toBe(other);
  });
});
