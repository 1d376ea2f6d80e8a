export * from './schema.js';
export * from './problem.js';
export { printable } from './printable.js';
export { shellQuote } from './shell-quote.js';
export { pushAll } from './push-all.js';
export { isSlug, slugify, SLUG_PATTERN } from './slug.js';
export { findRepoRoot, isInside, displayPath } from './repo-root.js';
export { aliasExpansionMessage, yamlSize, MAX_ALIAS_EXPANSION } from './yaml-size.js';
export { parseYaml, yamlSyntaxProblems, zodProblems, closestField, lineOfPath, type FieldHelp, type ParsedYaml, type ZodProblemContext } from './yaml-problems.js';
export { decodeText, type DecodeResult, type TextEncodingName } from './decode.js';
export { normaliseDate, isCalendarDate, type NormalisedDate } from './dates.js';
export { frontMatterLanguageMessage, splitFrontMatter, type FrontMatterSplit } from './front-matter.js';
export { scanCorpus, ARTICLE_EXTENSIONS, type CorpusEntry, type CorpusIndex, type ScanOptions } from './scan.js';
export { readOutletFile, OUTLET_EXAMPLE } from './outlet-file.js';
export {
  readArticle,
  readArticleSync,
  articleFromBytes,
  articleSizeProblem,
  parseFrontMatter,
  DEFAULT_MAX_ARTICLE_BYTES,
  FRONT_MATTER_EXAMPLE,
  type ReadArticleOptions,
  type ReadArticleResult,
} from './read-article.js';
export { loadCorpus, hasErrors, type LoadedCorpus } from './load.js';
export { importArticles, articleFromTxt, parseDateOption, parseFieldMap, IMPORT_FORMATS, type ImportFormat, type ImportOptions, type ImportResult } from './import/import-articles.js';
export { articleFromRecord, FIELD_ALIASES, type ImportedArticle, type ImportSkip, type ImportField } from './import/imported.js';
export { articleFromHtml } from './import/html.js';
export { writeImported, toCorpusFile, corpusFileName, type WriteResult } from './import/write-imported.js';
