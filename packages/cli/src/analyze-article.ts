import { readArticleSync, type Article, type CorpusEntry, type Outlet } from '@framelens/corpus';
import { pushAll, type Problem } from '@framelens/diagnostics';
import { Analyzer, detectLanguage, LANGUAGES, type AnalyzedDoc, type Doc, type Language } from '@framelens/text';
import { match, MatchMemo, speakerGroup, type CompiledLexicon, type Hit } from '@framelens/lexicon';
import { mapArticle, PartWriter, readerPayload, summariseArticle, TermMemo, type ArticleResult, type MapOptions } from '@framelens/facts';
import { articleLanguage } from './language-check.js';

/**
 * The memos of the map step (the text layer's `Analyzer`, the lexicon's `MatchMemo`): one per
 * worker thread, made by its owner and passed along; results never depend on them.
 */
export interface MapContext {
  /** the German analyzer (the default language) */
  analyzer: Analyzer;
  /** for the compiled lexicon last used (made on first use) */
  matchMemo?: MatchMemo;
  /** LANGUAGES (#24): one analyzer per other language, made on first use */
  analyzers?: Map<string, Analyzer>;
  /** one match memo per language of the lexicon in use, made on first use */
  matchMemos?: Map<string, MatchMemo>;
  /** the surface forms of distinctive terms (one entry object per stem and form, which the part writer totals by) */
  termMemo: TermMemo;
}

export function mapContext(): MapContext {
  return { analyzer: new Analyzer(), termMemo: new TermMemo() };
}

/** The context's analyzer for a language (German: `context.analyzer`). */
function analyzerFor(context: MapContext, language: Language): Analyzer {
  if (language.code === context.analyzer.language.code) return context.analyzer;
  const analyzers = (context.analyzers ??= new Map());
  let a = analyzers.get(language.code);
  if (a === undefined) analyzers.set(language.code, (a = new Analyzer({ language })));
  return a;
}

function matchWith(context: MapContext, doc: Doc, lexicon: CompiledLexicon): Hit[] {
  // one memo per language of one lexicon; another lexicon starts over
  if (context.matchMemo?.compiled.languages !== lexicon.languages) context.matchMemos = new Map();
  const memos = (context.matchMemos ??= new Map());
  let memo = memos.get(lexicon.language);
  if (memo === undefined) memos.set(lexicon.language, (memo = new MatchMemo(lexicon)));
  context.matchMemo = memo;
  return match(doc, lexicon, memo);
}

/**
 * What `mapArticle` is given for an article: its text analysed and matched, and the options
 * with the analysed title and its hits (no hits without a lexicon). `inspect` shows these parts.
 * The article's `language` decides: its text goes through that language's `Analyzer` and is matched
 * with the lexicon's terms in that language only (none when the lexicon has no terms in it).
 */
export function analyzeParts(article: Article, anyLexicon: CompiledLexicon | undefined, context: MapContext = mapContext()): { doc: AnalyzedDoc; hits: Hit[]; options: MapOptions } {
  const lexicon = anyLexicon?.languages.get(article.language);
  const analyzer = analyzerFor(context, lexicon?.text ?? LANGUAGES.find((l) => l.code === article.language) ?? context.analyzer.language);
  const doc = analyzer.analyze(article.text);
  const hits = lexicon ? matchWith(context, doc, lexicon) : [];
  // distinctive terms leave out the article language's stop words
  const options: MapOptions = { isStopword: (norm) => analyzer.language.stopwords.has(norm), termMemo: context.termMemo, analyzer, formMemo: analyzer.forms };
  if (lexicon) options.speakerGroup = (phrase) => speakerGroup(lexicon, phrase);
  if (article.title !== undefined) {
    const titleDoc = analyzer.analyze(article.title);
    options.titleDoc = titleDoc;
    options.titleHits = lexicon ? matchWith(context, titleDoc, lexicon) : [];
  }
  return { doc, hits, options };
}

/**
 * The per-article analysis: a pure function of (article, compiled lexicon), its rows collected
 * (tests; `framelens analyze` writes them to the parts instead, in `mapBatch`).
 */
export function analyzeArticle(article: Article, lexicon: CompiledLexicon, context: MapContext = mapContext()): ArticleResult {
  const { doc, hits, options } = analyzeParts(article, lexicon, context);
  return summariseArticle(article, doc, hits, options);
}

/** One article file to read and analyse (plain data: it crosses to a worker thread). */
export interface MapTask {
  entry: CorpusEntry;
  outlet: Outlet;
  repoRoot: string;
  /** position in the sorted corpus scan (the same in every shard) */
  index: number;
  /** false once the run has problems: the file is still read, so that every problem is reported in one run */
  analyse: boolean;
  /**
   * whether the report may keep this article's reader payload (each outlet's first
   * `readerQuota(context)` articles in corpus order): only those payloads are written to the parts
   */
  reader?: boolean;
}

/** Where a map step writes its fact rows: a parts folder and its own writer id. */
export interface PartsTarget {
  dir: string;
  writer: string;
}

/** What the map step sends back: problems, notices and totals; the per-article data stays in the parts. */
export interface BatchOutput {
  problems: Problem[];
  notices: string[];
  /** articles read and valid, and their text's UTF-8 bytes */
  articles: number;
  bytes: number;
  /** LANGUAGE (#21, #24): articles left out because the lexicon has no terms in their language, or their text reads as another (also in `notices`) */
  leftOut?: LeftOut[];
}

/** An article left out of every count, for the report's warnings. */
export interface LeftOut {
  outlet: string;
  article: string;
  message: string;
  /** the language it is counted under in the report's overview: the one its text reads as (detected), else the declared one */
  language?: string;
}

/**
 * Map a batch of articles: read, analyse, and append their fact rows to the writer's part files
 * (one message to and from a worker thread per batch, carrying no article data).
 */
export function mapBatch(tasks: MapTask[], lexicon: CompiledLexicon | undefined, parts: PartsTarget | PartWriter | undefined, context: MapContext = mapContext()): BatchOutput {
  const out: BatchOutput = { problems: [], notices: [], articles: 0, bytes: 0 };
  // a target: this batch opens (and closes) the writer's files; a writer: the caller keeps it open across batches
  const own = parts !== undefined && !(parts instanceof PartWriter);
  const writer = parts instanceof PartWriter ? parts : parts && lexicon ? new PartWriter(parts.dir, parts.writer) : undefined;
  try {
    for (const task of tasks) {
      const read = readArticleSync(task.entry, task.outlet, { repoRoot: task.repoRoot });
      const problems = read.problems.filter((p) => p.severity === 'error');
      pushAll(out.problems, problems);
      pushAll(out.notices, read.notices);
      const article = read.article;
      if (!article) continue;
      const bytes = Buffer.byteLength(article.text);
      out.articles++;
      out.bytes += bytes;
      if (!task.analyse || !writer || !lexicon || problems.length > 0 || out.problems.length > 0) continue;
      // LANGUAGE (#21, #18): analysed first, so that the check reads the analysis' tokens (dropped when the article is left out)
      const { doc, hits, options } = analyzeParts(article, lexicon, context);
      const forms = options.formMemo && { form: doc.columns.form, memo: options.formMemo };
      const { leftOut } = articleLanguage(article, [...lexicon.languages.keys()], doc.tokens, forms);
      if (leftOut !== undefined) {
        out.notices.push(leftOut);
        (out.leftOut ??= []).push({ outlet: article.outlet, article: article.id, message: leftOut, language: leftOutLanguage(article) });
        continue;
      }
      writer.start(task.index, bytes);
      mapArticle(article, doc, hits, options, writer);
      if (task.reader !== false) writer.reader(readerPayload(article, doc, hits));
    }
  } finally {
    if (own) writer?.close();
  }
  return out;
}

/** The language an article left out is counted under in the report: what its text reads as (detected), else what it is declared as. */
function leftOutLanguage(article: Article): string {
  return detectLanguage(article.text) ?? article.language;
}
