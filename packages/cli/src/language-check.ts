import type { Article } from '@framelens/corpus';
import { clearlyReadsAs, detectLanguage, languageName, type FormIds, type Token } from '@framelens/text';

type Checked = Pick<Article, 'text' | 'language' | 'source'>;

/** "German (de)", "German (de) and English (en)" */
const named = (codes: readonly string[]) => codes.map((c) => `${languageName(c)} (${c})`).join(' and ');
const names = (codes: readonly string[], joint: string) => codes.map(languageName).join(joint);

/**
 * The language an article is matched in, or why it is left out of every count. Its declared
 * language (front matter `language:`, else its outlet.yaml) decides, and must be one the lexicon
 * has terms for (`covered`, e.g. ["de", "en"]); when the text reads as another language, the article
 * is left out too, never scored with the wrong language's rules. The message names the file, what
 * was found and what to do.
 *
 * How the text is read: when the stop words of its words outside quotations clearly say the
 * declared language (@framelens/text `clearlyReadsAs`: long enough, and in every window of 2,000
 * characters mostly that language's stop words and few of any other list's), that is the answer,
 * with no trigram model; otherwise (short, mixed or foreign text) franc-min's trigram detector on the
 * text outside quotations decides (`detectLanguage`). `tokens`: the article text's tokens from the
 * declared language's `Analyzer`, when the caller has analysed it already (the map step); without
 * them the check tokenises the text itself, with the same result. `forms`: those tokens' form ids
 * and their analyzer's memo (each distinct word looked up once per analyzer).
 */
export function articleLanguage(article: Checked, covered: readonly string[], tokens?: readonly Token[], forms?: FormIds): { language: string; leftOut?: undefined } | { leftOut: string } {
  const declared = article.language;
  const detected = covered.includes(declared) && clearlyReadsAs(article.text, declared, tokens, forms) ? declared : detectLanguage(article.text);
  const leftOut = (message: string) => ({ leftOut: `${article.source.path}: left out of every count, because ${message}.` });
  if (covered.includes(declared)) {
    if (detected === undefined || detected === declared) return { language: declared };
    if (covered.length === 1) {
      return leftOut(
        `its text reads as ${languageName(detected)} (${detected}, detected), but the lexicon is for ${named(covered)}; ` +
          `framelens analyses ${languageName(declared)} with this lexicon: remove the article from the corpus, or put the ${languageName(declared)} original or a translation in its place`,
      );
    }
    const fix = covered.includes(detected)
      ? `if it is ${languageName(detected)}, set language: ${detected} in its front matter or outlet.yaml`
      : `remove the article from the corpus, or put the ${names(covered, ' or ')} original or a translation in its place`;
    return leftOut(`its text reads as ${languageName(detected)} (${detected}, detected) but it is declared language: ${declared} (front matter or outlet.yaml); ${fix}`);
  }
  const detectedOff = detected !== undefined && !covered.includes(detected);
  const found = [
    ...(detectedOff ? [`its text reads as ${languageName(detected)} (${detected}, detected)`] : []),
    `it is declared language: ${declared} (front matter or outlet.yaml)`,
  ].join(' and ');
  const guess = detected !== undefined && covered.includes(detected) ? detected : covered.length === 1 ? covered[0] : undefined;
  const fix =
    !detectedOff && guess !== undefined
      ? `if it is ${languageName(guess)}, set language: ${guess} in its front matter or outlet.yaml`
      : !detectedOff
        ? `if it is in one of them, set language: ${covered.join(' or ')} in its front matter or outlet.yaml`
        : `framelens analyses ${names(covered, ' and ')} with this lexicon: remove the article from the corpus, or put the ${names(covered, ' or ')} original or a translation in its place` +
          (covered.length > 1 ? `, or give the lexicon terms in ${languageName(declared)}` : '');
  return leftOut(`${found}, but the lexicon is for ${named(covered)}; ${fix}`);
}

/**
 * Why an article cannot be analysed with a lexicon for `expected` ("de") alone, or undefined when it
 * can (`articleLanguage` with one language).
 */
export function languageMismatch(article: Checked, expected: string): string | undefined {
  return articleLanguage(article, [expected]).leftOut;
}
