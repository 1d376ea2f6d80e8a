/**
 * The map step's CPU against the floor (#18), run one after the other under the same load: the map
 * step alone (`analyze --workers 1 --shard 0/1 --parts DIR`, no reduce) and scripts/bench-run.ts
 * --mode floor (read, text layer with voice, lexicon match), each its own process, CPU seconds
 * (user + system) from /usr/bin/time. With a reference repository root (built, with its own
 * scripts/bench-run.ts), its map step and floor run too, alternating with this one's, and the parts
 * of the two map steps are compared byte for byte.
 *   node --import tsx packages/cli/scripts/bench-map-floor.ts [size, default 20MB] [reference repo root] [--rounds N]
 * Needs the bench corpus of that size (pnpm bench:corpus --size 20MB); both builds read its pipeline.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = fileURLToPath(new URL('../../../', import.meta.url));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '1' } } });
const size = (positionals[0] || '20MB').toUpperCase();
const builds: [string, string][] = [['this', here]];
if (positionals[1]) builds.push(['reference', path.resolve(positionals[1])]);
const bench = path.join(here, 'bench-corpus', size);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-map-floor-'));

interface Timing {
  cpu: number;
  wall: number;
  rssMB: number;
}

/** CPU seconds (user + system), wall seconds and peak RSS of one command, which must succeed. */
function timed(args: string[], cwd: string): Timing {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', ...args], { cwd, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' }, maxBuffer: 1 << 26 });
  const line = r.stderr.split('\n').find((l) => l.startsWith('TIME '));
  if (r.status !== 0 || line === undefined) throw new Error(`${args.join(' ')} failed (exit ${r.status}):\n${r.stderr}`);
  const [wall, user, sys, rss] = line.slice(5).split(' ').map(Number);
  return { cpu: user! + sys!, wall: wall!, rssMB: rss! / 1024 };
}

const mapStep = (root: string, parts: string) =>
  timed([process.execPath, path.join(root, 'packages/cli/bin/framelens.js'), 'analyze', '--workers', '1', '--quiet', '--shard', '0/1', '--parts', parts], path.join(bench, 'pipeline'));
const floor = (root: string) =>
  timed(
    [process.execPath, '--import', 'tsx', path.join(root, 'scripts/bench-run.ts'), '--mode', 'floor', '--corpus', path.join(bench, 'corpus', 'bench'), '--lexicon', path.join(bench, 'pipeline', '../../../pipelines/kazakhstan-2022/lexicon.yaml')],
    here,
  );

/** Every file of a folder (sorted names) with its bytes. */
const filesOf = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));
const sameParts = (a: string, b: string) => {
  const fa = filesOf(a).map((f) => path.relative(a, f)).sort();
  const fb = filesOf(b).map((f) => path.relative(b, f)).sort();
  return fa.join('\n') === fb.join('\n') && fa.every((f) => readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
};

const totals = new Map<string, { map: number; floor: number; rounds: number }>();
try {
  for (let r = 0; r < Number(values.rounds); r++) {
    for (const [name, root] of builds) {
      const parts = path.join(tmp, `${name}-parts`);
      rmSync(parts, { recursive: true, force: true });
      const m = mapStep(root, parts);
      const f = floor(root);
      const t = totals.get(name) ?? { map: 0, floor: 0, rounds: 0 };
      totals.set(name, { map: t.map + m.cpu, floor: t.floor + f.cpu, rounds: t.rounds + 1 });
      console.log(`${name.padEnd(9)} map step ${m.cpu.toFixed(2)} CPU s (${m.wall.toFixed(1)} s wall, ${m.rssMB.toFixed(0)} MB), floor ${f.cpu.toFixed(2)} CPU s: floor / map ${(f.cpu / m.cpu).toFixed(2)} (load ${os.loadavg()[0]!.toFixed(1)})`);
    }
  }
  for (const [name, t] of totals) console.log(`${name.padEnd(9)} mean over ${t.rounds}: map step ${(t.map / t.rounds).toFixed(2)} CPU s, floor ${(t.floor / t.rounds).toFixed(2)} CPU s, floor / map ${(t.floor / t.map).toFixed(2)} (target ≥ 0.75)`);
  if (builds.length > 1) console.log(`parts of the two map steps: ${sameParts(path.join(tmp, 'this-parts'), path.join(tmp, 'reference-parts')) ? 'byte-identical' : 'DIFFERENT'}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
