// Property tests with a fixed seed (reproducible in CI); `pnpm fuzz` runs the same properties longer with random seeds.
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { cleanup, properties } from './fuzz-properties.js';

const SEED = 42;
const RUNS = 200;

afterAll(() => cleanup());

describe(`fuzzing (fast-check, seed ${SEED}, ${RUNS} runs each)`, () => {
  for (const { name, property } of properties) {
    it(name, async () => {
      await fc.assert(property(), { seed: SEED, numRuns: RUNS });
    });
  }
});
