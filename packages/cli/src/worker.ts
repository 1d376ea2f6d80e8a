import { workerData } from 'node:worker_threads';
import type { Article } from '@framelens/corpus';
import { compileLexicon, type Lexicon } from '@framelens/lexicon';
import { analyzeArticle } from './analyze-article.js';

// Compiled once per worker thread; the lexicon arrives as plain data.
const compiled = compileLexicon((workerData as { lexicon: Lexicon }).lexicon);

export default function analyzeInWorker(article: Article) {
  return analyzeArticle(article, compiled);
}
