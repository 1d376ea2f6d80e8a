import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../analyzer.js';
import { german, english, languageFor } from '../index.js';
import { sentences } from '../../sentences.js';
import { isStopword } from '../../stopwords.js';
import { isQuoteCode, tokenize } from '../../tokenize.js';

// English news sentences in wire style (written for these tests) on the January 2022 events in
// Kazakhstan, one group per case the English tokenizer must handle.

const words = (text: string) => tokenize(text, english).map((t) => text.slice(t.start, t.end));
const sentenceTexts = (text: string) => sentences(text, tokenize(text, english), english).map((s) => text.slice(s.start, s.end));

describe('English contractions (split as in UD English)', () => {
  it('splits "n\'t", "\'s", "\'re", "\'ll" from their word', () => {
    expect(words(`"We don't know who's behind it," Russia's foreign ministry said.`)).toEqual([
      '"', 'We', 'do', "n't", 'know', 'who', "'s", 'behind', 'it', ',', '"', 'Russia', "'s", 'foreign', 'ministry', 'said', '.',
    ]);
    expect(words("It's clear the troops won't stay, and they're leaving; we'll see.")).toEqual([
      'It', "'s", 'clear', 'the', 'troops', 'wo', "n't", 'stay', ',', 'and', 'they', "'re", 'leaving', ';', 'we', "'ll", 'see', '.',
    ]);
  });

  it('reads typographic apostrophes, "can\'t" and "I\'m" the same way', () => {
    expect(words('Tokayev’s office said protesters can’t gather, and I’m told the ban holds.')).toEqual([
      'Tokayev', '’s', 'office', 'said', 'protesters', 'ca', 'n’t', 'gather', ',', 'and', 'I', '’m', 'told', 'the', 'ban', 'holds', '.',
    ]);
  });

  it('keeps names with an apostrophe whole and leaves the plural possessive apostrophe a mark', () => {
    expect(words("Analyst Sean O'Brien rejected the protesters' demands.")).toEqual([
      'Analyst', 'Sean', "O'Brien", 'rejected', 'the', 'protesters', "'", 'demands', '.',
    ]);
  });

  it('German keeps its elisions whole ("geht\'s")', () => {
    expect(tokenize("Wie geht's weiter?", german).map((t) => t.norm)).toEqual(['wie', "geht's", 'weiter', '?']);
  });
});

describe('English abbreviations and initials', () => {
  const text = 'U.S. Secretary of State Antony Blinken spoke with Mr. Tokayev on Jan. 6, and Gen. Mark Milley called his counterpart. The talks lasted an hour.';

  it('keeps the dot of "U.S.", "Mr.", "Jan.", "Gen." in the word', () => {
    const w = words(text);
    for (const a of ['U.S.', 'Mr.', 'Jan.', 'Gen.']) expect(w).toContain(a);
    expect(w.filter((x) => x === '.')).toHaveLength(2);
  });

  it('does not end a sentence after them', () => {
    expect(sentenceTexts(text)).toEqual([
      'U.S. Secretary of State Antony Blinken spoke with Mr. Tokayev on Jan. 6, and Gen. Mark Milley called his counterpart.',
      'The talks lasted an hour.',
    ]);
  });

  it('keeps initials with their name', () => {
    const t = 'Former President George W. Bush sent Nursultan A. Nazarbayev a letter. It arrived late.';
    expect(words(t)).toEqual(expect.arrayContaining(['W.', 'A.']));
    expect(sentenceTexts(t)).toHaveLength(2);
  });

  it('ends a sentence after "Inc." or "p.m." before a capital', () => {
    expect(sentenceTexts('The deal was signed by Kazatomprom and Acme Inc. Shares rose 3 percent.')).toEqual([
      'The deal was signed by Kazatomprom and Acme Inc.', 'Shares rose 3 percent.',
    ]);
  });
});

describe('English numbers, times and dates', () => {
  it('keeps decimals, thousands and prices together', () => {
    expect(words('Oil rose 2.5% to $78.40 a barrel, and 1,000 troops arrived.')).toEqual([
      'Oil', 'rose', '2.5', '%', 'to', '$', '78.40', 'a', 'barrel', ',', 'and', '1,000', 'troops', 'arrived', '.',
    ]);
  });

  it('reads a dot after a year as a full stop (English has no ordinal dot)', () => {
    const t = 'Tokayev has led Kazakhstan since 2019. Protests began on Jan. 2.';
    expect(words(t)).toEqual(['Tokayev', 'has', 'led', 'Kazakhstan', 'since', '2019', '.', 'Protests', 'began', 'on', 'Jan.', '2', '.']);
    expect(sentenceTexts(t)).toHaveLength(2);
  });

  it('keeps times and slashed dates as one token', () => {
    expect(words('The curfew starts at 11:00 p.m. and the order dated 01/05/2022 stays.')).toEqual([
      'The', 'curfew', 'starts', 'at', '11:00', 'p.m.', 'and', 'the', 'order', 'dated', '01/05/2022', 'stays', '.',
    ]);
    expect(sentenceTexts('Troops left at 10:30 a.m. Officials said the airport reopened.')).toEqual([
      'Troops left at 10:30 a.m.', 'Officials said the airport reopened.',
    ]);
  });

  it('German still splits "10:30" (UD German)', () => {
    expect(tokenize('um 10:30 Uhr', german).map((t) => t.norm)).toEqual(['um', '10', ':', '30', 'uhr']);
  });
});

describe('English quotes and sentence ends', () => {
  it('makes each quotation mark its own token', () => {
    expect(words('“This is an attempted coup,” Tokayev said of the ‘terrorists’.')).toEqual([
      '“', 'This', 'is', 'an', 'attempted', 'coup', ',', '”', 'Tokayev', 'said', 'of', 'the', '‘', 'terrorists', '’', '.',
    ]);
  });

  it('ends a sentence after a closing quote before a capital, not before the speech tag', () => {
    expect(sentenceTexts('"The order has been restored," he said. "We will respond."')).toEqual([
      '"The order has been restored," he said.', '"We will respond."',
    ]);
    expect(sentenceTexts('"Why now?" asked one resident. Nobody answered.')).toEqual(['"Why now?" asked one resident.', 'Nobody answered.']);
    expect(sentenceTexts('"Why now?" he asked.')).toEqual(['"Why now?" he asked.']);
  });

  it('ends a sentence at "?" or "!" before a lower-case word, not at an ellipsis', () => {
    expect(sentenceTexts('Who ordered the shooting? nobody would say.')).toEqual(['Who ordered the shooting?', 'nobody would say.']);
    expect(sentenceTexts('He said the crowd ... was peaceful.')).toHaveLength(1);
  });
});

describe('English data behind the Language interface', () => {
  it('stems with the English Porter stemmer and uses the English stop list', () => {
    const a = new Analyzer({ language: english });
    const doc = a.analyze('Protesters stormed the buildings.');
    expect(doc.tokens.map((t) => t.stem)).toEqual(['protest', 'storm', 'the', 'build', '']);
    expect(isStopword('the', english)).toBe(true);
    expect(isStopword('the')).toBe(false); // German list by default
    expect(isStopword('und')).toBe(true);
  });

  it('finds a language by its code and names the known codes otherwise', () => {
    expect(languageFor('en')).toBe(english);
    expect(languageFor('DE')).toBe(german);
    expect(() => languageFor('kk')).toThrow(/unknown text language "kk": expected one of "de", "en"/);
  });

  it('runs the English voice rules on English (lang/en/voice/), not the German ones', () => {
    const text = '"We will not allow this," Tokayev said. The president claimed that foreign fighters were involved.';
    const en = new Analyzer({ language: english }).analyze(text);
    expect(en.voiceSupported).toBeUndefined();
    expect(en.spans.map((s) => [s.voice, text.slice(s.start, s.end), s.speaker])).toEqual([
      ['quoted', '"We will not allow this,"', 'Tokayev'],
      ['reported', 'that foreign fighters were involved', 'The president'],
    ]);
    expect(en.columns.marks).toHaveLength(0);
    // the German analyzer would read the same quotation as quoted speech
    const de = new Analyzer().analyze(text);
    expect(de.voiceSupported).toBeUndefined();
    expect(de.spans.some((s) => s.voice === 'quoted')).toBe(true);
  });
});

describe('English words UD writes as two', () => {
  it('splits "cannot" and "gonna"', () => {
    expect(words('Officials cannot say whether the troops are gonna stay.')).toEqual([
      'Officials', 'can', 'not', 'say', 'whether', 'the', 'troops', 'are', 'gon', 'na', 'stay', '.',
    ]);
  });
});

describe('quotation marks of each language', () => {
  it('are tokens of their own that the tokenizer knows as quotation marks', () => {
    for (const lang of [german, english]) {
      for (const [open, close] of lang.quotes) {
        const text = `Er sagte ${open}nein${close} und ging.`;
        const marks = tokenize(text, lang).filter((t) => t.kind === 'punct' && t.norm !== '.');
        expect(marks.map((t) => text.slice(t.start, t.end))).toEqual([open, close]);
        expect(isQuoteCode(open.charCodeAt(0)) && isQuoteCode(close.charCodeAt(0))).toBe(true);
      }
    }
  });
});
