// Bad pipeline.yaml and lexicon files through "framelens analyze": the exact message, the exit code,
// and the previous report intact. Cases: test/bad-input/pipeline-cases.ts.
import { describe, it } from 'vitest';
import { pipelineCases } from './bad-input/pipeline-cases.js';
import { runCase, useAnalysedSeedRepo } from './bad-input/harness.js';

const base = useAnalysedSeedRepo();

describe('bad input through "framelens analyze": exact message, exit code, previous report intact', () => {
  for (const c of pipelineCases) it(c.name, () => runCase(base(), c));
});
