// `pnpm eval:voice`: voice detection against the hand-annotated gold standard of the five seeds
// (test/gold/voice-seeds.yaml). Prints per-voice precision/recall/F1, overall accuracy, speaker
// accuracy, and every disagreement.
import { evaluate, loadGold, score } from '../test/gold/voice-eval.js';

const outcomes = loadGold().map(evaluate);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

console.log('voice       gold  pred  correct  precision  recall   F1');
const s = score(outcomes);
for (const v of s.perVoice) {
  console.log(`${v.voice.padEnd(10)} ${String(v.gold).padStart(5)} ${String(v.predicted).padStart(5)} ${String(v.correct).padStart(8)}  ${pct(v.precision).padStart(9)} ${pct(v.recall).padStart(7)} ${pct(v.f1).padStart(6)}`);
}
console.log(`\noccurrences: ${s.total}, voice accuracy ${pct(s.accuracy)}, speaker accuracy (where gold names one) ${pct(s.speakerAccuracy)}`);

let quotes = 0;
let quotesFound = 0;
for (const o of outcomes) {
  quotes += o.quoteSpeakers.length;
  quotesFound += o.quoteSpeakers.length - o.missedQuotes.length;
}
console.log(`direct quotations with exact boundaries: ${quotesFound}/${quotes}`);

for (const o of outcomes) {
  const lines: string[] = [];
  for (const q of o.missedQuotes) lines.push(`  missed quotation @${q.start}: ${q.text}`);
  for (const q of o.extraQuotes) lines.push(`  extra quotation @${q.start}: ${o.doc.text.slice(q.start, q.end)}`);
  for (const m of o.missedMarked) lines.push(`  missed ${m.voice} @${m.start}: ${m.text}`);
  for (const m of o.extraMarked) lines.push(`  extra ${m.voice} @${m.start}: ${o.doc.text.slice(m.start, m.end)}`);
  for (const x of o.occurrences) {
    if (x.got.voice !== x.gold.voice) lines.push(`  voice @${x.gold.start} ${x.gold.text}: gold ${x.gold.voice}, got ${x.got.voice}`);
    else if (x.gold.speaker !== undefined && x.got.speaker !== x.gold.speaker) lines.push(`  speaker @${x.gold.start} ${x.gold.text}: gold "${x.gold.speaker}", got "${x.got.speaker ?? ''}"`);
  }
  for (const q of o.quoteSpeakers) if (q.gold.speaker !== q.got && !o.missedQuotes.includes(q.gold)) lines.push(`  quotation speaker @${q.gold.start}: gold "${q.gold.speaker ?? ''}", got "${q.got ?? ''}"`);
  if (lines.length > 0) console.log(`\n${o.path}\n${lines.join('\n')}`);
}
