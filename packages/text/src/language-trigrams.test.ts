// francLanguage must give franc-min's own answer: checked on every seed article and the voice gold
// passages (slices from 10 to 2,100 characters at many offsets), on text in other scripts and
// languages, and on edge cases.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { franc } from 'franc-min';
import { expressions } from 'franc-min/expressions.js';
import { describe, expect, it } from 'vitest';
import { francLanguage } from './language-trigrams.js';

const seeds = path.resolve(import.meta.dirname, '../../../corpus/kazakhstan-2022');
const gold = path.resolve(import.meta.dirname, '../../../test/gold');
const texts = [
  ...readdirSync(seeds, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(path.join(seeds, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')),
  // the gold files' passages, 3,000 characters at a time (German news sentences with some markup)
  ...['voice-news.yaml', 'voice-seeds.yaml'].flatMap((f) => {
    const all = readFileSync(path.join(gold, f), 'utf8');
    return Array.from({ length: Math.floor(all.length / 3000) }, (_, k) => all.slice(k * 3000, (k + 1) * 3000));
  }),
];

const others = [
  'Le président du Kazakhstan a limogé le gouvernement mercredi après des manifestations contre la hausse du prix du gaz.',
  'El presidente de Kazajistán destituyó al gobierno el miércoles tras las protestas por la subida del precio del gas licuado.',
  'Президент Казахстана Касым-Жомарт Токаев в среду отправил правительство в отставку после протестов против роста цен на газ.',
  'Қазақстан Президенті Қасым-Жомарт Тоқаев үкіметті отставкаға жіберді, бұл газ бағасының өсуіне қарсы наразылықтан кейін болды.',
  'Prezydent Kazachstanu zdymisjonował w środę rząd po protestach przeciwko podwyżce cen gazu płynnego w zachodniej części kraju.',
  'Ο πρόεδρος του Καζακστάν απέπεμψε την κυβέρνηση την Τετάρτη μετά από διαδηλώσεις για την αύξηση της τιμής του υγραερίου.',
  '哈萨克斯坦总统托卡耶夫周三解散政府，此前因液化气价格上涨引发抗议活动，并请求集体安全条约组织派兵协助维持秩序。',
  'カザフスタンの大統領は水曜日、液化ガス価格の高騰に抗議するデモを受けて内閣を総辞職させた。',
  '1234567890 ,.;:!? 2022-01-05 12:30 +7 (495) 123-45-67',
  // Latin next to another script, about half and half (the Latin shortcut must not decide these)
  'Tokajew Токаев Almaty Алматы Regierung правительство Proteste протесты Gas газ OVKS ОДКБ',
  'Токаев sagte: Die Lage ist stabil. Президент заявил, что ситуация стабильна. Tokajew',
  'Präsident Tokajew 大统领 托卡耶夫 政府 抗议 液化气 Almaty Gaspreise',
  '',
  'abc',
];

describe('francLanguage', () => {
  it('reads a sample as Latin script at once when more than half is letters that only franc-min’s Latin expression matches', () => {
    // language-trigrams.ts latinLetters: a-z, A-Z, U+00C0–U+02B8 without × and ÷
    const latin = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x2b8 && c !== 0xd7 && c !== 0xf7);
    let checked = 0;
    for (let c = 0; c <= 0x2b8; c++) {
      if (!latin(c)) continue;
      const ch = String.fromCharCode(c);
      for (const [name, expression] of Object.entries(expressions)) {
        expect(new RegExp(expression.source).test(ch), `U+${c.toString(16)} in ${name}`).toBe(name === 'Latin');
      }
      checked++;
    }
    expect(checked).toBe(52 + 0x2b9 - 0xc0 - 2);
  });

  it('gives franc-min’s answer on every seed article, whole and in slices', () => {
    expect(texts.length).toBeGreaterThan(25);
    let compared = 0;
    for (const text of texts) {
      const slices = [[0, 2100], [0, 10], [5, 49], [0, 50], [17, 200], [100, 700], [300, 1500]] as const;
      for (const [start, length] of slices) {
        const sample = text.slice(start, start + length);
        expect(francLanguage(sample, 50), sample).toBe(franc(sample, { minLength: 50 }));
        expect(francLanguage(sample), sample).toBe(franc(sample));
        compared++;
      }
    }
    expect(compared).toBe(texts.length * 7);
    // different answers occur among the slices (not every slice reads as German)
    expect(new Set(texts.map((t) => francLanguage(t.slice(0, 50)))).size).toBeGreaterThan(1);
  });

  it('gives franc-min’s answer on other languages and scripts, digits only and empty text', () => {
    for (const text of others) {
      expect(francLanguage(text), text).toBe(franc(text));
      expect(francLanguage(text, 50), text).toBe(franc(text, { minLength: 50 }));
    }
    expect(francLanguage(others[0]!)).toBe('fra');
  });
});
