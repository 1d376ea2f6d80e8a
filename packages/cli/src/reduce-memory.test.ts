import { describe, expect, it } from 'vitest';
import { captureIo, readTree, useSeedRepo } from '@framelens/tools/seed-repo';
import { main } from './main.js';
import { loadPipelineConfig } from './pipeline-config.js';
import { runAndWrite } from './run-pipeline.js';

/** The seed report's files, byte for byte, after a run with these options. */
async function report(seed: ReturnType<typeof useSeedRepo>, options: Parameters<typeof runAndWrite>[1]): Promise<Map<string, Buffer>> {
  await runAndWrite(await loadPipelineConfig(seed.pipelineDir), { workers: 1, ...options });
  return readTree(seed.reportDir);
}

function expectSame(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [name, bytes] of a) expect(b.get(name)?.equals(bytes), name).toBe(true);
}

// DuckDB on the seeds: 32MB is enough (spilling), 8MB is not (its first part file's 4 MiB read buffer does not fit)
describe("the reduce's memory limit", () => {
  const seed = useSeedRepo();

  it('a small limit (DuckDB spills to the scratch folder) gives the same report as the default', async () => {
    const byDefault = await report(seed, {});
    expectSame(byDefault, await report(seed, { memoryLimit: '32MB' }));
  }, 120_000);

  it('after an Out of Memory Error the reduce runs once more at four times the limit, says so, and gives the same report', async () => {
    const byDefault = await report(seed, {});
    const notices: string[] = [];
    const retried = await report(seed, { memoryLimit: '8MB', retryOutOfMemory: true, onNotice: (n) => notices.push(n) });
    expect(notices).toEqual([expect.stringMatching(/^the reduce ran out of memory at its limit of 8MB \(DuckDB: Out of Memory Error: .*\); running it again at 32MB \(set --memory-limit to choose\)$/)]);
    expectSame(byDefault, retried);
  }, 120_000);

  it('keeps a limit the user chose: the error names it and a limit to try', async () => {
    const io = captureIo(seed.pipelineDir);
    expect(await main(['analyze', '--memory-limit', '8MB', '--workers', '1'], io)).not.toBe(0);
    expect(io.err.join('\n')).toMatch(/the reduce \(DuckDB\) needed more memory than its limit of 8MB: run again with a larger limit, e\.g\. framelens analyze <pipeline> --memory-limit 32MB; DuckDB said: Out of Memory Error/);
  }, 60_000);
});
