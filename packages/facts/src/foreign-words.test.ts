// Review F7: a Russian quotation and a French paragraph in a German article (the reviewer's
// Zürcher Blatt article, packages/text/src/__fixtures__) are not German words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '@framelens/corpus';
import { analyze } from '@framelens/text';
import { summariseArticle } from './article-result.js';

const file = readFileSync(new URL('../../text/src/__fixtures__/stimmen-aus-moskau-und-paris.md', import.meta.url), 'utf8');
const text = file.slice(file.indexOf('---', 3) + 4);
const article = (language: string): Article => ({ id: 'zb/a', outlet: 'zb', language, text, source: { path: 'corpus/zb/a.md', sha256: '0'.repeat(64) } }) as unknown as Article;

describe('summariseArticle: words of another language (review F7)', () => {
  it('leaves the 11 Cyrillic words out of the word count and both passages out of the terms', () => {
    const doc = analyze(text);
    const words = doc.tokens.filter((t) => t.kind === 'word').length;
    const de = summariseArticle(article('de'), doc, []);
    // hand count: «Это не протесты, это попытка цветной революции. Террористы должны быть уничтожены.» = 11 words
    expect(de.wordTokens).toBe(words - 11);
    const forms = new Set(de.terms.forms);
    for (const w of ['la', 'La', 'de', 'Это', 'это', 'Террористы', 'manifestations', 'retenue', 'presse']) expect(forms.has(w), w).toBe(false);
    // the German words around them stay
    for (const w of ['Staatsduma', 'Aussenministerium', 'Flüssiggas', 'festgenommen']) expect(forms.has(w), w).toBe(true);
    // an article without a known language keeps every word (no rule applies)
    expect(summariseArticle(article('xx'), doc, []).wordTokens).toBe(words);
  });
});
