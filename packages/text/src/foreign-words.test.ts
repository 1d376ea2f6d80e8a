import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { english } from './lang/index.js';
import { foreignWords, OTHER_LANGUAGE, OTHER_SCRIPT } from './foreign-words.js';
import { seedText } from './__fixtures__/seed-text.js';

/** the marked words of `text` (as written), per kind */
function marked(text: string, language = 'de') {
  const doc = analyze(text, language === 'en' ? english : undefined);
  const f = foreignWords(doc, language);
  const words = (kind: number) => doc.tokens.filter((t, i) => f?.kinds[i] === kind).map((t) => text.slice(t.start, t.end));
  return { script: words(OTHER_SCRIPT), language: words(OTHER_LANGUAGE), result: f };
}

describe('foreignWords (review F7)', () => {
  it('a German article with a Russian quotation and a French paragraph (the reviewer\'s Zürcher Blatt article)', () => {
    const file = readFileSync(new URL('./__fixtures__/stimmen-aus-moskau-und-paris.md', import.meta.url), 'utf8');
    const text = file.slice(file.indexOf('---', 3) + 4);
    const m = marked(text);
    // every Cyrillic word of the quotation, nothing else in another script
    expect(m.script).toEqual(['Это', 'не', 'протесты', 'это', 'попытка', 'цветной', 'революции', 'Террористы', 'должны', 'быть', 'уничтожены']);
    // both French sentences, word for word; no German sentence
    expect(m.language.join(' ')).toBe(
      "Les manifestations au Kazakhstan témoignent d'un profond mécontentement social La France appelle à la retenue et au respect de la liberté de la presse",
    );
    expect(m.result).toMatchObject({ otherScript: 11, otherLanguage: m.language.length });
  });

  it('keeps German sentences with a foreign phrase or name, and English quotations only when they are sentences', () => {
    expect(marked('Macron sprach von einer «révolution de couleur» und forderte Zurückhaltung.').result).toBeUndefined();
    expect(marked('Die Band spielte «Yesterday» vor dem Parlament.').result).toBeUndefined();
    expect(marked('Die EU-Kommissarin Ursula von der Leyen sprach in Brüssel von einer Krise.').result).toBeUndefined();
    expect(marked('Ein Diplomat sagte: «We are deeply concerned about the use of force against the protesters.» Die Lage blieb angespannt.').language).toEqual([
      'Ein', 'Diplomat', 'sagte', 'We', 'are', 'deeply', 'concerned', 'about', 'the', 'use', 'of', 'force', 'against', 'the', 'protesters',
    ]);
  });

  it('an English article: a German quotation sentence is another language, Cyrillic another script', () => {
    const m = marked('The minister said in Berlin: "Wir sind besorgt über die Berichte von Festnahmen und Toten." Tass called it «провокация».', 'en');
    expect(m.script).toEqual(['провокация']);
    expect(m.language).toEqual(['The', 'minister', 'said', 'in', 'Berlin', 'Wir', 'sind', 'besorgt', 'über', 'die', 'Berichte', 'von', 'Festnahmen', 'und', 'Toten']);
  });

  it('a Russian article: Latin words are another script; an unknown language code gets no rule', () => {
    const doc = analyze('Президент Токаев встретился с NATO в Алматы.');
    expect(foreignWords(doc, 'ru')?.otherScript).toBe(1);
    expect(foreignWords(doc, 'xx')).toBeUndefined();
  });

  it('marks nothing in the seed corpus: five German and four English articles', () => {
    for (const id of ['000', '001', '002', '003', '004']) expect(foreignWords(analyze(seedText(id)), 'de'), id).toBeUndefined();
    for (const file of ['fictional-wire-en/2022-01-06-alliance-sends-troops', 'fictional-wire-en/2022-01-07-shoot-without-warning', 'fictional-state-agency-en/2022-01-06-peacekeepers-arrive', 'fictional-state-agency-en/2022-01-07-act-of-aggression']) {
      const text = readFileSync(new URL(`../../../corpus/kazakhstan-2022/${file}.md`, import.meta.url), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      expect(foreignWords(analyze(text, english), 'en'), file).toBeUndefined();
    }
  });
});
