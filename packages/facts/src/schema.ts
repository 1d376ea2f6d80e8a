/**
 * The flat tables of the map step: one row per article, hit, speaker, term, shingle and
 * boilerplate span. Every row has one encoding (no optional alternative fields); a value the
 * article does not have is NULL. `idx` is the article's position in the sorted corpus scan, the
 * same in every shard, so any set of parts sorts into one order.
 */
export type ColumnType = 'INTEGER' | 'BIGINT' | 'VARCHAR' | 'BOOLEAN';

export interface TableSchema {
  name: FactTable;
  columns: readonly (readonly [string, ColumnType])[];
}

export type FactTable = 'articles' | 'hits' | 'sentences' | 'voice_words' | 'terms' | 'term_stems' | 'shingles' | 'boilerplate';

export const FACT_TABLES: readonly TableSchema[] = [
  {
    name: 'articles',
    columns: [
      ['idx', 'INTEGER'], ['article', 'VARCHAR'], ['outlet', 'VARCHAR'], ['title', 'VARCHAR'], ['date', 'VARCHAR'], ['date_precision', 'VARCHAR'],
      ['url', 'VARCHAR'], ['path', 'VARCHAR'], ['sha256', 'VARCHAR'], ['bytes', 'INTEGER'], ['word_tokens', 'INTEGER'], ['title_word_tokens', 'INTEGER'],
      ['boilerplate_tokens', 'INTEGER'], ['shingles', 'INTEGER'],
      // the article's language (ISO 639-1, front matter or outlet.yaml): distinctive terms and text reuse stay within one
      ['language', 'VARCHAR'],
    ],
  },
  {
    name: 'hits',
    columns: [
      // the hit's id, article and outlet are not written: the store derives them from idx (see STORE_COLUMNS);
      // nor its sentence's text: each sentence with a hit is written once, in `sentences`
      ['idx', 'INTEGER'], ['ord', 'INTEGER'], ['kind', 'VARCHAR'], ['category', 'VARCHAR'],
      ['label', 'VARCHAR'], ['term', 'VARCHAR'], ['match', 'VARCHAR'], ['sentence_start', 'INTEGER'], ['sentence_end', 'INTEGER'],
      ['start', 'INTEGER'], ['end', 'INTEGER'], ['voice', 'VARCHAR'], ['speaker', 'VARCHAR'], ['speaker_group', 'VARCHAR'], ['cue', 'VARCHAR'],
      ['section', 'VARCHAR'], ['excluded', 'VARCHAR'], ['negation', 'VARCHAR'],
    ],
  },
  // a sentence holding a hit, once per article (title: a sentence of the title, whose offsets are the title's)
  { name: 'sentences', columns: [['idx', 'INTEGER'], ['title', 'BOOLEAN'], ['start', 'INTEGER'], ['end', 'INTEGER'], ['text', 'VARCHAR']] },
  { name: 'voice_words', columns: [['idx', 'INTEGER'], ['group', 'VARCHAR'], ['speaker', 'VARCHAR'], ['quoted_words', 'INTEGER'], ['reported_words', 'INTEGER']] },
  // term counts totalled by each writer over a chunk of its articles (a key may recur in other chunks: the store sums)
  {
    name: 'terms',
    columns: [['outlet', 'VARCHAR'], ['language', 'VARCHAR'], ['stem', 'VARCHAR'], ['form', 'VARCHAR'], ['count', 'INTEGER'], ['articles', 'INTEGER']],
  },
  { name: 'term_stems', columns: [['outlet', 'VARCHAR'], ['language', 'VARCHAR'], ['stem', 'VARCHAR'], ['articles', 'INTEGER']] },
  { name: 'shingles', columns: [['idx', 'INTEGER'], ['hash', 'BIGINT']] },
  { name: 'boilerplate', columns: [['idx', 'INTEGER'], ['start', 'INTEGER'], ['end', 'INTEGER'], ['reason', 'VARCHAR'], ['words', 'INTEGER']] },
];

/**
 * Columns the store adds to a part table, derived from the article's row (joined on idx): a value
 * the same for every row of an article is written once, in `articles`. A hit's id is
 * `<article>#[title:]<start>-<end>:<kind>:<category>` (summariseArticle's evidence id).
 */
export const STORE_COLUMNS: Partial<Record<FactTable, string>> = {
  hits: `a.article || '#' || CASE WHEN p.section = 'title' THEN 'title:' ELSE '' END || p."start" || '-' || p."end" || ':' || p.kind || ':' || p.category AS id, a.article, a.outlet`,
  voice_words: 'a.outlet',
};

/** Words per shingle for text reuse (5-word shingles: see aggregate's text-reuse notes). */
export const REUSE_SHINGLE_SIZE = 5;
