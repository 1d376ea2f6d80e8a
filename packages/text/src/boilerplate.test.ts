import { describe, expect, it } from 'vitest';
import { analyze, wordTokenCount } from './analyze.js';
import { boilerplate } from './boilerplate.js';
import { seedText } from './__fixtures__/seed-text.js';
import { paragraphs } from './sentences.js';

const labelled = (text: string) => boilerplate(text, paragraphs(text)).map((b) => [b.reason, text.slice(b.start, b.end)]);

describe('boilerplate', () => {
  it('001: date header, agency credit and the caption on the same line', () => {
    const text = seedText('001');
    expect(labelled(text)).toEqual([
      ['date-header', 'date 2022-01'],
      ['credit', 'Pavel Mikheyev/REUTERS'],
      ['caption', 'Wer steht hinter den Protesten? Im Hintergrund der ausgebrannte Amtssitz des Bürgermeisters von Almaty (6.1.2021)'],
    ]);
  });

  it('002: a caption line ending in a labelled credit with "via"', () => {
    expect(labelled(seedText('002'))).toEqual([
      ['caption', 'Ankunft russischer Truppen in Kasachstan'],
      ['credit', 'Foto: Russian Defence Ministry/Sputnik via AFP'],
    ]);
  });

  it('004: date header, captions before "Foto: dpa", and the teaser line; the lead sentence stays prose', () => {
    expect(labelled(seedText('004'))).toEqual([
      ['date-header', 'date 2022-01'],
      ['caption', 'Der kasachische Präsident Kassym-Schomart Tokajew hat einen Schießbefehl ohne Vorwarnung angeordnet.'],
      ['credit', 'Foto: dpa'],
      ['teaser', 'Lesen Sie dazu auch'],
      ['caption', 'Bereitschaftspolizisten blockieren eine Straße in der Millionenstadt Almaty, um Demonstranten aufzuhalten. Bei den Protesten gegen hohe Energiepreise gab es Tote und Verletzte.'],
      ['credit', 'Foto: Vladimir Tretyakov, AP, dpa'],
    ]);
  });

  it('finds nothing in prose-only seeds (000, 003)', () => {
    expect(labelled(seedText('000'))).toEqual([]);
    expect(labelled(seedText('003'))).toEqual([]);
  });

  it('labels other common credit and teaser forms', () => {
    const text = 'Putin in Moskau. Bild: Kremlin/Pool via Reuters\n\nMehr zum Thema: Kasachstan\n\n© dpa-infocom, dpa:220106-99-610987/4\n\nEin Foto: kein Credit, sondern ein Satz über ein Bild, der weitergeht und endet. Und noch einer.';
    expect(labelled(text)).toEqual([
      ['caption', 'Putin in Moskau.'],
      ['credit', 'Bild: Kremlin/Pool via Reuters'],
      ['teaser', 'Mehr zum Thema: Kasachstan'],
      ['credit', '© dpa-infocom, dpa:220106-99-610987/4'],
    ]);
  });
});

describe('page furniture', () => {
  it('labels lines that are only a date, the reading time or share buttons, in German and English news pages', () => {
    const text = [
      'Freitag, 07.01.2022, 14:32 Uhr',
      'Lesezeit: 3 Min.',
      'Artikel teilen | Facebook · Twitter · WhatsApp · E-Mail',
      'Die Regierung sprach von Terroristen. Die Lage blieb angespannt.',
      'Aktualisiert am 7. Januar 2022 um 16.05 Uhr',
      '4 min read',
      'Share this article',
      'Published January 7, 2022',
      'Merken Drucken',
      'Am 7. Januar 2022 teilte das Ministerium mit, die Lage sei unter Kontrolle.',
      'Teilen Sie uns Ihre Meinung mit.',
    ].join('\n\n');
    expect(labelled(text)).toEqual([
      ['date-header', 'Freitag, 07.01.2022, 14:32 Uhr'],
      ['furniture', 'Lesezeit: 3 Min.'],
      ['furniture', 'Artikel teilen | Facebook · Twitter · WhatsApp · E-Mail'],
      ['date-header', 'Aktualisiert am 7. Januar 2022 um 16.05 Uhr'],
      ['furniture', '4 min read'],
      ['furniture', 'Share this article'],
      ['date-header', 'Published January 7, 2022'],
      ['furniture', 'Merken Drucken'],
    ]);
  });

  it('labels staff and agency credit lines that close wire copy, and leaves prose that starts the same way (review2 F9)', () => {
    const text = [
      'Die Polizei nahm in Almaty Hunderte Demonstranten fest.',
      'Reporting by Reuters staff; Editing by Peter Graff',
      '(Reporting by Olzhas Auyezov in Almaty; Writing by Mark Trevelyan; Editing by Andrew Cawthorne)',
      'Additional reporting by Dmitry Antonov in Moscow',
      'Mitarbeit: Anna Meier, Jens Müller',
      'Mit Material von dpa und AFP',
      'mit Material der Nachrichtenagenturen dpa, AFP und Reuters',
      '(dpa/AFP)',
      'Reporting by the BBC suggested that the death toll was higher.',
      'Mit Material von der Regierung wurden die Schulen versorgt.',
      'Mitarbeit in der Opposition ist gefährlich, sagte sie.',
      '(Tokajew sprach von Banditen)',
      '(Almaty)',
    ].join('\n\n');
    expect(labelled(text)).toEqual([
      ['furniture', 'Reporting by Reuters staff; Editing by Peter Graff'],
      ['furniture', '(Reporting by Olzhas Auyezov in Almaty; Writing by Mark Trevelyan; Editing by Andrew Cawthorne)'],
      ['furniture', 'Additional reporting by Dmitry Antonov in Moscow'],
      ['furniture', 'Mitarbeit: Anna Meier, Jens Müller'],
      ['furniture', 'Mit Material von dpa und AFP'],
      ['furniture', 'mit Material der Nachrichtenagenturen dpa, AFP und Reuters'],
      ['furniture', '(dpa/AFP)'],
    ]);
  });

  it('takes a date header joined to the first line off the sentence that follows it', () => {
    for (const [text, header] of [
      [seedText('004'), 'date 2022-01'],
      ['Stand: 07.01.2022 14:32 Uhr Die Sicherheitskräfte gingen in Almaty gegen Demonstranten vor. Es gab Tote.', 'Stand: 07.01.2022 14:32 Uhr'],
    ] as const) {
      const doc = analyze(text);
      const first = doc.sentences.map((s) => text.slice(s.start, s.end));
      expect(first[0]).toBe(header);
      expect(first[1]).toMatch(/^(?:In Belarus versuchte|Die Sicherheitskräfte gingen)/);
      // every token is still in exactly one sentence
      expect(doc.columns.sentenceTokens.at(-1)).toBe(doc.tokens.length);
      expect(doc.columns.sentenceTokens.length).toBe(doc.sentences.length + 1);
    }
    // a caption and its credit side by side are one run of furniture: not cut between them
    const caption = 'Kassym-Schomart Tokajew in Almaty Foto: dpa';
    expect(analyze(caption).sentences.map((s) => caption.slice(s.start, s.end))).toEqual([caption]);
  });
});

describe('analyze', () => {
  it('returns every layer with offsets into the text and counts words outside boilerplate', () => {
    const text = seedText('004');
    const doc = analyze(text);
    expect(doc.text).toBe(text);
    expect(doc.paragraphs).toHaveLength(15);
    expect(doc.boilerplate).toHaveLength(6);
    const words = doc.tokens.filter((t) => t.kind === 'word').length;
    // boilerplate words, counted by hand: "date"(1) + caption 1 (11, Kassym-Schomart is one) + "Foto: dpa"(2)
    // + "Lesen Sie dazu auch"(4) + caption 2 (11 + 11) + "Foto: Vladimir Tretyakov, AP, dpa"(5) = 45;
    // "2022-01" is a number token
    expect(words - wordTokenCount(doc)).toBe(45);
  });
});
