// Bad articles, outlet folders and front matter through "framelens analyze": the exact message, the
// exit code, and the previous report intact. Cases: test/bad-input/corpus-cases.ts.
import { describe, it } from 'vitest';
import { corpusCases } from './bad-input/corpus-cases.js';
import { runCase, useAnalysedSeedRepo } from './bad-input/harness.js';

const base = useAnalysedSeedRepo();

describe('bad input through "framelens analyze": exact message, exit code, previous report intact', () => {
  for (const c of corpusCases) it(c.name, () => runCase(base(), c));
});
