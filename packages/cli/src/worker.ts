import { workerData } from 'node:worker_threads';
import { compileLexicon, type Lexicon } from '@framelens/lexicon';
import { mapArticle, type MapTask } from './analyze-article.js';

// Compiled once per worker thread; the lexicon arrives as plain data.
const compiled = compileLexicon((workerData as { lexicon: Lexicon }).lexicon);

export default function mapInWorker(task: MapTask) {
  return mapArticle(task, compiled);
}
