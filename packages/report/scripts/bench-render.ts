/**
 * `node --import tsx packages/report/scripts/bench-render.ts <report.json> [--runs 5] [--out index.html]`:
 * the build-time cost of `renderReport` on a saved ReportData (report.json of a pipeline run):
 * CPU time and wall time per render (the first run, with module warm-up, listed apart), the HTML's
 * size and sha256 (to check that a change keeps the bytes), and the load average. Profile it with
 * `node --cpu-prof --import tsx packages/report/scripts/bench-render.ts …`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { ReportData } from '@framelens/aggregate';
import { renderReport } from '../src/index.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '5' }, out: { type: 'string' }, evidence: { type: 'string', default: '200' } } });
if (!positionals[0]) {
  console.error('usage: bench-render.ts <report.json> [--runs 5] [--out index.html] [--evidence 200]');
  process.exit(2);
}
const data = JSON.parse(readFileSync(positionals[0], 'utf8')) as ReportData;
const runs = Number(values.runs);
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };

const loadBefore = load();
const cpu: number[] = [];
const wall: number[] = [];
let html = '';
for (let i = 0; i <= runs; i++) {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  html = (await renderReport(data, { maxEvidenceInHtml: Number(values.evidence) })).html;
  const c = process.cpuUsage(c0);
  const w = performance.now() - w0;
  console.log(`render ${i === 0 ? '0 (warm-up)' : i}: cpu ${((c.user + c.system) / 1000).toFixed(0)} ms, wall ${w.toFixed(0)} ms`);
  if (i > 0) { cpu.push((c.user + c.system) / 1000); wall.push(w); }
}
if (values.out) writeFileSync(values.out, html);
console.log(`${positionals[0]}: ${data.outlets.length} outlets, ${data.evidence.length} evidence rows`);
console.log(`median of ${runs}: cpu ${median(cpu).toFixed(0)} ms, wall ${median(wall).toFixed(0)} ms; html ${(html.length / 1e6).toFixed(2)} MB (chars), sha256 ${createHash('sha256').update(html).digest('hex').slice(0, 16)}`);
console.log(`load average ${loadBefore} before, ${load()} after; ${new Date().toISOString().slice(0, 10)}`);
