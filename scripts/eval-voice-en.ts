// `pnpm eval:voice --lang en`: the English voice gold (test/gold/voice-en.yaml, issue 24) scored with
// the English Analyzer: per-voice precision/recall/F1 over words, authorial vs not (a binary
// choice per word), the exact voice, speaker accuracy, for the tune split and the held-out split
// (its two parts apart: "ho-" written before any English rule, "ho2-" after them and run once).
// Disagreements are printed for the tune split only (`--holdout` prints the held-out ones too).
import { evaluateEnglish, scoreEnglish } from '../test/gold/voice-en-eval.js';
import type { NewsOutcome, Prf } from '../test/gold/voice-news-eval.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const row = (label: string, v: Prf) =>
  `${label.padEnd(14)} ${String(v.gold).padStart(5)} ${String(v.predicted).padStart(5)} ${String(v.correct).padStart(8)}  ${pct(v.precision).padStart(9)} ${pct(v.recall).padStart(7)} ${pct(v.f1).padStart(6)}`;
const HEADER = 'voice           gold  pred  correct  precision  recall   F1';

export function printEnglish(showHoldout: boolean): void {
  const outcomes = evaluateEnglish();
  const parts: [string, (o: NewsOutcome) => boolean][] = [
    ['tune', (o) => o.passage.split === 'tune'],
    ['holdout', (o) => o.passage.split === 'holdout'],
    ['holdout, ho- (written before the rules)', (o) => o.passage.split === 'holdout' && o.passage.id.startsWith('ho-')],
    ['holdout, ho2- (written after the first rules, never tuned on)', (o) => o.passage.split === 'holdout' && o.passage.id.startsWith('ho2-')],
  ];
  for (const [name, take] of parts) {
    const part = outcomes.filter(take);
    const s = scoreEnglish(part);
    console.log(`\n== test/gold/voice-en.yaml, ${name}: ${s.passages} passages, ${s.words} scored words`);
    console.log(HEADER);
    for (const v of s.perVoice) console.log(row(v.voice, v));
    console.log(row('not authorial', s.notAuthorial));
    console.log(`authorial vs not: ${pct(s.authorialAccuracy)} of words (target >= 95%); exact voice: ${pct(s.accuracy)} of words (target >= 90%), ${pct(s.passageAccuracy)} of passages`);
    console.log(`speaker accuracy (where gold names one) ${pct(s.speakerAccuracy)}; ${s.speechAsAuthorial} speech words detected as authorial, ${s.authorialAsSpeech} authorial words detected as speech`);
    if (name === 'tune' || (showHoldout && name === 'holdout')) for (const o of part) printDisagreements(o);
  }
}

function printDisagreements(o: NewsOutcome): void {
  const lines: string[] = [];
  for (const w of o.words) {
    if (w.gold.voice === w.got.voice && (w.gold.speaker === undefined || w.gold.speaker === w.got.speaker)) continue;
    const g = `${w.gold.voice}${w.gold.speaker !== undefined ? ` [${w.gold.speaker}]` : ''}`;
    const d = `${w.got.voice}${w.got.speaker !== undefined ? ` [${w.got.speaker}]` : ''}`;
    const last = lines.at(-1);
    const word = o.doc.text.slice(w.start, w.end);
    if (last !== undefined && last.endsWith(`": gold ${g}, got ${d}`)) lines[lines.length - 1] = last.replace(/"(.*)": gold/, (_, t: string) => `"${t} ${word}": gold`);
    else lines.push(`  "${word}": gold ${g}, got ${d}`);
  }
  if (lines.length > 0) console.log(`\n${o.passage.id} (${o.passage.pattern})\n${lines.join('\n')}`);
}
