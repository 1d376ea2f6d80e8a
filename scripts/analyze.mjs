#!/usr/bin/env node
// `pnpm analyze`: every pipeline's report (turbo run analyze). A pipeline that `pnpm install` has not
// linked yet (made by `framelens new-pipeline`, install forgotten) would stop turbo with
// "sh: 1: framelens: not found"; say instead what to run. The check matches the cli's
// notInstalledProblem (packages/cli/src/installed.ts), which `framelens validate` reports.
//
// turbo runs as its native binary, found the way turbo's own launcher (node_modules/turbo/bin/turbo)
// finds it: `pnpm exec turbo` would start pnpm a second time and then the launcher, two Node.js
// start-ups (about 0.5 s of the seed run, issue #18) before turbo's own. Any other platform, or a
// binary not installed, falls back to the launcher.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** The path of turbo's native binary for this platform, or its launcher when that is not installed. */
function turboBinary() {
  const launcher = path.join(root, 'node_modules', '.bin', 'turbo');
  try {
    const fromTurbo = createRequire(path.join(root, 'node_modules', 'turbo', 'package.json'));
    const platform = { win32: 'windows', android: 'linux' }[process.platform] ?? process.platform;
    const arch = process.arch === 'x64' ? '64' : process.arch;
    const ext = platform === 'windows' ? '.exe' : '';
    for (const name of [`@turbo/${platform}-${arch}`, `turbo-${platform}-${arch}`]) {
      try {
        return fromTurbo.resolve(`${name}/bin/turbo${ext}`);
      } catch {
        // not this name: the next one, then the launcher
      }
    }
  } catch {
    // turbo not installed at the root: the launcher's own error says so
  }
  return launcher;
}

const turbo = spawnSync(turboBinary(), ['run', 'analyze', ...process.argv.slice(2)], { stdio: 'inherit' });
if (turbo.error) console.error(`framelens: could not start turbo: ${turbo.error.message}\n  Run at the repository root:  pnpm install   then:  pnpm analyze`);
process.exit(turbo.status ?? 1);
