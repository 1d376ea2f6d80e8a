/**
 * Build the seed report (corpus/kazakhstan-2022 with its pipeline) in a throw-away copy of the
 * repository, so scripts never touch reports/. The pipeline runs through @framelens/tools'
 * seedReportData (the cli's public API: build first); the HTML is rendered with this package's
 * sources, so a change here is measured without rebuilding the report package.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReportData } from '@framelens/aggregate';
import { seedReportData } from '@framelens/tools/seed-report';
import { renderReport } from '../src/index.js';

export { repoRoot } from '@framelens/tools';

export async function buildSeedReport(pipeline = 'kazakhstan-2022'): Promise<{ dir: string; file: string; data: ReportData }> {
  const { dir, config, data } = await seedReportData(pipeline);
  const { html } = await renderReport(data, { maxEvidenceInHtml: config.evidencePerCell });
  const file = path.join(dir, 'index.html');
  await writeFile(file, html);
  await writeFile(path.join(dir, 'report.json'), JSON.stringify(data, null, 1));
  return { dir, file, data };
}
