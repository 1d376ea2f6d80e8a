// A run killed with SIGKILL at any moment leaves the report folder holding either the complete previous report
// or the complete new one, never a mix or a partial file; the next normal run succeeds.
// Runs the built CLI (`pnpm test` builds first).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempRepo } from '@framelens/tools';

const BIN = path.join(repoRoot, 'packages', 'cli', 'bin', 'framelens.js');
const COPIES = 4; // each seed article 4 times: 20 articles in 5 outlets (a larger corpus only makes the test slower)

type Tree = Map<string, Buffer>;

/** Every file under `dir` (relative path → bytes); empty when the folder does not exist. */
async function readTree(dir: string): Promise<Tree> {
  const files: Tree = new Map();
  if (!existsSync(dir)) return files;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), await readFile(path.join(entry.parentPath, entry.name)));
  }
  return files;
}

let repo: string;
let reports: string;
let reportDir: string;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  ms: number;
}

/**
 * Run `framelens analyze`; when `killWhen` is given, poll every millisecond and SIGKILL the
 * process as soon as it returns true (it gets the milliseconds since the start).
 */
function analyze(killWhen?: (ms: number) => boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, 'analyze', path.join(repo, 'pipelines', 'kazakhstan-2022'), '--workers', '1', '--quiet'], {
      cwd: repo,
      env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    const timer = killWhen
      ? setInterval(() => {
          if (killWhen(Date.now() - started)) {
            clearInterval(timer);
            child.kill('SIGKILL');
          }
        }, 1)
      : undefined;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearInterval(timer);
      resolve({ code, signal, stderr, ms: Date.now() - started });
    });
  });
}

const entries = (): string[] => (existsSync(reports) ? readdirSync(reports) : []);
const staging = (): string | undefined => entries().find((n) => n.startsWith('.kazakhstan-2022.staging-'));

/** The files in which two report folders differ (missing on one side or different bytes). */
function differences(a: Tree, b: Tree): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => !(a.get(n) && b.get(n)?.equals(a.get(n)!))).sort();
}

function sameTree(a: Tree, b: Tree): boolean {
  return differences(a, b).length === 0;
}

function checkComplete(tree: Tree): void {
  const html = tree.get('index.html')?.toString('utf8') ?? '';
  expect(html.startsWith('<!doctype html>') || html.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html.trimEnd().endsWith('</html>')).toBe(true);
  expect(() => JSON.parse(tree.get('report.json')?.toString('utf8') ?? '')).not.toThrow();
}

let previous: Tree;
let next: Tree;
let fullRunMs: number;

beforeAll(async () => {
  repo = await tempRepo({ pipeline: true });
  reports = path.join(repo, 'reports');
  reportDir = path.join(reports, 'kazakhstan-2022');
  const corpus = path.join(repo, 'corpus', 'kazakhstan-2022');
  for (const outlet of await readdir(corpus)) {
    const [seed] = (await readdir(path.join(corpus, outlet))).filter((f) => f.endsWith('.md'));
    for (let i = 1; i < COPIES; i++) await copyFile(path.join(corpus, outlet, seed!), path.join(corpus, outlet, seed!.replace(/\.md$/, `-${i}.md`)));
  }
  // the new report differs from the previous one: one more article
  const extra = path.join(corpus, 'nd', 'zz-extra.md');
  await writeFile(extra, '---\ntitle: "Nachtrag"\ndate: "2022-01-08"\n---\nDie Regierung sprach erneut von „Terrorbanden“.\n');
  const withExtra = await analyze();
  expect(withExtra.code, withExtra.stderr).toBe(0);
  next = await readTree(reportDir);
  await rm(extra);
  const first = await analyze();
  expect(first.code, first.stderr).toBe(0);
  previous = await readTree(reportDir);
  fullRunMs = first.ms;
  checkComplete(previous);
  checkComplete(next);
  expect(sameTree(previous, next)).toBe(false);
  await writeFile(extra, '---\ntitle: "Nachtrag"\ndate: "2022-01-08"\n---\nDie Regierung sprach erneut von „Terrorbanden“.\n');
}, 300_000);

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

// When to kill: fixed fractions of a full run's time, and the moments the write phase begins and is half done.
const schedule: { name: string; when: () => (ms: number) => boolean; mustKill?: boolean }[] = [
  ...[0.1, 0.5, 0.9].map((f) => ({ name: `after ${Math.round(f * 100)}% of a full run's time`, when: () => (ms: number) => ms >= f * fullRunMs })),
  { name: 'as soon as the staging folder appears', when: () => () => staging() !== undefined, mustKill: true },
  {
    name: 'while the staging folder is being written (index.html there, report.json not yet)',
    when: () => () => {
      const s = staging();
      if (!s) return false;
      try {
        const names = readdirSync(path.join(reports, s));
        return names.includes('index.html') && !names.includes('report.json');
      } catch {
        return false;
      }
    },
    mustKill: true,
  },
];

describe('an analysis killed with SIGKILL', () => {
  for (const step of schedule) {
    it(`${step.name}: the report folder holds the complete previous or the complete new report`, async () => {
      const run = await analyze(step.when());
      // the write-phase steps must really have interrupted the run (else they test nothing)
      if (step.mustKill) expect(run.signal).toBe('SIGKILL');
      const tree = await readTree(reportDir);
      expect(tree.size, `report folder after a run that ended with ${run.signal ?? run.code}`).toBeGreaterThan(0);
      checkComplete(tree);
      expect(sameTree(tree, previous) || sameTree(tree, next)).toBe(true);
    }, 120_000);
  }

  it('is followed by a normal run that succeeds, writes the new report and cleans up', async () => {
    const run = await analyze();
    expect(run.code, run.stderr).toBe(0);
    expect(differences(await readTree(reportDir), next)).toEqual([]);
    expect(entries()).toEqual(['kazakhstan-2022']);
  }, 120_000);
});
