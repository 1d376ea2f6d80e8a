/**
 * Same results? Runs `framelens analyze` of a reference build and of this checkout on each
 * pipeline, one after the other, and compares the two report folders: every CSV byte for byte,
 * report.json key by key (with the number of rows of a differing table). Prints one line per
 * file or key and exits 1 when anything but the expected differences (--allow name,…) differs.
 *
 *   node --import tsx packages/aggregate/scripts/compare-outputs.ts <reference bin/framelens.js> <pipeline dir> […] [--allow nearDuplicates,warnings,near-duplicates.csv]
 *
 * A reference: a checkout of the commit to compare against, built (`pnpm install && pnpm build`),
 * e.g. /work/main/packages/cli/bin/framelens.js.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { allow: { type: 'string', default: '' } } });
const [reference, ...pipelines] = positionals;
if (!reference || pipelines.length === 0) throw new Error('usage: compare-outputs.ts <reference bin/framelens.js> <pipeline dir> […] [--allow name,…]');
const current = fileURLToPath(new URL('../../cli/bin/framelens.js', import.meta.url));
const allowed = new Set(values.allow.split(',').filter(Boolean));
const outputDir = (pipeline: string): string => {
  const yaml = readFileSync(path.join(pipeline, 'pipeline.yaml'), 'utf8');
  return path.resolve(pipeline, /^output:\s*(\S+)/m.exec(yaml)![1]!);
};

let failed = false;
const report = (name: string, same: boolean, detail = ''): void => {
  const ok = same || allowed.has(name);
  if (!ok) failed = true;
  console.log(`${same ? 'same' : ok ? 'diff (allowed)' : 'DIFF'}  ${name}${detail}`);
};

for (const pipeline of pipelines) {
  const out = outputDir(pipeline);
  const keep = mkdtempSync(path.join(os.tmpdir(), 'framelens-compare-'));
  const run = (bin: string, to: string) => {
    execFileSync(process.execPath, [bin, 'analyze', '--quiet'], { cwd: pipeline, stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
    cpSync(out, to, { recursive: true });
  };
  run(path.resolve(reference), path.join(keep, 'reference'));
  run(current, path.join(keep, 'current'));
  console.log(`${pipeline}:`);
  const a = path.join(keep, 'reference');
  const b = path.join(keep, 'current');
  for (const name of readdirSync(path.join(a, 'data')).filter((n) => n.endsWith('.csv')).sort()) {
    const other = path.join(b, 'data', name);
    report(name, existsSync(other) && readFileSync(path.join(a, 'data', name)).equals(readFileSync(other)));
  }
  const ra = JSON.parse(readFileSync(path.join(a, 'report.json'), 'utf8')) as Record<string, unknown>;
  const rb = JSON.parse(readFileSync(path.join(b, 'report.json'), 'utf8')) as Record<string, unknown>;
  for (const key of Object.keys(ra)) {
    const same = JSON.stringify(ra[key]) === JSON.stringify(rb[key]);
    const rows = (v: unknown) => (Array.isArray(v) ? `${v.length} rows` : '');
    report(key, same, same ? '' : ` (${rows(ra[key])} → ${rows(rb[key])})`);
  }
  rmSync(keep, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
