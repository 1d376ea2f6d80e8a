import type { Article } from '@framelens/corpus';
import { analyze } from '@framelens/text';
import { match, speakerGroup, type CompiledLexicon } from '@framelens/lexicon';
import { summariseArticle, type ArticleResult, type SummariseOptions } from '@framelens/aggregate';

/**
 * The per-article map step: a pure function of (article, compiled lexicon).
 * It runs on worker threads; only the small ArticleResult crosses back.
 */
export function analyzeArticle(article: Article, lexicon: CompiledLexicon): ArticleResult {
  const doc = analyze(article.text);
  const hits = match(doc, lexicon);
  const options: SummariseOptions = { speakerGroup: (phrase) => speakerGroup(lexicon, phrase) };
  if (article.title !== undefined) {
    const titleDoc = analyze(article.title);
    options.titleDoc = titleDoc;
    options.titleHits = match(titleDoc, lexicon);
  }
  return summariseArticle(article, doc, hits, options);
}
