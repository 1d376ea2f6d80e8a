/**
 * `tsx packages/text/scripts/voice-golden.ts [--dist] [--size 20MB]`: golden check for voice detection speed work.
 * Runs `analyze` over the five seed articles, the UD German-GSD dev text (`# text =` lines, one
 * document per 20 sentences) and every article under bench-corpus/<size> (default 10MB, `pnpm
 * bench:corpus --size 10MB`; the shared bench-corpus holds 2MB, 20MB, 100MB, 1GB),
 * and prints a SHA-256 of the JSON of all voice spans (and of the sentences, as a control).
 * Every speed change must print the same hash as before it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const useDist = process.argv.includes('--dist');
const mod = (await import(pathToFileURL(path.join(root, 'packages', 'text', useDist ? 'dist/index.js' : 'src/index.ts')).href)) as typeof import('../src/index.js');

function mdFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) out.push(...mdFiles(p));
    else if (e.endsWith('.md')) out.push(p);
  }
  return out;
}
const body = (f: string) => readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

const docs: [string, string][] = [];
for (const f of mdFiles(path.join(root, 'corpus', 'kazakhstan-2022'))) docs.push([path.relative(root, f), body(f)]);
const ud = readFileSync(path.join(root, '..', 'shared', 'data', 'ud-german-gsd', 'de_gsd-ud-dev.conllu'), 'utf8')
  .split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9));
for (let i = 0; i < ud.length; i += 20) docs.push([`ud:${i}`, ud.slice(i, i + 20).join(' ')]);
const sizeAt = process.argv.indexOf('--size');
const size = sizeAt >= 0 ? process.argv[sizeAt + 1] : '10MB';
if (size === undefined || !/^\d+(MB|GB)$/.test(size)) throw new Error(`voice-golden --size: expected a bench corpus size like 20MB, got "${size ?? ''}"`);
const bench = path.join(root, 'bench-corpus', size);
if (!existsSync(bench)) throw new Error(`voice-golden: ${bench} missing; run pnpm bench:corpus --size ${size}, or pass --size with a size that exists (e.g. --size 20MB)`);
for (const f of mdFiles(bench)) docs.push([path.relative(root, f), body(f)]);

const hv = createHash('sha256');
const hs = createHash('sha256');
let spans = 0;
// one Analyzer for all documents (as a worker has), when the build has one; the hash must not depend on it
const analyzer = 'Analyzer' in mod ? new mod.Analyzer() : undefined;
for (const [name, text] of docs) {
  const doc = analyzer !== undefined ? analyzer.analyze(text) : mod.analyze(text);
  spans += doc.spans.length;
  hv.update(name + '\n' + JSON.stringify(doc.spans) + '\n');
  hs.update(JSON.stringify(doc.sentences));
}
console.log(`docs ${docs.length} spans ${spans}\nvoice ${hv.digest('hex')}\nsentences ${hs.digest('hex')}`);
