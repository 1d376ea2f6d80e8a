import { describe, expect, it } from 'vitest';
import LancasterStemmer from 'natural/lib/natural/stemmers/lancaster_stemmer.js';
import { Analyzer } from '../../analyzer.js';
import { sentences } from '../../sentences.js';
import { isStopword } from '../../stopwords.js';
import { tokenize } from '../../tokenize.js';
import { english, german } from '../index.js';

// The English data behind `english`, checked on news sentences in wire style (written for these
// tests on the January 2022 events in Kazakhstan; no outlet's copy): stop words, stemmer,
// quotation marks, abbreviations, initials, decimals, times and contractions.

const words = (text: string) => tokenize(text, english).map((t) => text.slice(t.start, t.end));
const split = (text: string) => sentences(text, tokenize(text, english), english).map((s) => text.slice(s.start, s.end));
const stems = (text: string) => new Analyzer({ language: english }).analyze(text).tokens.filter((t) => t.kind === 'word').map((t) => t.stem);

describe('stop words: stopword\'s English list', () => {
  it('lists function words but not the negations the negation rules read', () => {
    for (const w of ['the', 'and', 'of', 'was', 'were', 'their', 'never']) expect(isStopword(w, english)).toBe(true);
    for (const w of ['not', 'no', 'nor', 'protesters', 'terrorists', 'coup']) expect(isStopword(w, english)).toBe(false);
    // and never the German list: "die" is an English verb
    expect(isStopword('die', english)).toBe(false);
    expect(isStopword('die', german)).toBe(true);
  });
});

describe('stemmer: natural\'s English Porter stemmer', () => {
  it('conflates the inflections of a news sentence', () => {
    expect(stems('Protesters stormed government buildings as protests spread and police detained rioters.')).toEqual([
      'protest', 'storm', 'govern', 'build', 'as', 'protest', 'spread', 'and', 'polic', 'detain', 'rioter',
    ]);
    expect(stems('Moscow denied the claims; the ministry denies claiming it.')).toEqual(['moscow', 'deni', 'the', 'claim', 'the', 'ministri', 'deni', 'claim', 'it']);
  });

  it('keeps apart what the more aggressive Lancaster stemmer merges (why Porter; natural has no English Snowball)', () => {
    const porter = (w: string) => english.stem(w);
    const lancaster = (w: string) => LancasterStemmer.stem(w);
    for (const [a, b] of [['terrorists', 'terror'], ['russian', 'russia'], ['revolution', 'revolve']] as const) {
      expect(porter(a)).not.toBe(porter(b));
      expect(lancaster(a)).toBe(lancaster(b));
    }
  });

  it('stems the head of a hyphenated compound only', () => {
    expect(stems('pro-government rallies')).toEqual(['pro-govern', 'ralli']);
  });
});

describe('quotation marks', () => {
  it('reads curly, straight and single quotes as marks of their own around the quoted words', () => {
    expect(words('“We will act,” Tokayev said, calling them "bandits" and ‘terrorists’.')).toEqual([
      '“', 'We', 'will', 'act', ',', '”', 'Tokayev', 'said', ',', 'calling', 'them', '"', 'bandits', '"', 'and', '‘', 'terrorists', '’', '.',
    ]);
    // a single straight quote around a word, and an apostrophe inside a name, are told apart
    expect(words("the so-called 'foreign fighters' of O'Neill's report")).toEqual([
      'the', 'so-called', "'", 'foreign', 'fighters', "'", 'of', "O'Neill", "'s", 'report',
    ]);
  });

  it('keeps a quoted sentence and its speech tag in one sentence', () => {
    expect(split('“The situation is stabilising,” the ministry said on Saturday. Flights resumed on Monday.')).toEqual([
      '“The situation is stabilising,” the ministry said on Saturday.', 'Flights resumed on Monday.',
    ]);
  });
});

describe('abbreviations, titles and ranks', () => {
  const text = 'Sen. Bob Menendez and Rep. Michael McCaul urged the U.S. to act. Lt. Col. Ivan Petrov, a Russian officer, arrived on Jan. 7. Gen. Serik Zhaksylykov spoke next.';

  it('keeps the dot of "Sen.", "Rep.", "U.S.", "Lt.", "Col.", "Jan.", "Gen." in the word', () => {
    const w = words(text);
    for (const a of ['Sen.', 'Rep.', 'U.S.', 'Lt.', 'Col.', 'Jan.', 'Gen.']) expect(w).toContain(a);
  });

  it('ends sentences after "act.", "7." and "next.", not after a title', () => {
    expect(split(text)).toEqual([
      'Sen. Bob Menendez and Rep. Michael McCaul urged the U.S. to act.',
      'Lt. Col. Ivan Petrov, a Russian officer, arrived on Jan. 7.',
      'Gen. Serik Zhaksylykov spoke next.',
    ]);
  });

  it('ends a sentence after "U.S." or "Inc." before a new sentence but not before a name', () => {
    expect(split('The embassy urged citizens to leave, said Mr. Price of the U.S. State Department.')).toHaveLength(1);
    expect(split('Oil traders cited Chevron Corp. The company declined to comment.')).toEqual([
      'Oil traders cited Chevron Corp.', 'The company declined to comment.',
    ]);
  });
});

describe('initials', () => {
  it('keeps single capital initials with their name and in one sentence', () => {
    const t = 'Analyst Paul J. Stronski and E. Nazarbayeva disagreed. John F. Kennedy was not mentioned.';
    expect(words(t)).toEqual(expect.arrayContaining(['J.', 'E.', 'F.']));
    expect(split(t)).toHaveLength(2);
  });
});

describe('decimals, prices, percentages and times', () => {
  it('keeps decimals, thousands and currency amounts together', () => {
    expect(words('Brent rose 1.8% to $81.99; the tenge fell to 435.5 per dollar and 1,300 people were held.')).toEqual([
      'Brent', 'rose', '1.8', '%', 'to', '$', '81.99', ';', 'the', 'tenge', 'fell', 'to', '435.5', 'per', 'dollar', 'and', '1,300', 'people', 'were', 'held', '.',
    ]);
  });

  it('keeps clock times and "a.m."/"p.m." as one token each', () => {
    expect(words('A curfew from 11 p.m. to 7 a.m. began at 23:00 local time (17:00 GMT).')).toEqual([
      'A', 'curfew', 'from', '11', 'p.m.', 'to', '7', 'a.m.', 'began', 'at', '23:00', 'local', 'time', '(', '17:00', 'GMT', ')', '.',
    ]);
  });
});

describe('contractions', () => {
  it('splits negative and pronoun contractions and possessives as UD English does', () => {
    expect(words("Kazakhstan's president said he wouldn't negotiate: \"We're not going to talk to them, and they'll see why.\"")).toEqual([
      'Kazakhstan', "'s", 'president', 'said', 'he', 'would', "n't", 'negotiate', ':', '"', 'We', "'re", 'not', 'going', 'to', 'talk', 'to', 'them', ',', 'and', 'they', "'ll", 'see', 'why', '.', '"',
    ]);
    expect(words("The CSTO's troops haven't left; Russia's envoy didn't say.")).toEqual([
      'The', 'CSTO', "'s", 'troops', 'have', "n't", 'left', ';', 'Russia', "'s", 'envoy', 'did', "n't", 'say', '.',
    ]);
  });
});
