import { workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { compileLexicon, type Lexicon } from '@framelens/lexicon';
import { mapBatch, mapContext, type MapTask } from './analyze-article.js';

// Compiled once per worker thread; the lexicon arrives as plain data.
const compiled = compileLexicon((workerData as { lexicon: Lexicon }).lexicon);
// this worker's memos (the text layer's intern table, the lexicon's token keys)
const context = mapContext();

export default function mapInWorker(tasks: MapTask[]): unknown {
  const batch = mapBatch(tasks, compiled, context);
  // the evidence bytes are moved to the main thread, not copied
  return move({ [transferableSymbol]: batch.evidenceCsv.buffer, [valueSymbol]: batch } as never);
}
