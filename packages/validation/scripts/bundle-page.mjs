// Bundle the coding page's browser script (src/browser/coding-page.ts) with esbuild, at build
// time, into dist/browser/coding-page.js; page.ts inlines that file into every coding page.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: ['src/browser/coding-page.ts'],
  outfile: 'dist/browser/coding-page.js',
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
});
