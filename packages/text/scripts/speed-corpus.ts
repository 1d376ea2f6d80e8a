/**
 * What the voice speed scripts share (voice-speed.ts, voice-floors.ts): the `pnpm bench:text`
 * corpus (seed sentences recombined, seed 20220106) and a CPU clock for the measuring thread.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '@framelens/tools';

export type Text = typeof import('../src/index.js');
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * At least `size` MB (UTF-8) of articles: the sentences and short lines (subheadings, captions) of
 * the seed articles, with `m` splitting them, recombined into articles of 6–17 paragraphs by a
 * generator seeded with `seed` (the `pnpm bench:text` corpus; scripts/bench-text.ts uses this too).
 */
export function generate(m: Pick<Text, 'sentences' | 'tokenize'>, size: number, seed = 20220106): string[] {
  const dir = path.join(root, 'corpus', 'kazakhstan-2022');
  const files: string[] = [];
  for (const outlet of readdirSync(dir).sort()) {
    const p = path.join(dir, outlet);
    if (!statSync(p).isDirectory()) continue;
    for (const f of readdirSync(p).sort()) if (f.endsWith('.md')) files.push(path.join(p, f));
  }
  if (files.length === 0) throw new Error(`bench corpus: no articles (*.md) under ${dir}; expected corpus/kazakhstan-2022/<outlet>/<article>.md`);
  const sents: string[] = [];
  const lines: string[] = [];
  for (const f of files) {
    const body = readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const s of m.sentences(body, m.tokenize(body))) {
      const t = body.slice(s.start, s.end);
      if (/[.!?«»“"]$/u.test(t)) sents.push(t);
      else lines.push(t);
    }
  }
  const rnd = mulberry32(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const articles: string[] = [];
  let bytes = 0;
  while (bytes < size * 1e6) {
    const paras: string[] = [];
    const n = 6 + Math.floor(rnd() * 12);
    for (let p = 0; p < n; p++) {
      if (rnd() < 0.15) paras.push(pick(lines));
      const k = 2 + Math.floor(rnd() * 5);
      const ss: string[] = [];
      for (let s = 0; s < k; s++) ss.push(pick(sents));
      paras.push(ss.join(' '));
    }
    const a = paras.join('\n\n');
    articles.push(a);
    bytes += Buffer.byteLength(a, 'utf8');
  }
  return articles;
}

const SCHEDSTAT = '/proc/thread-self/schedstat';

/**
 * A CPU clock in milliseconds: on Linux the time the calling (main) thread ran (schedstat, in
 * nanoseconds), so that neither the garbage collector's and compiler's helper threads nor other
 * processes' load count; elsewhere `process.cpuUsage()` (all threads of the process).
 */
export const cpuClock: { name: string; ms: () => number } = existsSync(SCHEDSTAT)
  ? { name: 'CPU time of the main thread (/proc/thread-self/schedstat)', ms: () => Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6 }
  : {
      name: 'CPU time of the process, all threads (process.cpuUsage)',
      ms: () => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
      },
    };
