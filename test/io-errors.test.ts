// A full disk and missing permissions at the final write: exit code 4 naming the path and the cause,
// no staging folder left behind, the old report untouched. The disk-full cases mount a small tmpfs
// (root only); the permission cases run the CLI as the unprivileged user nobody (root only, with
// runuser). Where that is not possible they are skipped, saying why. Runs the built CLI.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempRepo } from '@framelens/tools';

const BIN = path.join(repoRoot, 'packages', 'cli', 'bin', 'framelens.js');

interface Run {
  code: number | null;
  stderr: string;
}

function framelens(args: string[], cwd: string, asNobody = false): Promise<Run> {
  const [command, argv] = asNobody ? ['runuser', ['-u', 'nobody', '--', process.execPath, BIN, ...args]] : [process.execPath, [BIN, ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv as string[], { cwd, env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

/** Every file of a folder with its bytes, as text (relative path → content). */
async function tree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), await readFile(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}

const isRoot = process.getuid?.() === 0;

/** Why a tmpfs cannot be mounted here, or undefined when it can. */
function mountProblem(): string | undefined {
  if (!isRoot) return 'not root: cannot mount a tmpfs';
  try {
    execFileSync('sh', ['-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs "$d" && umount "$d" && rmdir "$d"'], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return `mounting a tmpfs failed: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
}

/** Why the CLI cannot run as nobody here, or undefined when it can. */
function nobodyProblem(): string | undefined {
  if (!isRoot) return 'not root: cannot run the CLI as nobody';
  try {
    execFileSync('runuser', ['-u', 'nobody', '--', process.execPath, BIN, '--version'], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return `runuser -u nobody failed: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
}

const noMount = mountProblem();
const noNobody = nobodyProblem();
if (noMount) console.log(`skipping the disk-full tests: ${noMount}`);
if (noNobody) console.log(`skipping the permission tests: ${noNobody}`);

describe.skipIf(noMount !== undefined)('a full disk (a tmpfs mounted on reports/)', () => {
  let repo: string;
  let reports: string;
  let mounted = false;
  const usedKb = () => Number(execFileSync('df', ['-k', '--output=used', reports], { encoding: 'utf8' }).trim().split('\n').pop());
  beforeAll(async () => {
    repo = await tempRepo({ pipeline: true });
    reports = path.join(repo, 'reports');
    await mkdir(reports);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', reports]);
    mounted = true;
    const first = await framelens(['analyze', 'pipelines/kazakhstan-2022', '--workers', '1', '--quiet'], repo);
    expect(first.code, first.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => {
    if (mounted) execFileSync('umount', [reports]);
    await rm(repo, { recursive: true, force: true });
  });

  // room for the old report and a little (the run's scratch files fill it), or a little more (the new report's files fill it)
  for (const extraKb of [200, 1200]) {
    it(`with ${extraKb} KB free: exit code 4 "disk full" naming the file, nothing left behind, the old report unchanged`, async () => {
      const before = await tree(path.join(reports, 'kazakhstan-2022'));
      execFileSync('mount', ['-o', `remount,size=${usedKb() + extraKb}k`, reports]);
      const run = await framelens(['analyze', 'pipelines/kazakhstan-2022', '--workers', '1'], repo);
      expect(run.code, run.stderr).toBe(4);
      expect(run.stderr).toMatch(/^error: cannot write reports\/[^\n]+: disk full \(ENOSPC\); free some space \(df -h shows how much is left\) and run again$/m);
      expect(run.stderr).not.toContain('internal error');
      expect(readdirSync(reports).sort()).toEqual(['kazakhstan-2022']);
      expect(await tree(path.join(reports, 'kazakhstan-2022'))).toEqual(before);
    }, 120_000);
  }
});

describe.skipIf(noNobody !== undefined)('missing permissions (the CLI run as nobody)', () => {
  let repo: string;
  let reports: string;
  const report = () => path.join(reports, 'kazakhstan-2022');
  beforeAll(async () => {
    repo = await tempRepo({ pipeline: true });
    reports = path.join(repo, 'reports');
    execFileSync('chown', ['-R', 'nobody:nogroup', repo]);
    const first = await framelens(['analyze', 'pipelines/kazakhstan-2022', '--workers', '1', '--quiet'], repo, true);
    expect(first.code, first.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('a read-only old report: left untouched and reported (exit code 4), no .previous, and the next run after chmod works', async () => {
    const before = await tree(report());
    execFileSync('chmod', ['-R', 'a-w', report()]);
    const run = await framelens(['analyze', 'pipelines/kazakhstan-2022', '--workers', '1'], repo, true);
    expect(run.code, run.stderr).toBe(4);
    expect(run.stderr).toMatch(/^error: cannot replace the old report in reports\/kazakhstan-2022[\w/]*: permission denied \(EACCES\); the old report reports\/kazakhstan-2022 is left as it was and the new one was not written \(make it writable with chmod -R u\+w reports\/kazakhstan-2022, or remove it\)$/m);
    expect(await tree(report())).toEqual(before);
    expect(readdirSync(reports).sort()).toEqual(['kazakhstan-2022']);
    execFileSync('chmod', ['-R', 'u+w', report()]);
    const again = await framelens(['analyze', 'pipelines/kazakhstan-2022', '--workers', '1', '--quiet'], repo, true);
    expect(again.code, again.stderr).toBe(0);
    expect(readdirSync(reports).sort()).toEqual(['kazakhstan-2022']);
  }, 120_000);

  it('a read-only reports/ folder: exit code 4 naming it, "permission denied"', async () => {
    await chmod(reports, 0o555);
    try {
      const run = await framelens(['analyze', 'pipelines/kazakhstan-2022', '--workers', '1'], repo, true);
      expect(run.code, run.stderr).toBe(4);
      expect(run.stderr).toMatch(/^error: cannot \w+ reports\/[\w./-]*: permission denied \(EACCES\); check who may write there/m);
      expect(existsSync(path.join(report(), 'index.html'))).toBe(true);
    } finally {
      await chmod(reports, 0o755);
    }
  }, 120_000);
});

describe('a reader that closes the pipe early (framelens inspect … | head -1)', () => {
  it('drops the rest of stdout and exits 0, with no EPIPE stack trace', async () => {
    const seed = path.join(repoRoot, 'corpus', 'kazakhstan-2022', 'nd', '2022-01-06-russland-greift-ein.md');
    const run = await new Promise<Run & { first: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'inspect', seed, '--lexicon', path.join(repoRoot, 'pipelines', 'kazakhstan-2022', 'lexicon.yaml')], {
        cwd: repoRoot,
        env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      let first = '';
      child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
      // like head -1: read the first chunk, then close the pipe
      child.stdout.once('data', (d: Buffer) => {
        first = d.toString().split('\n')[0]!;
        child.stdout.destroy();
      });
      child.on('error', reject);
      child.on('exit', (code) => resolve({ code, stderr, first }));
    });
    expect(run.first).toMatch(/russland-greift-ein\.md: \d+ words counted/);
    expect(run.stderr).not.toMatch(/EPIPE/);
    expect(run.code).toBe(0);
  });
});
