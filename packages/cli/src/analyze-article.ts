import { readArticleSync, type Article, type CorpusEntry, type Outlet } from '@framelens/corpus';
import { type Problem } from '@framelens/diagnostics';
import { analyze, type Doc } from '@framelens/text';
import { match, speakerGroup, type CompiledLexicon, type Hit } from '@framelens/lexicon';
import { languageMismatch } from './language-check.js';
import { compactShingles, evidenceCsvRows, summariseArticle, withoutReaderText, type ArticleResult, type SummariseOptions } from '@framelens/aggregate';

/**
 * What `summariseArticle` is given for an article: its text analysed and matched, and the options
 * with the analysed title and its hits (no hits without a lexicon). `inspect` shows these parts.
 */
export function analyzeParts(article: Article, lexicon: CompiledLexicon | undefined): { doc: Doc; hits: Hit[]; options: SummariseOptions } {
  const doc = analyze(article.text);
  const hits = lexicon ? match(doc, lexicon) : [];
  // with the lexicon, the result carries numeric cell ids: the aggregator then counts without hashing label strings
  const options: SummariseOptions = lexicon ? { speakerGroup: (phrase) => speakerGroup(lexicon, phrase), lexicon } : {};
  if (article.title !== undefined) {
    const titleDoc = analyze(article.title);
    options.titleDoc = titleDoc;
    options.titleHits = lexicon ? match(titleDoc, lexicon) : [];
  }
  return { doc, hits, options };
}

/**
 * The per-article analysis: a pure function of (article, compiled lexicon).
 */
export function analyzeArticle(article: Article, lexicon: CompiledLexicon): ArticleResult {
  const { doc, hits, options } = analyzeParts(article, lexicon);
  return summariseArticle(article, doc, hits, options);
}

/** One article file to read and analyse (plain data: it crosses to a worker thread). */
export interface MapTask {
  entry: CorpusEntry;
  outlet: Outlet;
  repoRoot: string;
  /** false once the run has problems: the file is still read, so that every problem is reported in one run */
  analyse: boolean;
  /**
   * false when the report cannot keep this article's reader payload (the aggregator keeps those of
   * each outlet's first `readerQuota(context)` articles in corpus order): its full text then stays here
   */
  reader?: boolean;
}

/** What the map step sends back: small, plain data. */
export interface MapOutput {
  problems: Problem[];
  notices: string[];
  /** LANGUAGE (#21): why the article was left out (its language is not the lexicon's), when it was */
  leftOut?: string;
  /** the file that was read, when it held a valid article */
  source?: { id: string; path: string; sha256: string; bytes: number };
  result?: ArticleResult;
  /** the article's lines of data/evidence.csv, formatted where the work is done */
  evidenceCsv?: string;
}

/** The outputs of a batch of consecutive articles, with their evidence.csv lines as UTF-8 bytes. */
export interface BatchOutput {
  outputs: Omit<MapOutput, 'evidenceCsv'>[];
  evidenceCsv: Uint8Array;
}

const encoder = new TextEncoder();

/**
 * Map a batch of articles (one message to and from a worker thread instead of one per article).
 * The evidence lines travel as one UTF-8 buffer, which a worker hands over without copying.
 */
export function mapBatch(tasks: MapTask[], lexicon: CompiledLexicon | undefined): BatchOutput {
  const outputs: Omit<MapOutput, 'evidenceCsv'>[] = [];
  let csv = '';
  for (const task of tasks) {
    const { evidenceCsv, ...output } = mapArticle(task, lexicon);
    if (evidenceCsv !== undefined) csv += evidenceCsv;
    outputs.push(output);
  }
  // its own ArrayBuffer (Buffer.from may share a pool, which must not be moved to another thread)
  return { outputs, evidenceCsv: encoder.encode(csv) };
}

/**
 * The per-article map step of a run: read the file (synchronously: a worker thread does nothing
 * else meanwhile), then analyse it. Runs on worker threads, or in the main thread for small corpora.
 */
export function mapArticle(task: MapTask, lexicon: CompiledLexicon | undefined): MapOutput {
  const read = readArticleSync(task.entry, task.outlet, { repoRoot: task.repoRoot });
  const problems = read.problems.filter((p) => p.severity === 'error');
  const article = read.article;
  if (!article) return { problems, notices: read.notices };
  const source = { id: article.id, path: article.source.path, sha256: article.source.sha256, bytes: Buffer.byteLength(article.text) };
  if (!task.analyse || !lexicon || problems.length > 0) return { problems, notices: read.notices, source };
  const leftOut = languageMismatch(article, lexicon.lexicon.language);
  if (leftOut !== undefined) return { problems, notices: read.notices, source, leftOut };
  // the shingles as the aggregator uses them: one typed array, sorted here (on a worker thread), is
  // far cheaper to send to the main thread than three arrays of numbers
  const analysed = compactShingles(analyzeArticle(article, lexicon));
  const result = task.reader === false ? withoutReaderText(analysed) : analysed;
  return { problems, notices: read.notices, source, result, evidenceCsv: evidenceCsvRows(result, { lexicon }) };
}
