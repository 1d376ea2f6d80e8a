import { threadId, workerData } from 'node:worker_threads';
import { compileLexicon, type Lexicon } from '@framelens/lexicon';
import { mapBatch, mapContext, type MapTask } from './analyze-article.js';

const data = workerData as { lexicon: Lexicon; partsDir: string; writer: string };
// Compiled once per worker thread; the lexicon arrives as plain data.
const compiled = compileLexicon(data.lexicon);
// each worker thread appends to its own part files
const parts = { dir: data.partsDir, writer: `${data.writer}-t${threadId}` };
// this worker's memos (the text layer's intern table, the lexicon's token keys)
const context = mapContext();

export default function mapInWorker(tasks: MapTask[]): unknown {
  return mapBatch(tasks, compiled, parts, context);
}
