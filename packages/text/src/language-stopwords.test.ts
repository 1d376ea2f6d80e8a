// The stop-word check of the map step (language-stopwords.ts) against today's trigram detector on a
// fixed set: the seed articles, the voice gold passages (alone and five at a time) and the
// hand-written mixed and third-language texts of __fixtures__/language-mixed.ts. A clear answer must
// never keep an article the detector would leave out; scripts/language-check-eval.ts runs the same
// comparison on UD and the bench corpus and lists every disagreement.
import { describe, expect, it } from 'vitest';
import { languageSets } from '../scripts/language-sets.js';
import { LANGUAGE_CASES } from './__fixtures__/language-mixed.js';
import { Analyzer } from './analyzer.js';
import { languageFor } from './lang/index.js';
import { detectLanguage } from './language.js';
import { clearlyDeclared, clearlyReadsAs, stopwordCounts } from './language-stopwords.js';

const tokensOf = (text: string, code: string) => new Analyzer({ language: languageFor(code) }).analyze(text).tokens;
const byId = (id: string) => LANGUAGE_CASES.find((c) => c.id === id)!;
/** today's answer: kept when the detector reads the declared language or cannot judge */
const keptToday = (text: string, declared: string) => [undefined, declared].includes(detectLanguage(text));
/** the new answer: kept at once when clear by stop words, else today's */
const keptNew = (text: string, declared: string) => clearlyReadsAs(text, declared) || keptToday(text, declared);

describe('the stop-word language check', () => {
  it('agrees with today’s detector on every seed article, gold passage and hand-written text', () => {
    const sets = languageSets({ ud: false });
    expect(sets.map((s) => s.name)).toEqual(['seeds', 'gold passages', 'gold, 5 passages a text', 'hand-written']);
    let clear = 0;
    let texts = 0;
    for (const set of sets) {
      for (const doc of set.docs) {
        texts++;
        if (!clearlyReadsAs(doc.text, doc.declared)) continue;
        clear++;
        // a clear answer is one the detector gives too (or it cannot judge the text)
        expect([undefined, doc.declared], `${set.name}: ${doc.id}`).toContain(detectLanguage(doc.text));
      }
    }
    expect(texts).toBeGreaterThan(700);
    // the seed articles and most five-passage texts are clear; single gold passages (one to three sentences) are not
    expect(sets[0]!.docs.every((d) => clearlyReadsAs(d.text, d.declared))).toBe(true);
    expect(clear).toBeGreaterThan(100);
  });

  it('gives the careful reader’s answer on the hand-written texts, except a French sentence too short for either check', () => {
    const wrong = LANGUAGE_CASES.filter((c) => c.keep !== undefined && keptNew(c.text, c.declared) !== c.keep).map((c) => c.id);
    expect(wrong).toEqual(['fr-declared-de-short']);
    expect(LANGUAGE_CASES.filter((c) => keptNew(c.text, c.declared) !== keptToday(c.text, c.declared))).toEqual([]);
    // German and English sentences mixed about evenly, outside quotations: today's verdict (the detector reads English) stays
    for (const id of ['de-en-mixed-short', 'de-en-mixed-paragraphs']) {
      expect(clearlyReadsAs(byId(id).text, 'de'), id).toBe(false);
      expect(keptNew(byId(id).text, 'de'), id).toBe(false);
    }
  });

  it('keeps a German article with an English block quote, an English paragraph or English quotations German', () => {
    for (const id of ['de-english-block-quote', 'de-english-paragraph', 'de-english-quotes', 'de-french-paragraph', 'de-russian-quote-and-names']) {
      expect(keptNew(byId(id).text, 'de'), id).toBe(true);
    }
    // the short paragraph and the quotations leave it clear; the long block quote (a quarter of the
    // words, no quotation marks) is not clear by stop words, and the trigram detector reads it as German
    expect(clearlyReadsAs(byId('de-english-paragraph').text, 'de')).toBe(true);
    expect(clearlyReadsAs(byId('de-english-quotes').text, 'de')).toBe(true);
    expect(clearlyReadsAs(byId('de-english-block-quote').text, 'de')).toBe(false);
    expect(detectLanguage(byId('de-english-block-quote').text)).toBe('de');
  });

  it('never calls English, French, Spanish, Dutch, Swedish, Polish, Russian or Kazakh text clearly German', () => {
    const foreign = LANGUAGE_CASES.filter((c) => c.declared === 'de' && !c.id.startsWith('de-'));
    expect(foreign.map((c) => c.id)).toHaveLength(13);
    for (const c of foreign) expect(clearlyReadsAs(c.text, 'de'), c.id).toBe(false);
    // German text declared English is not clearly English either
    expect(clearlyReadsAs(byId('de-long').text, 'en')).toBe(false);
    // the English press review quoting German at length (a block quote without marks) is left to the detector, which reads English
    expect(clearlyReadsAs(byId('en-press-review-german-quotes').text, 'en')).toBe(false);
    expect(detectLanguage(byId('en-press-review-german-quotes').text)).toBe('en');
  });

  it('leaves short texts to the detector, which does not judge them: kept as today', () => {
    for (const [text, code] of [['Proteste in Almaty: Regierung tritt zurück.', 'de'], ['Kazakhstan dismisses its government after fuel protests.', 'de'], ['', 'de']] as const) {
      expect(clearlyReadsAs(text, code), text).toBe(false);
      expect(detectLanguage(text)).toBeUndefined();
      expect(keptNew(text, code)).toBe(true);
    }
    const c = stopwordCounts(byId('de-one-sentence').text, tokensOf(byId('de-one-sentence').text, 'de'), 'de')!;
    expect([c.words, c.windows]).toEqual([18, 1]);
  });

  it('counts words outside quotations, window by window, and gives the same answer on its own tokens and an Analyzer’s', () => {
    const text = byId('de-english-quotes').text;
    const c = stopwordCounts(text, tokensOf(text, 'de'), 'de')!;
    // the two English quotations (59 words) are left out: 40 German words remain
    expect(c.words).toBe(40);
    expect(c.rival).not.toBe('eng');
    const long = Array.from({ length: 6 }, () => byId('de-long').text).join('\n\n');
    const counts = stopwordCounts(long, tokensOf(long, 'de'), 'de')!;
    expect(counts.windows).toBeGreaterThanOrEqual(Math.floor(long.length / 2000));
    for (const c of LANGUAGE_CASES) expect(clearlyDeclared(c.text, tokensOf(c.text, c.declared), c.declared), c.id).toBe(clearlyReadsAs(c.text, c.declared));
    // no list for the language: never clear
    expect(stopwordCounts(byId('kk-declared-de').text, [], 'kk')).toBeUndefined();
  });
});
