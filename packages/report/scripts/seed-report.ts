/**
 * Build the seed report (corpus/kazakhstan-2022 with its pipeline) in a throw-away copy of the
 * repository, so scripts never touch reports/. The pipeline runs through the BUILT command line
 * (`packages/cli/bin/framelens.js analyze`, as a user runs it; build first), never through another
 * package's sources; the HTML is then rendered again with this package's sources, so a change
 * here is measured without a build.
 *
 * `node --import tsx packages/report/scripts/seed-report.ts` rewrites the committed seed report
 * (src/__fixtures__/seed-report.json) that the report's unit tests render: run it after a change
 * to the pipeline's output and review the diff of the fixture and of the snapshots.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportData } from '@framelens/aggregate';
import { renderReport } from '../src/index.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SEED_REPORT = path.join(repoRoot, 'packages/report/src/__fixtures__/seed-report.json');

/** Run `framelens analyze` on a copy of the seed pipeline; its report.json, parsed, and the folder. */
export async function analyzeSeed(pipeline = 'kazakhstan-2022'): Promise<{ dir: string; json: string; data: ReportData }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'framelens-report-'));
  await writeFile(path.join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - pipelines/*\n');
  await cp(path.join(repoRoot, 'corpus', pipeline), path.join(dir, 'corpus', pipeline), { recursive: true });
  await cp(path.join(repoRoot, 'pipelines', pipeline), path.join(dir, 'pipelines', pipeline), { recursive: true, filter: (src) => !src.includes('node_modules') });
  const bin = path.join(repoRoot, 'packages/cli/bin/framelens.js');
  execFileSync(process.execPath, [bin, 'analyze', path.join('pipelines', pipeline), '--workers', '1', '--quiet'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, TZ: 'UTC' } });
  const json = await readFile(path.join(dir, 'reports', pipeline, 'report.json'), 'utf8');
  return { dir, json, data: JSON.parse(json) as ReportData };
}

/** The seed report rendered with this package's sources: the page (index.html) and its data. */
export async function buildSeedReport(pipeline = 'kazakhstan-2022'): Promise<{ dir: string; file: string; data: ReportData }> {
  const { dir, data } = await analyzeSeed(pipeline);
  const perCell = data.provenance.settings['evidencePerCell'];
  const { html } = await renderReport(data, typeof perCell === 'number' ? { maxEvidenceInHtml: perCell } : {});
  const file = path.join(dir, 'index.html');
  await writeFile(file, html);
  await writeFile(path.join(dir, 'report.json'), JSON.stringify(data, null, 1));
  return { dir, file, data };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { json } = await analyzeSeed();
  await writeFile(SEED_REPORT, json);
  console.log(`wrote ${path.relative(process.cwd(), SEED_REPORT)} (${(Buffer.byteLength(json) / 1024).toFixed(0)} KB) from framelens analyze on the seed pipeline`);
}
