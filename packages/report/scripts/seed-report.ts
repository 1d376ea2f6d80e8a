/**
 * Build the seed report (corpus/kazakhstan-2022 with its pipeline) in a throw-away copy of the
 * repository, so scripts never touch reports/. The pipeline runs from the cli sources; the HTML
 * is rendered with this package's sources, so a change here is measured without a build.
 */
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportData } from '@framelens/aggregate';
import { loadPipelineConfig, runPipeline } from '../../cli/src/index.js';
import { renderReport } from '../src/index.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export async function buildSeedReport(pipeline = 'kazakhstan-2022'): Promise<{ dir: string; file: string; data: ReportData }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'framelens-report-'));
  await writeFile(path.join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - pipelines/*\n');
  await cp(path.join(repoRoot, 'corpus', pipeline), path.join(dir, 'corpus', pipeline), { recursive: true });
  await cp(path.join(repoRoot, 'pipelines', pipeline), path.join(dir, 'pipelines', pipeline), { recursive: true, filter: (src) => !src.includes('node_modules') });
  const config = await loadPipelineConfig(path.join(dir, 'pipelines', pipeline), dir);
  const { data } = await runPipeline(config, { workers: 1 });
  const { html } = await renderReport(data, { maxEvidenceInHtml: config.evidencePerCell });
  const file = path.join(dir, 'index.html');
  await writeFile(file, html);
  await writeFile(path.join(dir, 'report.json'), JSON.stringify(data, null, 1));
  return { dir, file, data };
}
