import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

// no-attribution.ts, opinion.ts, accusation.ts, partial-quote.ts, titles.ts
describe('passes: words that attribute, and words that only look as if they did', () => {
  it('"Seiner Meinung nach", "Nach Meinung von X" (opinion.ts); "Meiner Meinung nach" is the author\'s', () => {
    expect(voiceOf('Der Ökonom Klaus Berger warnt vor einer Rezession. Seiner Meinung nach ist die Lage ernst.', 'ernst')).toEqual({ voice: 'reported', speaker: 'Der Ökonom Klaus Berger' });
    expect(voiceOf('Nach Meinung von Experten wird der Ölpreis weiter steigen.', 'Ölpreis')).toEqual({ voice: 'reported', speaker: 'Experten' });
    expect(rows('Meiner Meinung nach ist dieser Kompromiss ein Fehler.')).toEqual([]);
    // a text that ends with the opinion holder (no full stop, nothing after it) has nothing to attribute, and does not fail
    expect(() => rows('Die Lage bleibt ernst, nach Meinung von Experten')).not.toThrow();
    expect(voiceOf('Die Lage bleibt ernst, nach Meinung von Experten', 'Lage')).toEqual({ voice: 'authorial' });
  });

  it('"X wirft Y Z vor": Z is the accusation (accusation.ts); "warfen sich den Ball zu" is not', () => {
    expect(rows('Die Demonstranten werfen dem Präsidenten Wahlbetrug vor.')).toEqual([['reported', 'Wahlbetrug', 'Die Demonstranten']]);
    expect(voiceOf('Die Anklage wirft ihm Bestechlichkeit in zwölf Fällen vor.', 'Bestechlichkeit')).toEqual({ voice: 'reported', speaker: 'Die Anklage' });
    expect(rows('Die Spieler warfen sich den Ball zu.')).toEqual([]);
  });

  it('"begründete … mit „…“" is quoted with the subject as speaker (partial-quote.ts); a bare scare quote stays distanced', () => {
    expect(rows('Der Präsident begründete den Einsatz mit „ausländischer Einmischung“.')).toEqual([['quoted', '„ausländischer Einmischung“', 'Der Präsident']]);
    expect(voiceOf('Die Regierung begründete das Verbot mit der „Gefahr für die Ordnung“.', 'Gefahr')).toEqual({ voice: 'quoted', speaker: 'Die Regierung' });
    expect(voiceOf('Die „Spezialoperation“ dauert nun schon ein Jahr.', 'Spezialoperation')).toEqual({ voice: 'distanced' });
  });

  it('titles and names in quotation marks are names (titles.ts)', () => {
    expect(rows('Das Stück „Die Räuber“ läuft im Stadttheater.')).toEqual([['name', '„Die Räuber“']]);
    expect(rows('Unter der Überschrift „An die Redaktion“ druckte das Blatt Leserbriefe.')).toEqual([['name', '„An die Redaktion“']]);
    expect(voiceOf('Der Minister sagte der „Süddeutschen Zeitung“, die Reform komme.', 'Süddeutschen')).toEqual({ voice: 'authorial' });
    // a participle after the quotation: no subject, the scare quote stays
    expect(voiceOf('Tokajew hatte den Ausnahmezustand ausgeweitet, eine »Antiterroroperation« verkündet.', 'Antiterroroperation')).toEqual({ voice: 'distanced' });
  });

  it('"wie gesagt", "So erklärt es sich", sentence-internal "demnach" attribute nothing; "Demnach" after a publication does (no-attribution.ts)', () => {
    expect(rows('Wie gesagt, die Frist läuft am Freitag ab.')).toEqual([]);
    expect(rows('Die Zahl sank von 500 auf 400; der Verein hat demnach ein Fünftel verloren.')).toEqual([]);
    expect(voiceOf('Das Ministerium veröffentlichte am Montag neue Zahlen. Demnach wurden 12 000 Anträge gestellt.', 'Anträge').voice).toBe('reported');
  });
});
