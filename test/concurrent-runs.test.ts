// Real processes at the same time: two analyze runs of one pipeline, two imports of one file,
// locks left by dead processes and temporary files of live ones. Runs the built CLI (`pnpm test`
// builds first).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempRepo } from '@framelens/tools';

const BIN = path.join(repoRoot, 'packages', 'cli', 'bin', 'framelens.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function framelens(args: string[], cwd: string, onStderr?: (text: string) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => void (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      onStderr?.(stderr);
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A process that only sleeps: a live holder of a lock. */
function sleeper(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
}

/** A pid that no process has (one that just exited). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

let repo: string;
let reports: string;
const pipeline = () => path.join(repo, 'pipelines', 'kazakhstan-2022');
const lockDir = () => path.join(reports, '.kazakhstan-2022.lock');
const entries = (): string[] => (existsSync(reports) ? readdirSync(reports).sort() : []);

async function checkComplete(): Promise<void> {
  const html = await readFile(path.join(reports, 'kazakhstan-2022', 'index.html'), 'utf8');
  expect(html.trimEnd().endsWith('</html>')).toBe(true);
  expect(JSON.parse(await readFile(path.join(reports, 'kazakhstan-2022', 'report.json'), 'utf8'))).toHaveProperty('articles');
}

beforeAll(async () => {
  repo = await tempRepo({ pipeline: true });
  reports = path.join(repo, 'reports');
  await mkdir(reports);
  // 4 copies of each seed article: 20 articles, long enough for two runs to overlap
  const corpus = path.join(repo, 'corpus', 'kazakhstan-2022');
  for (const outlet of await readdir(corpus)) {
    const [seed] = (await readdir(path.join(corpus, outlet))).filter((f) => f.endsWith('.md'));
    for (let i = 1; i < 4; i++) await copyFile(path.join(corpus, outlet, seed!), path.join(corpus, outlet, seed!.replace(/\.md$/, `-${i}.md`)));
  }
}, 60_000);

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('two analyze runs of the same pipeline at the same time', () => {
  it('never crash each other: one writes the report, the other stops with exit code 5 naming the first (3 trials)', async () => {
    for (let trial = 0; trial < 3; trial++) {
      const runs = await Promise.all([0, 1].map(() => framelens(['analyze', pipeline(), '--workers', '1', '--quiet'], repo)));
      const codes = runs.map((r) => r.code).sort();
      expect(codes, runs.map((r) => r.stderr).join('\n')).not.toContain(3);
      expect(codes.every((c) => c === 0 || c === 5)).toBe(true);
      expect(codes).toContain(0);
      for (const run of runs.filter((r) => r.code === 5)) {
        expect(run.stderr).toMatch(/^busy: another run \(pid \d+, started \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\) is writing reports\/kazakhstan-2022\n/);
        expect(run.stderr).toContain('--wait');
      }
      await checkComplete();
      expect(entries()).toEqual(['kazakhstan-2022']);
    }
  }, 300_000);

  it('with --wait, both finish: the second starts when the first is done', async () => {
    const runs = await Promise.all([0, 1].map(() => framelens(['analyze', pipeline(), '--workers', '1', '--wait'], repo)));
    expect(runs.map((r) => r.code), runs.map((r) => r.stderr).join('\n')).toEqual([0, 0]);
    await checkComplete();
    expect(entries()).toEqual(['kazakhstan-2022']);
  }, 300_000);
});

describe('a lock or temporary files left behind', () => {
  it('a lock whose holder died (kill -9) is taken over at once', async () => {
    await mkdir(lockDir());
    await writeFile(path.join(lockDir(), 'holder.json'), JSON.stringify({ pid: await deadPid(), host: os.hostname(), started: '2026-01-01T00:00:00.000Z' }));
    const run = await framelens(['analyze', pipeline(), '--workers', '1', '--quiet'], repo);
    expect(run.code, run.stderr).toBe(0);
    expect(entries()).toEqual(['kazakhstan-2022']);
  }, 120_000);

  it('a lock held by a live process stops the run (exit code 5); with --wait the run starts once the holder is gone', async () => {
    const holder = sleeper();
    try {
      await mkdir(lockDir());
      await writeFile(path.join(lockDir(), 'holder.json'), JSON.stringify({ pid: holder.pid, host: os.hostname(), started: '2026-12-07T16:04:10.123Z' }));
      const busy = await framelens(['analyze', pipeline(), '--workers', '1'], repo);
      expect(busy.code).toBe(5);
      expect(busy.stderr).toContain(`busy: another run (pid ${holder.pid}, started 2026-12-07 16:04:10 UTC) is writing reports/kazakhstan-2022`);
      // the holder dies once the second run says it waits
      const run = await framelens(['analyze', pipeline(), '--workers', '1', '--wait'], repo, (stderr) => {
        if (stderr.includes('waiting for')) holder.kill('SIGKILL');
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(`waiting for another run (pid ${holder.pid}, started 2026-12-07 16:04:10 UTC) that is writing reports/kazakhstan-2022`);
      expect(entries()).toEqual(['kazakhstan-2022']);
    } finally {
      holder.kill('SIGKILL');
    }
  }, 120_000);

  it("temporary files are removed only when their owner is dead: a live process's staging folder stays", async () => {
    const holder = sleeper();
    try {
      const live = path.join(reports, `.kazakhstan-2022.staging-${holder.pid}`);
      const dead = path.join(reports, `.kazakhstan-2022.staging-${await deadPid()}`);
      const deadEvidence = path.join(reports, `.kazakhstan-2022.evidence-${await deadPid()}.csv`);
      await mkdir(live);
      await mkdir(dead);
      await writeFile(deadEvidence, 'id\r\n');
      const run = await framelens(['analyze', pipeline(), '--workers', '1', '--quiet'], repo);
      expect(run.code, run.stderr).toBe(0);
      expect(entries()).toEqual([path.basename(live), 'kazakhstan-2022']);
      await rm(live, { recursive: true });
    } finally {
      holder.kill('SIGKILL');
    }
  }, 120_000);
});

describe('two imports of the same file at the same time', () => {
  it('are serialised: every article is stored once, none as a "-2" copy', async () => {
    await framelens(['add-outlet', 'kazakhstan-2022', 'wire-two', '--name', 'Wire Two', '--quiet'], repo);
    const lines = Array.from({ length: 150 }, (_, i) => JSON.stringify({ title: `Meldung ${i + 1} aus Almaty`, date: '2022-01-07', text: `Almaty. In der Meldung Nummer ${i + 1} spricht die Regierung von Terroristen und die Opposition von Protesten.` }));
    const file = path.join(repo, 'export.jsonl');
    await writeFile(file, lines.join('\n') + '\n');
    const runs = await Promise.all([0, 1].map(() => framelens(['import', 'kazakhstan-2022', 'wire-two', file, '--json'], repo)));
    expect(runs.map((r) => r.code), runs.map((r) => r.stderr).join('\n')).toEqual([0, 0]);
    const results = runs.map((r) => JSON.parse(r.stdout) as { written: string[]; skipped: { reason: string }[] });
    expect(results.map((r) => r.written.length).sort((a, b) => a - b)).toEqual([0, 150]);
    expect(results.flatMap((r) => r.skipped.map((s) => s.reason.split(' from ')[0]))).toEqual(Array(150).fill('already imported (same text)'));
    const stored = (await readdir(path.join(repo, 'corpus', 'kazakhstan-2022', 'wire-two'))).filter((f) => f.endsWith('.md'));
    expect(stored).toHaveLength(150);
    expect(stored.filter((f) => /-2\.md$/.test(f))).toEqual([]);
    expect(existsSync(path.join(repo, 'corpus', 'kazakhstan-2022', 'wire-two', '.import.lock'))).toBe(false);
  }, 120_000);
});
