import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRepo } from '@framelens/tools';
import { readTree } from '@framelens/tools/seed-repo';
import { loadPipelineConfig } from './pipeline-config.js';
import { runAndWrite } from './run-pipeline.js';

const bin = path.join(import.meta.dirname, '..', 'bin', 'framelens.js');

/** Start `framelens analyze` in a child process and SIGKILL it after `ms` (or let it finish first). */
function killedAfter(cwd: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'analyze', '--quiet', '--workers', '1'], { cwd, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('a run killed at any point', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await tempRepo({ pipeline: true });
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('leaves the previous report intact (at worst set aside, and put back by the next run)', async () => {
    const pipelineDir = path.join(repo, 'pipelines', 'kazakhstan-2022');
    const config = await loadPipelineConfig(pipelineDir);
    await runAndWrite(config, { workers: 1 });
    const before = await readTree(config.outputDir);
    const reports = path.dirname(config.outputDir);
    // kill times spread over the whole run: start-up, map step, reduce in DuckDB, page, swap
    for (const ms of [150, 400, 700, 1000, 1300, 1600, 2000, 2500, 3000, 4000]) {
      await killedAfter(pipelineDir, ms);
      const names = await readdir(reports);
      const intact = names.includes('kazakhstan-2022') ? config.outputDir : path.join(reports, '.kazakhstan-2022.previous');
      const after = await readTree(intact);
      expect([...after.keys()].sort(), `killed after ${ms} ms`).toEqual([...before.keys()].sort());
      for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), `${name}, killed after ${ms} ms`).toBe(true);
    }
    // the next run restores and cleans up: only the report folder is left
    await runAndWrite(config, { workers: 1 });
    expect(await readdir(reports)).toEqual(['kazakhstan-2022']);
    const last = await readTree(config.outputDir);
    for (const [name, bytes] of before) expect(last.get(name)?.equals(bytes), name).toBe(true);
  }, 180_000);
});
