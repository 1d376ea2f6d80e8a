import { describe, expect, it } from 'vitest';
import { german, english } from '../index.js';
import { sentences } from '../../sentences.js';
import { tokenize } from '../../tokenize.js';

// Web tokens as UD English (EWT) writes them: addresses, host and file names, informal
// contractions, units and the abbreviation dot at the end of a text. Sentences written for these
// tests in the style of wire copy, comment sections and mailing lists.

const words = (text: string, lang = english) => tokenize(text, lang).map((t) => text.slice(t.start, t.end));

describe('addresses, hosts and file names', () => {
  it('keeps masked and host-less e-mail addresses whole', () => {
    expect(words('Write to julie...@bellsouth.net or press...@akorda.kz today.')).toEqual([
      'Write', 'to', 'julie...@bellsouth.net', 'or', 'press...@akorda.kz', 'today', '.',
    ]);
    expect(words('From: Traci Warner@ENRON on 08/16/2000')).toEqual(['From', ':', 'Traci', 'Warner@ENRON', 'on', '08/16/2000']);
    // an ellipsis without an address after it stays an ellipsis
    expect(words('We waited... and waited.')).toEqual(['We', 'waited', '...', 'and', 'waited', '.']);
  });

  it('keeps newsgroup names, generic domains in any case and file names whole', () => {
    expect(words('Posted to alt.news.kazakhstan.politics, comp.lang.c via Newsfeed.Com and AMAZON.COM.')).toEqual([
      'Posted', 'to', 'alt.news.kazakhstan.politics', ',', 'comp.lang.c', 'via', 'Newsfeed.Com', 'and', 'AMAZON.COM', '.',
    ]);
    expect(words('See the attached file: almaty_report_jan6.doc (2 pages).')).toEqual([
      'See', 'the', 'attached', 'file', ':', 'almaty_report_jan6.doc', '(', '2', 'pages', ')', '.',
    ]);
    // two words joined by a missing space are not a host name
    expect(words('They left.Then police came.')).toEqual(['They', 'left', '.', 'Then', 'police', 'came', '.']);
  });

  it('leaves a closing bracket or angle bracket outside a URL', () => {
    expect(words('[http://www.reuters.com/world/asia-pacific/kazakhstan-2022-01-06/] <https://tass.com/world/1384937>')).toEqual([
      '[', 'http://www.reuters.com/world/asia-pacific/kazakhstan-2022-01-06/', ']', '<', 'https://tass.com/world/1384937', '>',
    ]);
  });

  it('reads "#1" as a number sign and "#Almaty" as a hashtag', () => {
    expect(words('The #1 story under #Almaty and #Qantar2022.')).toEqual(['The', '#', '1', 'story', 'under', '#Almaty', 'and', '#Qantar2022', '.']);
  });
});

describe('contractions written without the apostrophe', () => {
  it('splits them as UD English splits the written contraction', () => {
    expect(words('i dont know, im not sure and thats why they havent said')).toEqual([
      'i', 'do', 'nt', 'know', ',', 'i', 'm', 'not', 'sure', 'and', 'that', 's', 'why', 'they', 'have', 'nt', 'said',
    ]);
    expect(words('Im sure it cost alot')).toEqual(['I', 'm', 'sure', 'it', 'cost', 'a', 'lot']);
  });

  it('leaves words that are also real words, and all-capitals, alone', () => {
    expect(words('The party lost its seat; Jony Ive was ill; IM me; he lets it go')).toEqual([
      'The', 'party', 'lost', 'its', 'seat', ';', 'Jony', 'Ive', 'was', 'ill', ';', 'IM', 'me', ';', 'he', 'lets', 'it', 'go',
    ]);
  });

  it('German keeps "im" whole', () => {
    expect(words('im Januar', german)).toEqual(['im', 'Januar']);
  });
});

describe('numbers with units, ranges, decades', () => {
  it('splits a lower-case unit from its number but keeps ordinals and decades', () => {
    expect(words('A 375mm shell, 650k people, 24hrs, $2.5bn on the 4th; in the 1990s and 22nd')).toEqual([
      'A', '375', 'mm', 'shell', ',', '650', 'k', 'people', ',', '24', 'hrs', ',', '$', '2.5', 'bn', 'on', 'the', '4th', ';', 'in', 'the', '1990s', 'and', '22nd',
    ]);
    expect(tokenize('375mm', english)[0]!.kind).toBe('number');
    expect(words('a 3G network and 10MM')).toEqual(['a', '3G', 'network', 'and', '10MM']);
  });

  it('keeps the plural of a decade whole, not a possessive of a number', () => {
    expect(words("music of the 70's and 1990's, 2021's growth")).toEqual([
      'music', 'of', 'the', "70's", 'and', "1990's", ',', '2021', "'s", 'growth',
    ]);
  });

  it('reads one slash between numbers as a mark, two as a date', () => {
    expect(words('open 24/7 since 9/26/2005')).toEqual(['open', '24', '/', '7', 'since', '9/26/2005']);
  });
});

describe('abbreviation dots and ellipses', () => {
  it('gives the dot of a final abbreviation to the full stop at the end of a text or paragraph', () => {
    expect(words('Troops arrived from the U.S.')).toEqual(['Troops', 'arrived', 'from', 'the', 'U.S', '.']);
    expect(words('oil, gas, uranium etc.\nPrices rose.')).toEqual(['oil', ',', 'gas', ',', 'uranium', 'etc', '.', 'Prices', 'rose', '.']);
    // inside a paragraph the abbreviation keeps its dot
    expect(words('The U.S. envoy met Mr. Tokayev.')).toEqual(['The', 'U.S.', 'envoy', 'met', 'Mr.', 'Tokayev', '.']);
    // German keeps it ("usw." at the end)
    expect(words('Öl, Gas usw.', german)).toEqual(['Öl', ',', 'Gas', 'usw.']);
  });

  it('reads "U.S" without its final dot as one token', () => {
    expect(words('the U.S for years')).toEqual(['the', 'U.S', 'for', 'years']);
  });

  it('splits an ellipsis from an abbreviation and from a question mark', () => {
    expect(words('food, water etc... what next...?')).toEqual(['food', ',', 'water', 'etc', '...', 'what', 'next', '...', '?']);
    expect(words('signed by CCNG, Inc..')).toEqual(['signed', 'by', 'CCNG', ',', 'Inc.', '.']);
    expect(words('help pls..?')).toEqual(['help', 'pls', '..?']);
  });

  it('still ends the sentence at a final abbreviation', () => {
    const text = 'They are taking delivery in the U.S.';
    expect(sentences(text, tokenize(text, english), english).map((s) => text.slice(s.start, s.end))).toEqual([text]);
  });
});
