import { describe, expect, it } from 'vitest';
import { seedText } from './__fixtures__/seed-text.js';
import { Analyzer } from './analyzer.js';
import { paragraphs, sentences, splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

const split = (s: string) => sentences(s, tokenize(s)).map((x) => s.slice(x.start, x.end));

describe('sentences', () => {
  it('does not break at ordinals, dates, abbreviations or initials', () => {
    // 004
    expect(split('Kommentatoren bezeichnen den Aufstand in Kasachstan als „Smuta“. So wird eigentlich die Zeit der Wirren im Russland des 16. Jahrhunderts genannt. Die Verantwortlichen stehen fest.')).toEqual([
      'Kommentatoren bezeichnen den Aufstand in Kasachstan als „Smuta“.',
      'So wird eigentlich die Zeit der Wirren im Russland des 16. Jahrhunderts genannt.',
      'Die Verantwortlichen stehen fest.',
    ]);
    expect(split('Es gab z. B. Proteste u. a. in Almaty. Dr. Müller und J. Smith kamen am 6.1.2021 an. Danach Ruhe.')).toEqual([
      'Es gab z. B. Proteste u. a. in Almaty.',
      'Dr. Müller und J. Smith kamen am 6.1.2021 an.',
      'Danach Ruhe.',
    ]);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    // 000: „…, dass die OVKS vor allem Russland repräsentiert“, erklärt ... „Mit seiner Bitte ... Schuldner Russlands.“ Tokajew habe ...
    const s = '„Mit seiner Bitte hat Tokajew nicht nur die ganze Schwäche der kasachischen Staatsmacht gezeigt, er wird auch noch zum Schuldner Russlands.“ Tokajew habe den ersten Schritt zum Verlust der staatlichen Souveränität Kasachstans getan.';
    expect(split(s)).toEqual([
      '„Mit seiner Bitte hat Tokajew nicht nur die ganze Schwäche der kasachischen Staatsmacht gezeigt, er wird auch noch zum Schuldner Russlands.“',
      'Tokajew habe den ersten Schritt zum Verlust der staatlichen Souveränität Kasachstans getan.',
    ]);
    // 001 »…« inside a sentence does not end it
    expect(split('Bei einem Angriff wurden nach staatlichen Angaben »Dutzende von Banditen liquidiert«. Auch die Polizei beklagt 13 Tote.')).toHaveLength(2);
  });

  it('makes a line without terminal punctuation (subheading) its own unit, and ends at blank lines', () => {
    const text = seedText('000');
    const all = sentences(text, tokenize(text)).map((x) => text.slice(x.start, x.end));
    expect(all).toContain('Nacht der langen Messer');
    expect(all).toContain('Eine "Corona-Revolution"');
    expect(all).toContain('Nasarbajew im Koma?');
    // 002's last paragraph-final sentence has no full stop: "... schrieb die Medienplattform Mediazona" + blank line
    const nd = seedText('002');
    const ndS = sentences(nd, tokenize(nd)).map((x) => nd.slice(x.start, x.end));
    expect(ndS).toContain('Auch Truppen aus Belarus und Armenien seien vor Ort, schrieb die Medienplattform Mediazona');
  });

  it('splits seed 003 (dpa) at its lead, caption line and subheadings', () => {
    const text = seedText('003');
    const s = sentences(text, tokenize(text));
    const lines = s.map((x) => text.slice(x.start, x.end));
    expect(lines.slice(0, 4)).toEqual([
      'Straßenschlachten mit Sicherheitskräften, brennende Gebäude - und eine schwer angeschlagene Regierung, die ihren Rücktritt einreicht.',
      'Kasachstan ist in eine tiefe Krise gerutscht.',
      'Nun hilft Moskau.',
      'Polizei und Demonstranten stehen sich in der Innenstadt von Almaty gegenüber.',
    ]);
    expect(lines).toContain('Auslöser Treibstoffpreise');
    expect(lines).toContain('In der Rangliste der Pressefreiheit von Reporter ohne Grenzen liegt Kasachstan auf Platz 155 von 180 Ländern.');
  });
});

describe('splitSentences: each sentence\'s first token', () => {
  it("gives each sentence's first token (and the token count at the end), covering every token once", () => {
    const text = seedText('003');
    const tokens = tokenize(text);
    const { spans: list, firsts } = splitSentences(text, tokens, undefined);
    expect(list).toEqual(sentences(text, tokens));
    expect(firsts.length).toBe(list.length + 1);
    expect(firsts[list.length]).toBe(tokens.length);
    for (let s = 0; s < list.length; s++) {
      const from = firsts[s]!;
      const to = firsts[s + 1]!;
      expect(to).toBeGreaterThan(from);
      expect(tokens[from]!.start).toBe(list[s]!.start);
      expect(tokens[to - 1]!.end).toBe(list[s]!.end);
    }
  });

  it('reads sentence-final abbreviations from the flags when given, from the norms otherwise; a later call changes nothing', () => {
    const text = 'Er kaufte Brot, Milch usw. Dann ging er. Sie blieb z. B. hier.';
    const { tokens, flags } = new Analyzer().tokenize(text);
    const withFlags = splitSentences(text, tokens, flags);
    const pieces = (spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));
    expect(pieces(withFlags.spans)).toEqual(['Er kaufte Brot, Milch usw.', 'Dann ging er.', 'Sie blieb z. B. hier.']);
    expect(Array.from(withFlags.firsts)).toEqual([0, 6, 10, tokens.length]);
    const copy = withFlags.firsts.slice();
    expect(splitSentences(text, tokens, undefined)).toEqual(withFlags);
    splitSentences('Noch ein Satz. Und noch einer.', tokenize('Noch ein Satz. Und noch einer.'), undefined);
    expect(withFlags.firsts).toEqual(copy);
    // flags without the sentence-final bit: "usw." no longer ends the sentence
    expect(pieces(splitSentences(text, tokens, new Int32Array(tokens.length)).spans)[0]).toBe('Er kaufte Brot, Milch usw. Dann ging er.');
  });
});

describe('paragraphs', () => {
  it('returns trimmed blocks between blank lines', () => {
    const text = ' date 2022-01 Kopf\n\nErster Absatz.\nZweite Zeile.\n \n\n  Zweiter Absatz.  ';
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['date 2022-01 Kopf', 'Erster Absatz.\nZweite Zeile.', 'Zweiter Absatz.']);
    expect(paragraphs(seedText('004'))).toHaveLength(15);
  });
});
