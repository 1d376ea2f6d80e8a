import { describe, expect, it } from 'vitest';
import type { Article } from '@framelens/corpus';
import { analyze } from '@framelens/text';
import { summariseArticle } from './article-result.js';

const article = (text: string): Article => ({ id: 'o/a', outlet: 'o', text, source: { path: 'corpus/o/a.md', sha256: '0'.repeat(64) } }) as unknown as Article;

describe("an article's term counts", () => {
  it('counts each (stem, surface form), stems in code-unit order, a stem’s forms most frequent first', () => {
    const text = 'Die Truppen kamen. Truppen! Die Truppe blieb, die Truppen gingen. Zölle und Zoll.';
    const { terms } = summariseArticle(article(text), analyze(text), []);
    const rows = terms.stems.map((stem, i) => [stem, terms.forms[i], terms.counts[i]]);
    expect(rows).toEqual([
      ['blieb', 'blieb', 1],
      ['ging', 'gingen', 1],
      ['kam', 'kamen', 1],
      ['trupp', 'Truppen', 3],
      ['trupp', 'Truppe', 1],
      ['zoll', 'Zoll', 1],
      ['zoll', 'Zölle', 1],
    ]);
  });

  it('keeps a surface form apart when its token has another stem (counts are per stem and form), and does not leak counts into the next article', () => {
    const text = 'Truppen und Truppen und Truppen';
    const doc = analyze(text);
    // the second "Truppen" as if a tokenizer had stemmed it otherwise
    const words = doc.tokens.filter((t) => t.norm === 'truppen');
    const tokens = doc.tokens.map((t) => (t === words[1] ? { ...t, stem: 'truppen-raw' } : t));
    const { terms } = summariseArticle(article(text), { ...doc, tokens }, []);
    expect(terms.stems.map((stem, i) => [stem, terms.forms[i], terms.counts[i]])).toEqual([
      ['trupp', 'Truppen', 2],
      ['truppen-raw', 'Truppen', 1],
    ]);
    const again = summariseArticle(article(text), doc, []).terms;
    expect(again.counts).toEqual([3]);
  });
});
