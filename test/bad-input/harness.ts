// The harness of the bad-input tests: every case breaks a copy of a repository that holds a good
// report, runs the real "framelens analyze", and checks the exact stderr, the exit code and that the
// previous report is left byte-identical. The cases are in the *-cases.ts files next to this one.
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { main } from '@framelens/cli';
import { repoRoot } from '@framelens/tools';
import { captureIo, readTree, useSeedRepo } from '@framelens/tools/seed-repo';

export const FIXTURES = path.join(repoRoot, 'test', 'fixtures', 'bad-input');
export const EVENT = 'corpus/kazakhstan-2022';
export const PIPELINE = 'pipelines/kazakhstan-2022';
export const REPORT = 'reports/kazakhstan-2022';

export interface Case {
  name: string;
  /** a folder under test/fixtures/bad-input copied over the repository */
  fixture?: string;
  /** further breakage done in code (generated files, deletions) */
  breakRepo?: (repo: string) => Promise<void>;
  exit: number;
  /** the exact stderr, with the temporary repository's path written as <repo> */
  stderr: string;
  /** checks on the new report when the run succeeds */
  report?: (report: Report) => void;
}

interface Evidence {
  article: string;
  kind: string;
  category: string;
  term: string;
  sentence: string;
  voice: string;
}
export interface Report {
  articles: { article: string; title?: string }[];
  evidence: Evidence[];
}

/**
 * The seed repository with one good report, made once per test file (beforeAll); every case starts
 * from a copy of it. Returns a getter of its folder.
 */
export function useAnalysedSeedRepo(): () => string {
  const seed = useSeedRepo({ analyze: true });
  return () => seed.repo;
}

/** A copy of `base` (with its report) in a new temporary folder. */
export async function copyOf(base: string, prefix = 'framelens-bad-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await cp(base, dir, { recursive: true });
  return dir;
}

/** Breaks a copy of `base` as the case says, analyses it, and checks message, exit code and the report. */
export async function runCase(base: string, c: Case): Promise<void> {
  const repo = await copyOf(base);
  try {
    const before = await readTree(path.join(repo, REPORT));
    expect(before.has('index.html')).toBe(true);
    if (c.fixture) await cp(path.join(FIXTURES, c.fixture), repo, { recursive: true });
    await c.breakRepo?.(repo);
    const io = captureIo(repo);
    const code = await main(['analyze', path.join(repo, PIPELINE), '--workers', '1'], io);
    // progress lines ("analysing: 3/6", printed only when a run takes over ~2 s) depend on the machine's load
    const stderr = io.err.filter((line) => !/^analysing: \d+\/\d+$/.test(line)).join('\n').split(repo).join('<repo>');
    expect(stderr).toBe(c.stderr);
    expect(code).toBe(c.exit);
    const after = await readTree(path.join(repo, REPORT));
    if (c.exit !== 0) {
      expect(io.out).toEqual([]);
      // byte-identical: same names, same bytes
      expect([...after.keys()]).toEqual([...before.keys()]);
      for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
      expect(await readdir(path.join(repo, 'reports'))).toEqual(['kazakhstan-2022']);
    } else {
      c.report?.(JSON.parse(after.get('report.json')!.toString('utf8')) as Report);
    }
  } finally {
    await rm(repo, { recursive: true, force: true });
    await rm(`${repo}-elsewhere`, { recursive: true, force: true });
  }
}

export const write = (repo: string, file: string, bytes: string | Uint8Array) => writeFile(path.join(repo, file), bytes);
