/**
 * The setup most CLI tests share: a throw-away copy of the repository with the seed corpus and its
 * pipeline (tempRepo), optionally analysed once through the real `framelens analyze`, an Io that
 * keeps what a command prints, and a folder read back as bytes for byte-for-byte comparisons.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { main, type Io } from '@framelens/cli';
import { afterAll, beforeAll } from 'vitest';
import { tempRepo } from './temp-repo.js';

/** An Io that keeps what a command prints: one entry per stdout / stderr call. */
export function captureIo(cwd: string): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), isTTY: false, color: false };
}

/**
 * Every file under `dir` (relative path → bytes, or text with `'utf8'`), sorted by path; an empty
 * map when the folder does not exist.
 */
export async function readTree(dir: string): Promise<Map<string, Buffer>>;
export async function readTree(dir: string, encoding: 'utf8'): Promise<Map<string, string>>;
export async function readTree(dir: string, encoding?: 'utf8'): Promise<Map<string, Buffer | string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files: [string, Buffer | string][] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const p = path.join(entry.parentPath, entry.name);
    files.push([path.relative(dir, p), encoding ? await readFile(p, encoding) : await readFile(p)]);
  }
  return new Map(files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface SeedRepo {
  /** the temporary repository */
  repo: string;
  /** pipelines/<event> in it */
  pipelineDir: string;
  /** corpus/<event> in it */
  corpusDir: string;
  /** reports/<event> in it (written when `analyze` was asked for) */
  reportDir: string;
  /** removes the repository */
  remove(): Promise<void>;
}

export interface SeedRepoOptions {
  /** the corpus and pipeline to copy; default kazakhstan-2022 */
  event?: string;
  /** run `framelens analyze <pipeline> --workers 1` once, so the repository holds a good report */
  analyze?: boolean;
}

/**
 * A temporary repository with the seed corpus and pipeline; with `analyze: true` also its report,
 * made by the real CLI (a failing run throws with what it printed).
 *
 * @example
 * const seed = await seedRepo({ analyze: true });
 * // seed.reportDir holds index.html, report.json and data/; afterAll(() => seed.remove())
 */
export async function seedRepo(opts: SeedRepoOptions = {}): Promise<SeedRepo> {
  const event = opts.event ?? 'kazakhstan-2022';
  const repo = await tempRepo({ event, pipeline: true });
  const seed: SeedRepo = {
    repo,
    pipelineDir: path.join(repo, 'pipelines', event),
    corpusDir: path.join(repo, 'corpus', event),
    reportDir: path.join(repo, 'reports', event),
    remove: () => rm(repo, { recursive: true, force: true }),
  };
  if (opts.analyze) {
    const io = captureIo(repo);
    const code = await main(['analyze', seed.pipelineDir, '--workers', '1'], io);
    if (code !== 0) {
      await seed.remove();
      throw new Error(`framelens analyze of the seed pipeline exited with ${code}:\n${io.err.join('\n')}`);
    }
  }
  return seed;
}

/**
 * `seedRepo(opts)` for a test file or describe block: made in beforeAll, removed in afterAll. The
 * object is filled in when beforeAll has run, so read its fields inside hooks and tests.
 *
 * @example
 * const seed = useSeedRepo({ analyze: true });
 * it('…', () => main(['analyze', seed.pipelineDir], captureIo(seed.repo)));
 */
export function useSeedRepo(opts: SeedRepoOptions = {}): SeedRepo {
  const seed = {} as SeedRepo;
  beforeAll(async () => void Object.assign(seed, await seedRepo(opts)));
  afterAll(async () => seed.remove?.());
  return seed;
}
