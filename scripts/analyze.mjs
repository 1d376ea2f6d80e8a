#!/usr/bin/env node
// `pnpm analyze`: every pipeline's report (turbo run analyze). A pipeline that `pnpm install` has not
// linked yet (made by `framelens new-pipeline`, install forgotten) would stop turbo with
// "sh: 1: framelens: not found"; say instead what to run. The check matches the cli's
// notInstalledProblem (packages/cli/src/installed.ts), which `framelens validate` reports.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const pipelines = existsSync(path.join(root, 'pipelines')) ? readdirSync(path.join(root, 'pipelines')).filter((name) => !name.startsWith('.')).sort() : [];
const missing = pipelines.filter(
  (name) => existsSync(path.join(root, 'pipelines', name, 'package.json')) && !existsSync(path.join(root, 'pipelines', name, 'node_modules', '.bin', 'framelens')),
);
if (missing.length) {
  console.error(
    `framelens: ${missing.map((name) => `pipelines/${name}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not installed yet (no framelens command in ${missing.length === 1 ? 'its' : 'their'} node_modules), so turbo would stop with "framelens: not found".\n` +
      '  Run at the repository root:  pnpm install   then:  pnpm analyze',
  );
  process.exit(1);
}
const turbo = spawnSync('pnpm', ['exec', 'turbo', 'run', 'analyze', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(turbo.status ?? 1);
