/**
 * The seed report (corpus/kazakhstan-2022 with its pipeline), built in a throw-away copy of the
 * repository so scripts never touch reports/. The pipeline runs through @framelens/cli's public
 * API (its dist/ under tsx: build first; its sources under vitest). Rendering is left to the
 * caller, so the report package's scripts render with the sources they measure.
 */
import path from 'node:path';
import type { ReportData } from '@framelens/aggregate';
import { loadPipelineConfig, runPipeline, type PipelineConfig } from '@framelens/cli';
import { tempRepo } from './temp-repo.js';

export interface SeedReport {
  /** the temporary repository (the caller removes it) */
  dir: string;
  config: PipelineConfig;
  data: ReportData;
}

export async function seedReportData(event = 'kazakhstan-2022'): Promise<SeedReport> {
  const dir = await tempRepo({ event, pipeline: true });
  const config = await loadPipelineConfig(path.join(dir, 'pipelines', event), dir);
  const { data } = await runPipeline(config, { workers: 1 });
  if (!data) throw new Error(`the seed pipeline ${event} gave no report data`);
  return { dir, config, data };
}
