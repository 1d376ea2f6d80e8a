/**
 * The committed seed report (seed-report.json: `framelens analyze` on corpus/kazakhstan-2022,
 * rewritten by `node --import tsx packages/report/scripts/seed-report.ts`), fresh per call, with
 * two variations the seeds lack: hostile strings in the places the page shows corpus text, and
 * dates spread over several days so "Over time" appears.
 */
import { readFileSync } from 'node:fs';
import type { ReportData } from '@framelens/aggregate';
import { corpusFromArticles } from '../corpus.js';

const SEED = new URL('./seed-report.json', import.meta.url);

export interface SeedOptions {
  /** spread the dates over several days so the "Over time" section appears */
  spreadDates?: boolean;
  /** replace an outlet's name, an article's title, a frame label and some text with hostile strings (escaping tests) */
  hostile?: boolean;
}

export const HOSTILE = {
  name: 'Evil <script>window.__pwned=1</script> Zeitung',
  title: '</script><img src=x onerror="window.__pwned=2"><script>window.__pwned=3</script> ‏שלום 🎉',
  url: 'javascript:window.__pwned=4',
  longWord: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen'.repeat(6),
  frameLabel: 'Frame <b onmouseover="window.__pwned=5">bold</b> & "quoted"',
  evidence: '<!-- </noscript><script>window.__pwned=6</script>',
};

/** The outlet, frame and dates the variations change. */
const HOSTILE_OUTLET = 'kleine-zeitung';
const HOSTILE_FRAME = 'protest-unrest';
const SPREAD: Record<string, string> = { nd: '2022-01-05', 'dpa-wire': '2022-01-06', 'junge-welt': '2022-01-08' };

export function seedData(options: SeedOptions = {}): ReportData {
  const data = JSON.parse(readFileSync(SEED, 'utf8')) as ReportData;
  if (options.spreadDates) spreadDates(data);
  if (options.hostile) hostile(data);
  return data;
}

function spreadDates(data: ReportData): void {
  const date = (outlet: string): string | undefined => SPREAD[outlet];
  for (const a of data.articles) a.date = date(a.outlet) ?? a.date!;
  for (const o of data.outlets) o.firstDate = o.lastDate = date(o.outlet) ?? o.firstDate!;
  for (const r of data.overTime) r.date = date(r.outlet) ?? r.date;
  data.overTime.sort((a, b) => a.outlet.localeCompare(b.outlet) || a.date.localeCompare(b.date));
  // the seeds' report lists every article: the summary follows their new dates
  data.corpus = corpusFromArticles(data.articles);
}

function hostile(data: ReportData): void {
  const outlet = data.outlets.find((o) => o.outlet === HOSTILE_OUTLET)!;
  Object.assign(outlet, { name: HOSTILE.name, url: HOSTILE.url, attributionEvidence: `${HOSTILE.evidence} ${HOSTILE.longWord}` });
  for (const a of data.articles) if (a.outlet === HOSTILE_OUTLET) Object.assign(a, { title: HOSTILE.title, url: HOSTILE.url });
  for (const f of data.lexicon.frames) if (f.id === HOSTILE_FRAME) f.label = HOSTILE.frameLabel;
  for (const r of [...data.outletFrames, ...data.outletFrameVoices]) if (r.frame === HOSTILE_FRAME) r.frameLabel = HOSTILE.frameLabel;
  // text after the end keeps every offset valid
  const tail = ` ${HOSTILE.evidence} Die Demonstranten ${HOSTILE.longWord} ‏(שלום) 🎉.`;
  for (const e of data.evidence) {
    if (e.kind === 'frame' && e.category === HOSTILE_FRAME) e.categoryLabel = HOSTILE.frameLabel;
    if (e.outlet === HOSTILE_OUTLET) e.sentence += tail;
  }
  for (const r of data.readers) if (r.outlet === HOSTILE_OUTLET) Object.assign(r, { title: HOSTILE.title, text: r.text + `\n\n${tail.trim()}` });
}
