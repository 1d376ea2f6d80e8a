#!/usr/bin/env node
/**
 * Bundle the CLI (dist/main.js and every module it imports: the workspace packages' dist files and
 * the libraries) with esbuild into dist/framelens.mjs, which bin/framelens.js runs. Node.js then
 * reads one file instead of resolving, reading and linking about a thousand: `framelens --version`
 * went from 0.99 to 0.32 CPU s (README, Start-up). Run after `tsc -b` (the package's build script).
 *
 * What a bundle would otherwise break, and how it is kept working:
 * - files found next to a module (the report's page script and vega's browser build, the coding
 *   page, the map step's worker.js): `import.meta.url` in each bundled file becomes that file's own
 *   URL, written relative to the bundle so the repository can move;
 * - `__dirname` / `__filename` of CommonJS libraries (piscina's worker wrapper): the same;
 * - native modules (DuckDB's duckdb.node): loaded from where pnpm installed them, relative to the bundle;
 * - stack traces: dist/framelens.mjs.map maps the bundle back to the TypeScript sources
 *   (`NODE_OPTIONS=--enable-source-maps framelens …`).
 * The worker thread (dist/worker.js) is not bundled: it only runs for 64 articles or more.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outfile = path.join(root, 'dist', 'framelens.mjs');
const outDir = path.dirname(outfile);
/** A path relative to the bundle's folder, as a string literal of JavaScript ("./x", "../y"). */
const fromBundle = (file) => {
  const rel = path.relative(outDir, file).split(path.sep).join('/');
  return JSON.stringify(rel.startsWith('.') ? rel : `./${rel}`);
};

// names the banner defines at the top of the bundle, for the rewritten files below
const banner = [
  "import { createRequire as __framelensCreateRequire } from 'node:module';",
  "import { fileURLToPath as __framelensFileURLToPath } from 'node:url';",
  'const require = __framelensCreateRequire(import.meta.url);',
  'const __framelensUrl = (rel) => new URL(rel, import.meta.url).href;',
  'const __framelensPath = (rel) => __framelensFileURLToPath(new URL(rel, import.meta.url));',
].join('\n');

/** import.meta.url, __dirname and __filename of each bundled file: its own location, not the bundle's. */
const ownLocation = {
  name: 'own-location',
  setup(b) {
    b.onLoad({ filter: /\.(c|m)?js$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      const usesMeta = contents.includes('import.meta.url');
      const usesDir = /\b__(dirname|filename)\b/.test(contents);
      if (!usesMeta && !usesDir) return undefined;
      if (usesMeta) contents = contents.replaceAll('import.meta.url', `__framelensUrl(${fromBundle(args.path)})`);
      // CommonJS files are wrapped in a function by esbuild: these declarations stay local to the file
      if (usesDir) contents = `var __dirname = __framelensPath(${fromBundle(path.dirname(args.path))}), __filename = __framelensPath(${fromBundle(args.path)});\n${contents}`;
      return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

/** Native modules stay where pnpm put them; one not installed (another platform's) stays a plain require that is never reached. */
const nativeInPlace = {
  name: 'native-in-place',
  setup(b) {
    b.onResolve({ filter: /\.node$/ }, (args) => {
      try {
        return { path: JSON.parse(fromBundle(createRequire(path.join(args.resolveDir, 'x.js')).resolve(args.path))), external: true };
      } catch {
        return { path: args.path, external: true };
      }
    });
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: ['dist/main.js'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // the worker thread pool: loaded only when a corpus is big enough for threads
  external: ['piscina'],
  banner: { js: banner },
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  plugins: [ownLocation, nativeInPlace],
});
if (result.errors.length > 0) process.exit(1);
