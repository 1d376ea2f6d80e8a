import type { Article } from '@framelens/corpus';
import { detectLanguage, languageName } from '@framelens/text';

/**
 * Why an article cannot be analysed with a lexicon for `expected` ("de"), or undefined when it can:
 * its declared language (front matter `language:`, else its outlet.yaml) or the language its text
 * is detected in (franc-min, quotations left out) differs. Such an article is left out of every
 * count, never scored with the wrong language's rules. Names the file, what was found and what to do.
 */
export function languageMismatch(article: Pick<Article, 'text' | 'language' | 'source'>, expected: string): string | undefined {
  const detected = detectLanguage(article.text);
  const declaredOff = article.language !== expected;
  const detectedOff = detected !== undefined && detected !== expected;
  if (!declaredOff && !detectedOff) return undefined;
  const found = [
    ...(detectedOff ? [`its text reads as ${languageName(detected)} (${detected}, detected)`] : []),
    ...(declaredOff ? [`it is declared language: ${article.language} (front matter or outlet.yaml)`] : []),
  ].join(' and ');
  const fix =
    declaredOff && !detectedOff
      ? `if it is ${languageName(expected)}, set language: ${expected} in its front matter or outlet.yaml`
      : `framelens analyses ${languageName(expected)} with this lexicon: remove the article from the corpus, or put the ${languageName(expected)} original or a translation in its place`;
  return `${article.source.path}: left out of every count, because ${found}, but the lexicon is for ${languageName(expected)} (${expected}); ${fix}.`;
}
