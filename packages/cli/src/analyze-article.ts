import type { Article } from '@framelens/corpus';
import { analyze } from '@framelens/text';
import { match, type CompiledLexicon } from '@framelens/lexicon';
import { summariseArticle, type ArticleResult } from '@framelens/aggregate';

/**
 * The per-article map step: a pure function of (article, compiled lexicon).
 * It runs on worker threads; only the small ArticleResult crosses back.
 */
export function analyzeArticle(article: Article, lexicon: CompiledLexicon): ArticleResult {
  const doc = analyze(article.text);
  const hits = match(doc, lexicon);
  if (article.title === undefined) return summariseArticle(article, doc, hits, { lexicon });
  const titleDoc = analyze(article.title);
  return summariseArticle(article, doc, hits, { lexicon, titleDoc, titleHits: match(titleDoc, lexicon) });
}
