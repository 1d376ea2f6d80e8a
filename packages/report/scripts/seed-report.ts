/**
 * Build the seed report (corpus/kazakhstan-2022 with its pipeline) in a throw-away copy of the
 * repository, so scripts never touch reports/. The pipeline runs through @framelens/tools'
 * seedReportData (the cli's public API: build first); the HTML is rendered with this package's
 * sources, so a change here is measured without rebuilding the report package.
 *
 * `node --import tsx packages/report/scripts/seed-report.ts` rewrites the committed seed report
 * (src/__fixtures__/seed-report.json) that the report's unit tests render: run it after a change
 * to the pipeline's output and review the diff of the fixture and of the snapshots.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportData } from '@framelens/aggregate';
import { repoRoot } from '@framelens/tools';
import { seedReportData } from '@framelens/tools/seed-report';
import { renderReport } from '../src/index.js';

export { repoRoot } from '@framelens/tools';
export const SEED_REPORT = path.join(repoRoot, 'packages/report/src/__fixtures__/seed-report.json');

export async function buildSeedReport(pipeline = 'kazakhstan-2022'): Promise<{ dir: string; file: string; data: ReportData }> {
  const { dir, config, data } = await seedReportData(pipeline);
  const { html } = await renderReport(data, { maxEvidenceInHtml: config.evidencePerCell });
  const file = path.join(dir, 'index.html');
  await writeFile(file, html);
  await writeFile(path.join(dir, 'report.json'), JSON.stringify(data, null, 1));
  return { dir, file, data };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { data } = await seedReportData();
  const json = `${JSON.stringify(data, null, 1)}\n`;
  await writeFile(SEED_REPORT, json);
  console.log(`wrote ${path.relative(process.cwd(), SEED_REPORT)} (${(Buffer.byteLength(json) / 1024).toFixed(0)} KB) from the seed pipeline`);
}
