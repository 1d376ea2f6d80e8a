export * from './schema.js';
export { isSlug, slugify, SLUG_PATTERN } from './slug.js';
// problems and file helpers live in @framelens/diagnostics; re-exported for code that imports them from here
export {
  formatProblem,
  InputError,
  findRepoRoot,
  isInside,
  displayPath,
  parseYaml,
  yamlSyntaxProblems,
  zodProblems,
  closestField,
  lineOfPath,
  decodeText,
  decodeProblem,
  printable,
  shellQuote,
  pushAll,
  aliasExpansionMessage,
  yamlSize,
  MAX_ALIAS_EXPANSION,
  type Problem,
  type FieldHelp,
  type ParsedYaml,
  type ZodProblemContext,
  type DecodeResult,
  type TextEncodingName,
} from '@framelens/diagnostics';
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
export {
  importArticles,
  articleFromTxt,
  parseDateOption,
  parseFieldMap,
  IMPORT_FORMATS,
  IMPORT_PRESETS,
  IMPORT_PRESET_NAMES,
  type ImportFormat,
  type ImportOptions,
  type ImportPreset,
  type ImportResult,
} from './import/import-articles.js';
export { articleFromRecord, FIELD_ALIASES, MAP_FIELDS, type ImportedArticle, type ImportSkip, type ImportField, type MapField } from './import/imported.js';
export { articleFromHtml } from './import/html.js';
export { writeImported, toCorpusFile, corpusFileName, type WriteResult } from './import/write-imported.js';
