import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '@framelens/diagnostics';
import { normalTerm, parseLexicon } from '@framelens/lexicon';
import { loadSample, readAgreement, termsSinceSample, validationDir } from '@framelens/validation';
import type { PipelineConfig } from '../pipeline-config.js';

/**
 * A warning when the pipeline's coded sample (the one `framelens agreement` last used) was drawn
 * from an older lexicon: its new terms never had a hit checked by a coder. Names the terms.
 *
 *   warning validation/kazakhstan-2022/sample-2026-12-07.json: the coded sample is older than the
 *   lexicon: 2 terms were added since and never validated: Terrormiliz (terror-extremism), …
 */
export async function validationAgeWarnings(config: PipelineConfig, rel: (p: string) => string): Promise<Problem[]> {
  const folder = validationDir(config.repoRoot, config.name);
  const summary = await readAgreement(folder);
  const date = summary ? /sample-(\d{4}-\d{2}-\d{2})\.csv$/.exec(summary.sample)?.[1] : undefined;
  if (!date) return [];
  const text = await readFile(config.lexiconFile, 'utf8').catch(() => undefined);
  const lexicon = text === undefined ? undefined : parseLexicon(text, rel(config.lexiconFile)).lexicon;
  if (!lexicon) return []; // its problems are reported by the lexicon check
  const { meta } = await loadSample(folder, date, config.repoRoot);
  const added = termsSinceSample(meta, lexicon.frames.map((f) => ({ id: f.id, terms: f.terms.map((t) => normalTerm(t).term) })));
  if (added.length === 0) return [];
  const names = added.map((t) => `${t.term} (${t.frame})`);
  return [
    {
      file: rel(path.join(folder, `sample-${date}.json`)),
      severity: 'warning',
      ruleId: 'validation/stale-sample',
      message: `the coded sample is older than the lexicon: ${added.length} term${added.length === 1 ? ' was' : 's were'} added since and never validated: ${names.join(', ')}`,
      expected: 'a sample drawn from the current lexicon and coded again, so the report\'s precision covers every term',
      example: `framelens analyze ${rel(config.dir)} && framelens sample ${config.name} --seed 2, then code it and run framelens agreement`,
    },
  ];
}
