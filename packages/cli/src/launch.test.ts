import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempRepo } from '@framelens/tools';
import { readTree } from '@framelens/tools/seed-repo';

// How `pnpm analyze` reaches the CLI (issue #18, seeds cold < 3 s): scripts/analyze.mjs starts turbo's
// native binary (no second pnpm), and bin/framelens.js runs the build's bundle (scripts/bundle.mjs).
const bin = path.join(import.meta.dirname, '..', 'bin', 'framelens.js');
const bundle = path.join(import.meta.dirname, '..', 'dist', 'framelens.mjs');
const modules = pathToFileURL(path.join(import.meta.dirname, '..', 'dist', 'main.js')).href;
const env = { ...process.env, TZ: 'UTC', TURBO_TELEMETRY_DISABLED: '1' };

describe('pnpm analyze (scripts/analyze.mjs)', () => {
  it('hands its arguments to turbo run analyze, which plans every pipeline with its own script', () => {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/analyze.mjs'), '--dry=json'], { cwd: repoRoot, encoding: 'utf8', env });
    expect(run.status, run.stderr).toBe(0);
    const tasks = (JSON.parse(run.stdout) as { tasks: { taskId: string; command: string }[] }).tasks;
    expect(tasks.find((t) => t.taskId === '@framelens/pipeline-kazakhstan-2022#analyze')?.command).toBe('framelens analyze');
  });
});

describe('the bundled CLI (dist/framelens.mjs, what bin/framelens.js runs)', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await tempRepo({ pipeline: true });
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('writes the seed report folder byte for byte as the compiled modules do (page script, vega, DuckDB found from the bundle)', async () => {
    expect(existsSync(bundle), 'the build makes dist/framelens.mjs').toBe(true);
    const pipelineDir = path.join(repo, 'pipelines', 'kazakhstan-2022');
    const report = path.join(repo, 'reports', 'kazakhstan-2022');
    const fromBundle = spawnSync(process.execPath, [bin, 'analyze', '--quiet'], { cwd: pipelineDir, encoding: 'utf8', env });
    expect(fromBundle.status, fromBundle.stderr).toBe(0);
    const bundled = await readTree(report);
    const script = `const { main } = await import(${JSON.stringify(modules)}); process.exitCode = await main(['analyze', '--quiet']);`;
    const fromModules = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: pipelineDir, encoding: 'utf8', env });
    expect(fromModules.status, fromModules.stderr).toBe(0);
    const compiled = await readTree(report);
    expect([...bundled.keys()].sort()).toEqual([...compiled.keys()].sort());
    expect(bundled.has('index.html')).toBe(true);
    for (const [name, bytes] of compiled) expect(bundled.get(name)?.equals(bytes), name).toBe(true);
  }, 180_000);

  it('prints a usage error for an unknown option, as the modules do', () => {
    const run = spawnSync(process.execPath, [bin, 'analyze', '--bad-flag'], { encoding: 'utf8', env: { ...env, NO_COLOR: '1' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("error: unknown option '--bad-flag'\n");
  });
});
