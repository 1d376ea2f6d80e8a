import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Provenance } from '@framelens/aggregate';
import type { ValidationInput } from '@framelens/report';
import { AGREEMENT_FILE, changedCodingFiles, readAgreement, sha256, validationDir } from '@framelens/validation';
import type { PipelineConfig } from './pipeline-config.js';

/**
 * The pipeline's hand-coded sample for the report (validation/<pipeline>/agreement.json, written
 * by `framelens agreement`) and its provenance; undefined when the pipeline has none.
 */
export async function readValidationInput(config: PipelineConfig, notice: (text: string) => void): Promise<{ input: ValidationInput; provenance: NonNullable<Provenance['validation']> } | undefined> {
  const folder = validationDir(config.repoRoot, config.name);
  const summary = await readAgreement(folder);
  if (!summary) return undefined;
  const changed = await changedCodingFiles(config.repoRoot, summary);
  if (changed.length) notice(`coding files changed since "framelens agreement" ran (${changed.join(', ')}): the Validation section shows the earlier figures; run it again`);
  const file = path.join(folder, AGREEMENT_FILE);
  return {
    input: { summary, changed },
    provenance: {
      agreement: { path: path.relative(config.repoRoot, file).split(path.sep).join('/'), sha256: sha256(await readFile(file)) },
      sample: summary.sample,
      files: summary.files.map((f) => ({ path: f.path, sha256: f.sha256, coder: f.coder })),
    },
  };
}
