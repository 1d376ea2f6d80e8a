import { describe, it } from 'vitest';
import { browserPlan, type Env } from './chromium.js';

/**
 * `describe` for tests that need Chromium. Chromium missing: in CI one failing test that says what
 * to install; elsewhere the block is skipped and a warning says why.
 */
export function describeInChromium(name: string, body: () => void, env: Env = process.env): void {
  const plan = browserPlan(env);
  if (plan.run === 'run') describe(name, body);
  else if (plan.run === 'fail') {
    describe(name, () => {
      it('has Chromium to run in', () => {
        throw new Error(plan.message);
      });
    });
  } else {
    console.warn(`skipped "${name}": ${plan.message}`);
    describe.skip(name, body);
  }
}
