/**
 * The text layer of an earlier commit, for `pnpm bench:text` to time beside the current one in the
 * same run (same process, same machine load, alternating rounds). The commit's packages/text and
 * tsconfig.base.json are extracted with `git archive` into a temporary folder (no worktree, nothing
 * in the repository changes), compiled with the repository's tsc against the current
 * node_modules (natural, stopword and franc-min are the same versions), and timed in processes of
 * its own (`compareLayers`); the folder is removed when the process exits.
 *
 * Default: the commit before English was added (5918bff^, "Merge branch 'voice-news'"), so that
 * the German path's cost of the Language argument, the English data and rules is measured.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The commit before English was added to the text layer (parent of 5918bff). */
export const BEFORE_ENGLISH = '96896cd65ec8d4e0b7a5bda8cd07db7081869432';

/** The @framelens/text build of `rev`: its dist/index.js and a short label for the commit ("96896cd"). */
export function textAt(repoRoot: string, rev: string): { entry: string; label: string } {
  let archive: Buffer;
  try {
    archive = execFileSync('git', ['archive', '--format=tar', rev, 'packages/text', 'tsconfig.base.json'], { cwd: repoRoot, maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const why = (e as { stderr?: Buffer }).stderr?.toString().trim() ?? String(e);
    throw new Error(`bench:text: cannot read commit ${rev} for the baseline (${why}); expected a commit of this repository (a full clone, not a shallow one), e.g. --baseline-rev ${BEFORE_ENGLISH.slice(0, 7)}, or --baseline-rev none to skip it`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'framelens-bench-text-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  symlinkSync(path.join(repoRoot, 'packages', 'text', 'node_modules'), path.join(dir, 'packages', 'text', 'node_modules'), 'dir');
  execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'tsc'), ['-p', path.join(dir, 'packages', 'text', 'tsconfig.json')], { stdio: ['ignore', 'inherit', 'inherit'] });
  const label = execFileSync('git', ['rev-parse', '--short', rev], { cwd: repoRoot, encoding: 'utf8' }).trim();
  return { entry: path.join(dir, 'packages', 'text', 'dist', 'index.js'), label };
}

/**
 * The German text layer of the build at `now` (a dist/index.js) against the one at `earlier` on the
 * first 10 MB of `articles`: `rounds` rounds of now, earlier, earlier, now (ABBA, so that a drift in
 * machine load within a round cancels), each a fresh process (scripts/bench-text-layer.mjs: two
 * warm-up passes, then the median CPU seconds of three runs), so the two builds never share a
 * process or its JIT state; the cost is the median of the per-round ratios.
 */
export function compareLayers(repoRoot: string, now: string, earlier: string, articles: string[], rounds = 7) {
  const slice: string[] = [];
  let bytes = 0;
  for (const a of articles) {
    if (bytes >= 10e6) break;
    slice.push(a);
    bytes += Buffer.byteLength(a, 'utf8');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'framelens-bench-articles-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'articles.json');
  writeFileSync(file, JSON.stringify(slice));
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
  const cpu = (entry: string): number => {
    const out = execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'bench-text-layer.mjs'), entry, file, '3'], { encoding: 'utf8' });
    return median((JSON.parse(out) as { cpuSeconds: number[] }).cpuSeconds);
  };
  const nows: number[] = [];
  const earliers: number[] = [];
  const costs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const a1 = cpu(now);
    const b1 = cpu(earlier);
    const b2 = cpu(earlier);
    const a2 = cpu(now);
    nows.push(a1 + a2);
    earliers.push(b1 + b2);
    costs.push(100 * ((a1 + a2) / (b1 + b2) - 1));
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    megabytes: round(bytes / 1e6), rounds,
    nowCpuSeconds: round(median(nows) / 2), earlierCpuSeconds: round(median(earliers) / 2),
    costPercent: round(median(costs)), costPercentPerRound: costs.map(round),
  };
}
