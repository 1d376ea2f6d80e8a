/**
 * The page script: src/client/ bundled by esbuild at build time (scripts/build-client.mjs) into
 * dist/client.js. The same relative path finds it from src/ (tests) and dist/ (the built package).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CLIENT_BUNDLE = fileURLToPath(new URL('../dist/client.js', import.meta.url));

export function clientScript(): string {
  if (!existsSync(CLIENT_BUNDLE)) {
    throw new Error(`report: the page script ${CLIENT_BUNDLE} is missing; build the package first (pnpm exec turbo run build, or pnpm --filter @framelens/report build)`);
  }
  return readFileSync(CLIENT_BUNDLE, 'utf8');
}
