import type { AgreementSummary } from '@framelens/validation';

const pct = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(2));
const interval = (low: number, high: number) => (Number.isNaN(low) ? '' : ` (95%: ${pct(low)}–${pct(high)})`);

/** The agreement as text: one block per measure, aligned columns. */
export function formatAgreement(s: AgreementSummary): string {
  const lines: string[] = [`${s.pipeline}: ${s.files.length} coded file${s.files.length === 1 ? '' : 's'} (${s.coders.join(', ')}) of ${s.sample}`, '', 'Precision per frame (hits the coders confirm):'];
  const width = Math.max(...Object.values(s.frames).map((f) => f.label.length), 5);
  for (const f of Object.values(s.frames)) {
    const flag = f.n > 0 && f.precision < 0.8 ? '  ⚠ below 0.8' : '';
    lines.push(`  ${f.label.padEnd(width)}  ${pct(f.precision)}${interval(f.low, f.high)}  n = ${f.n}${f.unsure ? `, ${f.unsure} unsure or split` : ''}${flag}`);
  }
  if (s.falsePositiveTerms.length) {
    lines.push('', 'Terms with most false positives (the first lexicon fixes):');
    for (const t of s.falsePositiveTerms) lines.push(`  ${t.term} (${t.frame}): ${t.falsePositives} of ${t.n}`);
  }
  lines.push('', s.recall ? `Recall (estimated from sentences without a hit): ${pct(s.recall.estimate)}${interval(s.recall.low, s.recall.high)}; ${s.recall.note}` : 'Recall: no sentences without a hit coded');
  const v = s.voice;
  lines.push('', `Voice accuracy: ${pct(v.accuracy)}${interval(v.low, v.high)}, n = ${v.n}`, '  detected ↓ / coded →  ' + v.labels.map((l) => l.padStart(10)).join(''));
  for (const d of v.labels) lines.push(`  ${d.padEnd(21)}` + v.labels.map((c) => String(v.confusion[d]?.[c] ?? 0).padStart(10)).join(''));
  if (s.alpha) {
    const a = s.alpha;
    lines.push('', "Between coders (Krippendorff's alpha, nominal; 95% bootstrap interval; percent agreement):");
    lines.push(`  frame present: ${pct(a.framePresence.alpha)}${interval(a.framePresence.low, a.framePresence.high)}, ${(a.framePresence.percentAgreement * 100).toFixed(0)}% agreement, ${a.framePresence.units} items`);
    lines.push(`  voice:         ${pct(a.voice.alpha)}${interval(a.voice.low, a.voice.high)}, ${(a.voice.percentAgreement * 100).toFixed(0)}% agreement, ${a.voice.units} items`);
  } else lines.push('', 'Between coders: one coder only, no alpha (add a second coded file).');
  return lines.join('\n');
}
