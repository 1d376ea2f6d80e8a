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
