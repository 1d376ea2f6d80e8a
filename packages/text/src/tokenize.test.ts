import { describe, expect, it } from 'vitest';
import { foldKey } from './normalize.js';
import { stem } from './stem.js';
import { tokenize } from './tokenize.js';

const texts = (s: string) => tokenize(s).map((t) => s.slice(t.start, t.end));
const find = (s: string, surface: string) => {
  const t = tokenize(s).find((x) => s.slice(x.start, x.end) === surface);
  if (t === undefined) throw new Error(`no token "${surface}" in: ${texts(s).join(' | ')}`);
  return t;
};

describe('tokenize on seed sentences', () => {
  it('keeps hyphenated compounds as one token with parts', () => {
    // 003: «Die Anti-Terror-Operation zur Herstellung der öffentlichen Ordnung wird in Almaty fortgesetzt»
    const s = '«Die Anti-Terror-Operation zur Herstellung der öffentlichen Ordnung wird in Almaty fortgesetzt», hieß es dort.';
    const t = find(s, 'Anti-Terror-Operation');
    expect(t.kind).toBe('word');
    expect(t.parts?.map((p) => s.slice(p.start, p.end))).toEqual(['Anti', 'Terror', 'Operation']);
    expect(texts(s).slice(0, 3)).toEqual(['«', 'Die', 'Anti-Terror-Operation']);
    // 001, 000, 004
    expect(find('der kasachische Präsident Kassym-Schomart Tokajew', 'Kassym-Schomart').parts).toHaveLength(2);
    const o = 'Die Stärke des OVKS-Truppenkontingents ist noch nicht klar';
    expect(find(o, 'OVKS-Truppenkontingents').norm).toBe('ovks-truppenkontingents');
    const n = 'Nun stürzen die Nasarbajew-Statuen, Tokajew macht sich selbst zum Chef des Sicherheitsrates.';
    expect(find(n, 'Nasarbajew-Statuen').stem).toBe('nasarbajew-statu');
  });

  it('keeps the hyphen of truncated coordination with its word', () => {
    // 000: "Kasachstan, ein führender Öl- und Uran-Exporteur, der mit westlichen Investoren kooperiert"
    const s = 'Kasachstan, ein führender Öl- und Uran-Exporteur, der mit westlichen Investoren kooperiert';
    expect(texts(s)).toEqual(['Kasachstan', ',', 'ein', 'führender', 'Öl-', 'und', 'Uran-Exporteur', ',', 'der', 'mit', 'westlichen', 'Investoren', 'kooperiert']);
    expect(find(s, 'Öl-').kind).toBe('word');
    // 000: "Schmiergeld bei Gas- und Öl-Exporten kassieren"
    expect(texts('Schmiergeld bei Gas- und Öl-Exporten kassieren')).toContain('Gas-');
  });

  it('reads numbers with thousands dots, decimal commas and dates as one number token', () => {
    // 001: "wurden nach Polizeiangaben etwa 2.000 Personen festgenommen"; "mit über 1.000 angegeben"
    expect(find('nach Polizeiangaben etwa 2.000 Personen festgenommen', '2.000').kind).toBe('number');
    // 000: "mit 1,9 Millionen Einwohnern die größte Stadt Kasachstans"
    expect(texts('mit 1,9 Millionen Einwohnern')).toEqual(['mit', '1,9', 'Millionen', 'Einwohnern']);
    // 001: "der ausgebrannte Amtssitz des Bürgermeisters von Almaty (6.1.2021)"
    expect(texts('von Almaty (6.1.2021)')).toEqual(['von', 'Almaty', '(', '6.1.2021', ')']);
  });

  it('keeps the dot of an ordinal but not of a sentence-final number', () => {
    // 004: "So wird eigentlich die Zeit der Wirren im Russland des 16. Jahrhunderts genannt."
    const s = 'So wird eigentlich die Zeit der Wirren im Russland des 16. Jahrhunderts genannt.';
    expect(find(s, '16.').kind).toBe('number');
    expect(texts(s).at(-1)).toBe('.');
    // 002: "Auch einer Aufforderung ... in Kirgistan 2010 kam die OVKS nicht nach." / sentence-final year
    expect(texts('das bereits Proteste in den Jahren 2011 und 2019 niederschlug. Der')).toContain('niederschlug');
    expect(texts('Es geschah 2019. Der Präsident')).toEqual(['Es', 'geschah', '2019', '.', 'Der', 'Präsident']);
    expect(texts('am 31. Mai')).toEqual(['am', '31.', 'Mai']);
  });

  it('keeps the dot of abbreviations', () => {
    const s = 'Öl, z. B. aus Kasachstan, u. a. Uran, Dr. Müller, Nr. 5, ca. 300 Soldaten bzw. 2 Mio. Dollar, 3 Mrd. Euro, St. Petersburg, z.B. und d.h. so.';
    const t = texts(s);
    for (const a of ['z.', 'B.', 'u.', 'a.', 'Dr.', 'Nr.', 'ca.', 'bzw.', 'Mio.', 'Mrd.', 'St.', 'z.B.', 'd.h.']) expect(t).toContain(a);
    expect(t.at(-1)).toBe('.');
    expect(texts('J. Smith kam.')).toEqual(['J.', 'Smith', 'kam', '.']);
  });

  it('reads URLs, e-mail addresses, @handles and elisions as one token', () => {
    expect(texts('Quelle: https://www.nd-aktuell.de/artikel/1160198.html.')).toEqual(['Quelle', ':', 'https://www.nd-aktuell.de/artikel/1160198.html', '.']);
    expect(texts('Mail an redaktion@kleinezeitung.at, bitte.')).toEqual(['Mail', 'an', 'redaktion@kleinezeitung.at', ',', 'bitte', '.']);
    expect(texts('Laut @dpa_news und #Kasachstan geht\'s los, gibt’s Neues.')).toEqual(['Laut', '@dpa_news', 'und', '#Kasachstan', "geht's", 'los', ',', 'gibt’s', 'Neues', '.']);
    expect(find('gibt’s', 'gibt’s').norm).toBe("gibt's");
  });

  it('makes every quotation mark its own punctuation token', () => {
    // 000 „…“, 001 »…«, 003 «…», plus ‚…‘ › ‹ "…" '…'
    const s = '„Friedenstruppe“ »lokaler Kräfte« «befreit» ‚Smuta‘ ›a‹ "Corona-Revolution" \'x\'';
    const quotes = tokenize(s).filter((t) => t.kind === 'punct').map((t) => s.slice(t.start, t.end));
    expect(quotes).toEqual(['„', '“', '»', '«', '«', '»', '‚', '‘', '›', '‹', '"', '"', "'", "'"]);
    // TIGER/LaTeX-style doubled marks are one mark each
    expect(texts("der ``innere Frieden''.")).toEqual(['der', '``', 'innere', 'Frieden', "''", '.']);
  });

  it('normalises matching keys without touching offsets', () => {
    const s = 'Die Stra\u00dfe, Gro\u00adßstadt und Süd\u2011Ost';
    const t = tokenize(s);
    expect(t.map((x) => x.norm)).toEqual(['die', 'strasse', ',', 'grossstadt', 'und', 'süd-ost']);
    expect(s.slice(t[3]!.start, t[3]!.end)).toBe('Gro\u00adßstadt');
    expect(foldKey('Anti–Terror ’Operation’\u00a0X')).toBe("anti-terror 'operation' x");
    expect(foldKey('Cafe\u0301')).toBe('café');
  });

  it('stems inflected forms to one stem, memoised', () => {
    // 001 "sogenannten bunten Revolutionen" vs lexicon "bunte Revolution"
    expect(stem('revolutionen')).toBe(stem('revolution'));
    expect(stem('bunten')).toBe(stem('bunte'));
    expect(stem('revolutionen')).toBe('revolution');
  });
  it('a lone surrogate is one token of its own: it never takes the character after it', () => {
    expect(texts('\ud800 Almaty')).toEqual(['\ud800', 'Almaty']);
    expect(texts('x\udc00y')).toEqual(['x', '\udc00', 'y']);
    expect(texts('Tokajew 😀 sagte')).toEqual(['Tokajew', '😀', 'sagte']);
  });
});
