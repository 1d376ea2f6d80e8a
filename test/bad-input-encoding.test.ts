// Encodings and line ends through "framelens analyze": every supported one read with the right text,
// binary refused with the exact message. Cases: test/bad-input/encoding-cases.ts.
import { describe, it } from 'vitest';
import { encodingCases } from './bad-input/encoding-cases.js';
import { runCase, useAnalysedSeedRepo } from './bad-input/harness.js';

const base = useAnalysedSeedRepo();

describe('bad input through "framelens analyze": exact message, exit code, previous report intact', () => {
  for (const c of encodingCases()) it(c.name, () => runCase(base(), c));
});
