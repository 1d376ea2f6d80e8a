#!/usr/bin/env node
// Project rules that the type checker cannot see. Prints every violation with file:line; exit 1 if any.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const rules = [
  // natural's top-level entry loads storage back-ends that print to stdout and is slow (ENVIRONMENT.md)
  { re: /from\s+['"]natural['"]|require\(['"]natural['"]\)|import\(['"]natural['"]\)/, msg: "import natural's pieces by path (natural/lib/natural/...), never 'natural'" },
  // gray-matter evaluates ---js front matter and mangles dates (ENVIRONMENT.md)
  { re: /['"]gray-matter['"]/, msg: 'use the yaml package for front matter, not gray-matter' },
  { re: /\.only\(/, msg: 'focused test (.only) left in' },
  { re: /\binnerHTML\s*=\s*[^'"`]/, msg: 'innerHTML with a computed value: build DOM with textContent', only: /packages\/report\// },
];
const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', '.turbo', 'reports', 'bench-corpus', '.git'].includes(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(ts|mjs|js)$/.test(e.name) && !e.name.endsWith('.d.ts')) files.push(p);
  }
};
for (const d of ['packages', 'scripts', 'test']) {
  try {
    walk(path.join(root, d));
  } catch {}
}
// a script or test uses another package through its name (@framelens/x), never by a path into its src/
const packageOf = (rel) => /^packages\/([^/]+)\//.exec(rel)?.[1];
const relativeImport = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
function intoOtherSrc(rel, line) {
  for (const m of line.matchAll(relativeImport)) {
    const target = path.relative(root, path.resolve(root, path.dirname(rel), m[1])).split(path.sep).join('/');
    const other = /^packages\/([^/]+)\/src\//.exec(target)?.[1];
    if (other && other !== packageOf(rel)) return `${m[1]}: import @framelens/${other} (or move the helper to @framelens/tools) instead of reaching into another package's src/`;
  }
  return undefined;
}
let problems = 0;
for (const file of files) {
  const rel = path.relative(root, file);
  if (rel === 'scripts/lint.mjs') continue;
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    const reach = intoOtherSrc(rel, line);
    if (reach) {
      console.log(`${rel}:${i + 1}: ${reach}`);
      problems++;
    }
    for (const rule of rules) {
      if (rule.only && !rule.only.test(rel)) continue;
      if (rule.re.test(line)) {
        console.log(`${rel}:${i + 1}: ${rule.msg}`);
        problems++;
      }
    }
  });
}

// No import cycles inside any package (madge over packages/*/src, TypeScript; type-only imports
// count too, so that every file's dependencies point one way). Cycles between packages cannot
// arise: a workspace package depends on another only through package.json, which pnpm orders.
const { default: madge } = await import('madge');
const srcDirs = readdirSync(path.join(root, 'packages'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => path.join(root, 'packages', e.name, 'src'))
  .filter((d) => existsSync(d));
const graph = await madge(srcDirs, { fileExtensions: ['ts'], baseDir: root, excludeRegExp: [/\.d\.ts$/] });
for (const cycle of graph.circular()) {
  console.log(`import cycle: ${[...cycle, cycle[0]].join(' -> ')} (move what both sides need into a file of its own)`);
  problems++;
}

console.log(problems ? `lint: ${problems} problem(s) in ${files.length} files` : `lint: ${files.length} files ok, no import cycles`);
process.exit(problems ? 1 : 0);
