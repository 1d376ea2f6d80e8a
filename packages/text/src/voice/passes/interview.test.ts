import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

// interview.ts: interview labels are not speakers (review F1b).
describe('pass: interview layout (interview.ts)', () => {
  const berger = 'Die Wiener Historikerin Eva Moser forscht seit Jahren über Belarus. Ein Gespräch über die Wahl.\n\n' +
    'Frage: Frau Moser, Präsident Lukaschenko spricht von einer Verschwörung. Was ist dran?\n\n' +
    'Antwort: Nichts. Die Menschen protestieren gegen Wahlbetrug.\n\n' +
    'Frage: Welche Rolle spielt Moskau?';
  it('questions are the outlet\'s own, reported where they attribute; answers are the interviewee\'s from the lead', () => {
    expect(voiceOf(berger, 'Was ist dran')).toEqual({ voice: 'authorial' });
    expect(voiceOf(berger, 'einer Verschwörung')).toEqual({ voice: 'reported', speaker: 'Präsident Lukaschenko' });
    expect(voiceOf(berger, 'Wahlbetrug')).toEqual({ voice: 'quoted', speaker: 'Eva Moser' });
    expect(voiceOf(berger, 'Rolle')).toEqual({ voice: 'authorial' });
    expect(rows(berger).some((r) => r[2] === 'Frage' || r[2] === 'Antwort')).toBe(false);
  });

  it('the outlet\'s name in capitals asks; the interviewee\'s surname as a label is the name in the lead', () => {
    const t = 'Der Ökonom Peter Graf hält die Zinswende für verfrüht.\n\nNZZ: Herr Graf, ist die Inflation besiegt?\n\nGraf: Keineswegs. Die Löhne steigen weiter.';
    expect(voiceOf(t, 'Inflation')).toEqual({ voice: 'authorial' });
    expect(voiceOf(t, 'Löhne')).toEqual({ voice: 'quoted', speaker: 'Peter Graf' });
  });

  it('"F:" / "A:" with no name in the lead: the lead\'s subject; with no lead: anonymous', () => {
    const t = 'Eine Krankenschwester aus Lwiw berichtet.\n\nF: Wie ist die Lage?\n\nA: Wir arbeiten rund um die Uhr.';
    expect(voiceOf(t, 'Lage')).toEqual({ voice: 'authorial' });
    expect(voiceOf(t, 'Uhr')).toEqual({ voice: 'quoted', speaker: 'Eine Krankenschwester aus Lwiw' });
    const bare = 'Frage: Wie geht es weiter?\n\nAntwort: Wir warten ab.';
    expect(voiceOf(bare, 'warten')).toEqual({ voice: 'quoted', speaker: 'anonymous' });
  });

  it('labels in bold ("**Frage:**", "**taz:**", "**Roth:**")', () => {
    const t = 'Die Ökonomin Lea Roth warnt vor einer Rezession.\n\n**taz:** Frau Roth, die Regierung spricht von einer Delle. Wie schlimm wird es?\n\n**Roth:** Schlimmer als gedacht.';
    expect(voiceOf(t, 'schlimm')).toEqual({ voice: 'authorial' });
    expect(voiceOf(t, 'Delle')).toEqual({ voice: 'reported', speaker: 'die Regierung' });
    expect(voiceOf(t, 'gedacht')).toEqual({ voice: 'quoted', speaker: 'Lea Roth' });
    const q = 'Der Anwalt Jan Weber vertritt mehrere Festgenommene.\n\n**Frage:** Was werfen die Behörden ihnen vor?\n\n**Antwort:** Landfriedensbruch. Das ist absurd.';
    expect(voiceOf(q, 'Behörden')).toEqual({ voice: 'authorial' });
    expect(voiceOf(q, 'absurd')).toEqual({ voice: 'quoted', speaker: 'Jan Weber' });
  });

  it('look-alikes: a court report (no interviewer label) keeps each label as speaker; an outlet label with a named answer and no lead', () => {
    const court = 'Präs.: Sie waren also am Bahnhof?\n\nAngekl.: Nein, ich war zu Hause.';
    expect(voiceOf(court, 'Bahnhof')).toEqual({ voice: 'quoted', speaker: 'Präs.' });
    const t = 'SPIEGEL: Haben Sie die Krise unterschätzt?\n\nBauer: Nein.';
    expect(voiceOf(t, 'Krise')).toEqual({ voice: 'authorial' });
    expect(voiceOf(t, 'Nein')).toEqual({ voice: 'quoted', speaker: 'Bauer' });
  });

  // review2 F3: the outlet's name in title case or in several words, recognised because it addresses the other label
  it('look-alikes first: a host named in the lead, a judge and an abbreviated label address the other label and still speak', () => {
    const show = 'Der Moderator Markus Lanz sprach mit dem Ökonomen Peter Graf.\n\nLanz: Herr Graf, die Regierung spricht von einer Delle. Stimmt das?\n\nGraf: Nein.';
    expect(voiceOf(show, 'Stimmt')).toEqual({ voice: 'quoted', speaker: 'Lanz' });
    const court = 'Richterin: Herr Graf, wo waren Sie am Abend?\n\nGraf: Zu Hause.';
    expect(voiceOf(court, 'Abend')).toEqual({ voice: 'quoted', speaker: 'Richterin' });
    const abbr = 'Vors.: Herr Graf, wo waren Sie?\n\nGraf: Zu Hause.';
    expect(voiceOf(abbr, 'waren')).toEqual({ voice: 'quoted', speaker: 'Vors.' });
  });

  it('an outlet label in title case, bold or several capital words asks when it addresses the person of the other label', () => {
    const lead = 'Die Soziologin Marina Kusnezowa forscht in Almaty zu sozialen Bewegungen.\n\n';
    const ask = ' Frau Kusnezowa, Präsident Tokajew spricht von Banditen. Stimmt das?\n\nKusnezowa: Nein. Das waren Demonstranten.';
    for (const label of ['Abendpost:', '**Abendpost:**', 'ZEIT ONLINE:', 'Tagesspiegel:']) {
      const t = lead + label + ask;
      expect(voiceOf(t, 'Banditen'), label).toEqual({ voice: 'reported', speaker: 'Präsident Tokajew' });
      expect(voiceOf(t, 'Stimmt'), label).toEqual({ voice: 'authorial' });
      expect(voiceOf(t, 'Demonstranten'), label).toEqual({ voice: 'quoted', speaker: 'Marina Kusnezowa' });
    }
  });
});
