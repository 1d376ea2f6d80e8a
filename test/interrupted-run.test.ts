// A run killed with SIGKILL at any moment leaves the report folder holding either the complete previous report
// or the complete new one, never a mix or a partial file; the next normal run succeeds.
// Runs the built CLI (`pnpm test` builds first). The moments of the write phase (a few milliseconds
// each) are hit by the run itself (@framelens/tools/kill-at: it kills itself right after the file
// operation that begins the moment), never by a timer or poller here, which a busy machine delays
// past them; fractions of a full run's time spread further kills over the rest of the run.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempRepo } from '@framelens/tools';
import { killAt, type KillMoment } from '@framelens/tools/kill-at';

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
 * Run `framelens analyze`. `kill`: a moment at which the run kills itself (kill-at), or a time in
 * milliseconds since the start after which this process sends it SIGKILL.
 */
function analyze(kill?: KillMoment | number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const hook = typeof kill === 'string' ? killAt(kill) : { execArgv: [], env: {} };
    const child = spawn(process.execPath, [...hook.execArgv, BIN, 'analyze', path.join(repo, 'pipelines', 'kazakhstan-2022'), '--workers', '1', '--quiet'], {
      cwd: repo,
      env: { ...process.env, TZ: 'UTC', NO_COLOR: '1', ...hook.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    const timer = typeof kill === 'number' ? setTimeout(() => child.kill('SIGKILL'), kill) : undefined;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stderr, ms: Date.now() - started });
    });
  });
}

const entries = (): string[] => (existsSync(reports) ? readdirSync(reports) : []);

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

/** Where the complete previous report must be after a kill at a moment: in the report folder, set aside, or replaced by the new one. */
type Left = 'previous' | 'set aside' | 'new';

// The moments of the write phase, in the order a run passes them (each run finds the state the one before left)
const moments: { moment: KillMoment; what: string; left: Left }[] = [
  { moment: 'lock-folder-made', what: 'while its lock is being taken (the folder made, who holds it not yet written)', left: 'previous' },
  { moment: 'lock-taken', what: 'holding the lock', left: 'previous' },
  { moment: 'staging-created', what: 'as soon as the staging folder appears', left: 'previous' },
  { moment: 'index-written', what: 'while the staging folder is being written (index.html there, report.json not yet)', left: 'previous' },
  { moment: 'previous-set-aside', what: 'between the two renames (the old report set aside, the new one not yet in place)', left: 'set aside' },
  { moment: 'report-swapped', what: 'after the new report is in place, before the set-aside one is removed', left: 'new' },
];

describe('an analysis killed with SIGKILL', () => {
  for (const step of moments) {
    it(`${step.what}: the report folder holds the complete previous or the complete new report`, async () => {
      const run = await analyze(step.moment);
      // the run really was killed at that moment (else the step tests nothing)
      expect(run.signal, run.stderr).toBe('SIGKILL');
      const tree = await readTree(reportDir);
      if (step.left === 'set aside') {
        // the report folder is gone for the moment; the previous report is whole under .previous, put back by the next run
        expect(tree.size).toBe(0);
        const setAside = await readTree(path.join(reports, '.kazakhstan-2022.previous'));
        expect(differences(setAside, previous)).toEqual([]);
        return;
      }
      checkComplete(tree);
      expect(differences(tree, step.left === 'new' ? next : previous)).toEqual([]);
    }, 120_000);
  }

  // fixed fractions of a full run's time (the run may also have finished by then)
  for (const f of [0.1, 0.5, 0.9]) {
    it(`after ${Math.round(f * 100)}% of a full run's time: the report folder holds the complete previous or the complete new report`, async () => {
      const run = await analyze(Math.round(f * fullRunMs));
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
