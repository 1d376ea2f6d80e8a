#!/usr/bin/env node
/**
 * Bundle the page script (src/client/main.ts and what it imports) with esbuild into
 * dist/client.js: one IIFE, ES2019, not minified (readable in the page), no comments carried over,
 * so the bytes (and the page's CSP hash) depend only on the sources and esbuild's version.
 * `--stdout` prints the bundle instead of writing it (render.test.ts compares the two).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const result = await build({
  // paths (and the file comments esbuild writes) relative to the package, whoever runs the script
  absWorkingDir: root,
  entryPoints: ['src/client/main.ts'],
  bundle: true,
  format: 'iife',
  target: 'es2019',
  platform: 'browser',
  charset: 'utf8',
  legalComments: 'none',
  sourcemap: false,
  write: false,
  logLevel: 'warning',
});
const code = result.outputFiles[0].text;
if (/<!--|<\/?script/i.test(code)) {
  console.error('build-client: the bundle contains "<!--", "<script" or "</script", which the HTML parser would misread inside an inline script');
  process.exit(1);
}
if (process.argv.includes('--stdout')) process.stdout.write(code);
else {
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  writeFileSync(path.join(root, 'dist/client.js'), code);
}
