// Depicting something as something is naming speech (review of 2026-12-07, F2): the label after
// "als" is the subject's word (reported, the subject speaking), as for "bezeichnete … als"
// (rules/frame-labels.ts). Examples (depict-as.test.ts):
//   "Schon 2011 hatte das Regime den Streik als Werk von Provokateuren dargestellt."
//        → reported "Werk von Provokateuren", das Regime
//   "Das Regime stellte den Streik als Werk von Provokateuren dar."   → reported, Das Regime
//   "Die Staatsmedien haben die Demonstranten als bezahlte Agenten des Westens dargestellt."
//   "Der Minister tat die Vorwürfe als Propaganda ab."                 → reported "Propaganda"
//   "Die Proteste wurden als Werk von Agenten dargestellt."             → a passive: anonymous
// Look-alikes: "Die Grafik stellt die Entwicklung der Preise dar." (no "als"); "Er stellte sich als
// Vertreter der Firma vor." (no depicting verb); "Als Kind hatte sie das Dorf anders dargestellt"
// ("als" opens the clause: a time, not a label).
import { FINITE, PUNCT, SEP, WORD } from '../cues.js';
import type { RuleContext } from './context.js';
import { speechSubject } from './speech-subject.js';
import { CUE_DEPICT, DEPICT_PARTICIPLES, DEPICT_VERBS } from './words.js';

const PASSIVE = new Set(['wird', 'werden', 'wurde', 'wurden', 'worden']);

export function depictAs(c: RuleContext): void {
  if ((c.cues & CUE_DEPICT) === 0) return;
  for (const s of c.sentences) {
    if ((s.cues & CUE_DEPICT) === 0) continue;
    for (let v = s.from; v < s.to; v++) {
      if ((c.cue[v]! & CUE_DEPICT) === 0) continue;
      const [from, to] = c.clause(s, v);
      const n = c.norm(v);
      let labelEnd: number;
      let finite: number;
      if (DEPICT_PARTICIPLES.has(n) && (!DEPICT_VERBS.has(n) || c.trimEnd(from, to) === v + 1)) {
        // "… als X dargestellt": the label ends at the participle; the finite auxiliary names the subject
        labelEnd = v;
        finite = -1;
        for (let i = from; i < v && finite < 0; i++) if ((c.bits(i) & FINITE) !== 0) finite = i;
        if (finite < 0) continue;
      } else {
        // "stellte … als X dar": the label ends at the closing particle (or the clause end)
        const particle = DEPICT_VERBS.get(n) ?? '';
        const end = c.trimEnd(v + 1, to);
        labelEnd = particle === '' ? end : end - 1;
        if (particle !== '' && c.norm(end - 1) !== particle) continue;
        finite = v;
      }
      let als = -1;
      for (let i = Math.max(from + 1, finite + 1); i < labelEnd; i++) if (c.norm(i) === 'als' && c.isWord(i)) als = i;
      if (als < 0 || als + 1 >= labelEnd || (c.bits(als + 1) & (PUNCT | SEP)) !== 0) continue;
      const t = c.doc.tokens;
      if (c.speechIn(t[als + 1]!.start, t[labelEnd - 1]!.end).length > 0) continue;
      let passive = false;
      for (let i = from; i < to; i++) if (PASSIVE.has(c.norm(i)) && (c.bits(i) & WORD) !== 0) passive = true;
      const speaker = passive ? 'anonymous' : speechSubject(c, from, finite, to);
      if (speaker === undefined) continue;
      c.add(als + 1, labelEnd, 'reported', speaker, n);
      break;
    }
  }
}
