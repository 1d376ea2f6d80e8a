import { describe, expect, it } from 'vitest';
import { languageCodeFor } from './language-code.js';

describe('languageCodeFor: the ISO 639-1 code a language value means', () => {
  it('reads codes in any case, ISO 639-2/3 codes, and English and German names', () => {
    const values = ['EN', 'English', 'englisch', 'Deutsch', 'german', 'GER', 'deu', 'Französisch', ' Russian ', 'kk'];
    expect(values.map(languageCodeFor)).toEqual(['en', 'en', 'en', 'de', 'de', 'de', 'de', 'fr', 'ru', 'kk']);
  });
  it('has no answer for what is not a language', () => {
    expect(['xx', 'ge', '', 'Klingonisch', 7, undefined].map(languageCodeFor)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
