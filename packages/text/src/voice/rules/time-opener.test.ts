import { describe, expect, it } from 'vitest';
import { voiceOf } from '../__fixtures__/spans.js';

// rules/time-opener.ts: a liveblog time stamp or an opener before a dash is not the speaker (review2 F2a)
describe('rule: time stamps and openers before a dash or colon (time-opener.ts)', () => {
  it('look-alikes first: an inserted remark between dashes and an apposition in commas keep the phrase before them', () => {
    expect(voiceOf('Der Präsident – sichtlich nervös – sagte, die Lage sei ruhig.', 'ruhig')).toEqual({ voice: 'reported', speaker: 'Der Präsident' });
    expect(voiceOf('Der Regierungschef Nikol Paschinjan, derzeitiger Vorsitzender des Bündnisses, kündigte an, die Truppen würden abziehen.', 'abziehen').speaker).toBe('Der Regierungschef Nikol Paschinjan');
  });

  it('the subject after the opener speaks', () => {
    const t = '14.50 Uhr – Präsident Tokajew spricht in einer Videobotschaft von «Terrorbanden», die im Ausland ausgebildet worden seien.';
    expect(voiceOf(t, 'Terrorbanden')).toEqual({ voice: 'quoted', speaker: 'Präsident Tokajew' });
    expect(voiceOf(t, 'ausgebildet')).toEqual({ voice: 'reported', speaker: 'Präsident Tokajew' });
    expect(voiceOf('16.05 Uhr – Augenzeugen berichten, Sicherheitskräfte hätten in die Menge gefeuert.', 'Menge')).toEqual({ voice: 'reported', speaker: 'Augenzeugen' });
    expect(voiceOf('Am Abend – Augenzeugen berichten, Sicherheitskräfte hätten in die Menge gefeuert.', 'Menge')).toEqual({ voice: 'reported', speaker: 'Augenzeugen' });
    const u = 'Update, 14.50 Uhr: Präsident Tokajew spricht von Terrorbanden, die im Ausland ausgebildet worden seien.';
    expect(voiceOf(u, 'ausgebildet')).toEqual({ voice: 'reported', speaker: 'Präsident Tokajew' });
  });
});
