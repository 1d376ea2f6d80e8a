import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

describe('rule 3, subjunctive and hearsay without a frame (subjunctive.ts)', () => {
  it('Konjunktiv I continuing a quotation takes its speaker (Kleine Zeitung)', () => {
    const t = '„Mit seiner Bitte hat Tokajew nicht nur die ganze Schwäche der kasachischen Staatsmacht gezeigt.“ Tokajew habe den ersten Schritt zum Verlust der staatlichen Souveränität Kasachstans getan.';
    const withSpeaker = `„Alle verstehen das“, erklärt der kasachische Politologe Dossym Satpajew. ${t}`;
    expect(voiceOf(withSpeaker, 'Souveränität')).toEqual({ voice: 'reported', speaker: 'der kasachische Politologe Dossym Satpajew' });
  });

  it('hearsay modals: soll … haben, sollen … worden sein', () => {
    expect(rows('Mehrere Häuser sollen zerstört worden sein.')).toEqual([['reported', 'Mehrere Häuser sollen zerstört worden sein', 'anonymous']]);
    const nd = 'Altpräsident Nursultan Nasarbajew, gegen den sich die Proteste richten, soll Kasachstan verlassen haben.';
    expect(voiceOf(nd, 'Kasachstan verlassen').voice).toBe('reported');
    expect(voiceOf(nd, 'Proteste').voice).toBe('authorial');
    // obligation, not hearsay
    expect(rows('Diese soll Gründe und Anstifter für die Unruhen benennen.')).toEqual([]);
  });

  it('irrealis "als kollabiere" is not indirect speech (Kleine Zeitung)', () => {
    const t = 'Zwischenzeitlich schien es, als kollabiere vor allem in Süden und im Westen des Landes die Staatsmacht so kläglich wie das Denkmal des Altpräsidenten.';
    expect(voiceOf(t, 'Staatsmacht').voice).toBe('authorial');
  });

  it('a colon before the subjunctive names the speaker ("einig: Die Lage … sei …"); an indicative after a colon is no claim', () => {
    expect(rows('Noch am Dienstag waren sich viele Experten einig: Die Lage in Almaty sei unter Kontrolle.')).toEqual([
      ['reported', 'Die Lage in Almaty sei unter Kontrolle', 'viele Experten'],
    ]);
    expect(rows('Die Lage war klar: Die Truppen zogen ab.')).toEqual([]);
  });

  it('a relative clause with the Konjunktiv inside the subject takes the subject; after a full clause it does not (review2 F4c)', () => {
    const t = 'Im Telegram-Kanal sind Aufnahmen von Körpern zu sehen, die unter weißen Tüchern gelegen haben sollen.';
    expect(voiceOf(t, 'Aufnahmen')).toEqual({ voice: 'authorial' });
    expect(voiceOf('Der Minister sagte, die Lage sei ruhig. Jeder, der eine Waffe trage, werde festgenommen.', 'Jeder')).toEqual({ voice: 'reported', speaker: 'Der Minister' });
  });
});
