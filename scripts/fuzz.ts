// `pnpm fuzz [--runs N] [--seconds S] [--seed X]`: the properties of test/fuzz.test.ts with random seeds and a
// longer budget. Each round runs every property once with a new seed; rounds repeat until --seconds are used
// (default: one round). A failure prints the property, its seed, path and counterexample, and exits 1:
// replay it with --seed X (the test file's properties take the same seed).
import { randomInt } from 'node:crypto';
import fc from 'fast-check';
import { cleanup, properties } from '../test/fuzz-properties.js';

function option(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`fuzz: --${name} takes a number (got "${process.argv[i + 1] ?? ''}"), e.g. --${name} 1000`);
    process.exit(2);
  }
  return value;
}

const runs = option('runs') ?? 2000;
const seconds = option('seconds');
const fixedSeed = option('seed');
const deadline = seconds === undefined ? undefined : Date.now() + seconds * 1000;

let failures = 0;
let rounds = 0;
let total = 0;
try {
  do {
    rounds++;
    for (const { name, property } of properties) {
      const seed = fixedSeed ?? randomInt(2 ** 31);
      const started = Date.now();
      const details = await fc.check(property(), { seed, numRuns: runs });
      total += details.numRuns;
      if (details.failed) {
        failures++;
        console.log(`FAIL ${name}\n  seed: ${seed}  path: ${details.counterexamplePath}\n  counterexample: ${JSON.stringify(details.counterexample)}`);
        console.log(`  error: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
        console.log(`  replay: pnpm fuzz --seed ${seed} --runs ${runs}`);
      } else {
        console.log(`ok   ${name}  (seed ${seed}, ${details.numRuns} runs, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
    }
  } while (deadline !== undefined && Date.now() < deadline && fixedSeed === undefined);
} finally {
  cleanup();
}
console.log(`fuzz: ${rounds} round(s), ${total} runs, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
