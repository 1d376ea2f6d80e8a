import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mulberry32 } from '../../aggregate/src/stats/bootstrap.js';
const d = process.argv[2]!;
const m = await import(pathToFileURL(path.join(d, 'index.js')).href);
const dir = '/work/main/corpus/kazakhstan-2022';
const sents: string[] = []; const lines: string[] = [];
for (const outlet of readdirSync(dir).sort()) { const p = path.join(dir, outlet); if (!statSync(p).isDirectory()) continue;
  for (const f of readdirSync(p).sort()) { if (!f.endsWith('.md')) continue; const body = readFileSync(path.join(p, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const s of m.sentences(body, m.tokenize(body))) { const t = body.slice(s.start, s.end); if (/[.!?«»“"]$/u.test(t)) sents.push(t); else lines.push(t); } } }
const rnd = mulberry32(20220106); const pick = (xs: string[]) => xs[Math.floor(rnd() * xs.length)]!;
let bytes = 0; let n = 0;
while (bytes < 5e6) { const paras: string[] = []; const k0 = 6 + Math.floor(rnd() * 12);
  for (let p = 0; p < k0; p++) { if (rnd() < 0.15) paras.push(pick(lines)); const k = 2 + Math.floor(rnd() * 5); const ss: string[] = []; for (let s = 0; s < k; s++) ss.push(pick(sents)); paras.push(ss.join(' ')); }
  const a = paras.join('\n\n'); bytes += a.length; n++;
  const tokens = m.tokenize(a); const sentences = m.sentences(a, tokens); const paragraphs = m.paragraphs(a); m.detectVoice({ text: a, tokens, sentences, paragraphs, boilerplate: m.boilerplate(a, paragraphs) }); }
console.log(d, n, 'articles; units reaching analyse call', (globalThis as any).__units, 'analyse', (globalThis as any).__an);
