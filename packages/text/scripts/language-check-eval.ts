/**
 * `pnpm tsx packages/text/scripts/language-check-eval.ts [--bench bench-corpus/20MB/corpus/bench] [--list N]`:
 * the map step's language check, today's (the trigram detector `detectLanguage` on the whole text
 * outside quotations: an article is kept when it reads as its declared language or is not judged)
 * against the new one (kept at once when its stop words clearly read as the declared language,
 * `clearlyDeclared`; otherwise the same trigram detector), and against the alternative tried: the
 * trigram detector on a bounded sample (`sampledLanguage` below). Per set of language-sets.ts:
 * documents, how many the stop words decide alone, agreement of kept / left out, and every
 * disagreement (up to --list per set) with what the detector read and the stop-word counts. On the
 * hand-written set, each answer is also compared with the careful reader's.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Analyzer, detectLanguage, languageFor, type Token } from '../src/index.js';
import { clearlyDeclared, stopwordCounts } from '../src/language-stopwords.js';
import { sampledLanguage } from './language-sampled.js';
import { languageSets, root, type LanguageDoc } from './language-sets.js';

const { values } = parseArgs({ options: { bench: { type: 'string', default: path.join(root, 'bench-corpus', '20MB', 'corpus', 'bench') }, list: { type: 'string', default: '20' } } });
const list = Number(values.list);

const analyzers = new Map<string, Analyzer>();
/** The tokens the map step's text layer makes for the article (its declared language's tokenizer). */
export function tokensOf(doc: LanguageDoc): Token[] {
  let a = analyzers.get(doc.declared);
  if (a === undefined) analyzers.set(doc.declared, (a = new Analyzer({ language: languageFor(doc.declared) })));
  return a.tokenize(doc.text).tokens;
}

const kept = (detected: string | undefined, declared: string) => detected === undefined || detected === declared;
const fmt = (n: number, of: number) => `${n}/${of} (${((100 * n) / Math.max(1, of)).toFixed(1)}%)`;

let allDocs = 0;
let allAgree = 0;
let allSampledAgree = 0;
for (const set of languageSets({ bench: values.bench })) {
  let fast = 0;
  let agree = 0;
  let sampledAgree = 0;
  let oldKept = 0;
  let readerOld = 0;
  let readerNew = 0;
  const lines: string[] = [];
  const sampledLines: string[] = [];
  for (const doc of set.docs) {
    const tokens = tokensOf(doc);
    const detected = detectLanguage(doc.text);
    const before = kept(detected, doc.declared);
    const clear = clearlyDeclared(doc.text, tokens, doc.declared);
    const after = clear || before;
    const sampled = kept(sampledLanguage(doc.text), doc.declared);
    if (clear) fast++;
    if (before) oldKept++;
    if (before === after) agree++;
    if (sampled === before) sampledAgree++;
    if (doc.keep !== undefined) {
      if (before === doc.keep) readerOld++;
      if (after === doc.keep) readerNew++;
    }
    const c = stopwordCounts(doc.text, tokens, doc.declared);
    const counts = c ? `${c.words} words, ${c.declared} ${doc.declared} stop words, top rival ${c.rival ?? '-'} ${c.ratio.toFixed(2)}` : 'no list';
    const what = `${doc.id} (declared ${doc.declared}, detector: ${detected ?? 'not judged'}; ${counts})`;
    if (before !== after) lines.push(`  DISAGREE ${what}: today ${before ? 'kept' : 'left out'}, new ${after ? 'kept' : 'left out'}`);
    else if (doc.keep !== undefined && after !== doc.keep) lines.push(`  both wrong (reader: ${doc.keep ? 'keep' : 'leave out'}) ${what}`);
    if (sampled !== before) sampledLines.push(`  sample ${what}: today ${before ? 'kept' : 'left out'}, sampled ${sampled ? 'kept' : 'left out'}`);
  }
  const n = set.docs.length;
  allDocs += n;
  allAgree += agree;
  allSampledAgree += sampledAgree;
  console.log(`${set.name}: ${n} texts, kept today ${fmt(oldKept, n)}; decided by stop words ${fmt(fast, n)}; new agrees ${fmt(agree, n)}; bounded sample agrees ${fmt(sampledAgree, n)}`);
  if (set.docs.some((d) => d.keep !== undefined)) console.log(`  against the careful reader: today ${fmt(readerOld, n)}, new ${fmt(readerNew, n)}`);
  for (const line of [...lines.slice(0, list), ...sampledLines.slice(0, list)]) console.log(line);
  if (lines.length > list || sampledLines.length > list) console.log(`  … ${lines.length} stop-word and ${sampledLines.length} sample disagreements in all`);
}
console.log(`all: ${allDocs} texts; new agrees ${fmt(allAgree, allDocs)}; bounded sample agrees ${fmt(allSampledAgree, allDocs)}`);
