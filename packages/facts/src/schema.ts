/**
 * The flat tables of the map step: one row per article, hit, speaker, term, shingle and
 * boilerplate span. Every row has one encoding (no optional alternative fields); a value the
 * article does not have is NULL. `idx` is the article's position in the sorted corpus scan, the
 * same in every shard, so any set of parts sorts into one order.
 */
export type ColumnType = 'INTEGER' | 'BIGINT' | 'VARCHAR';

export interface TableSchema {
  name: FactTable;
  columns: readonly (readonly [string, ColumnType])[];
}

export type FactTable = 'articles' | 'hits' | 'voice_words' | 'terms' | 'shingles' | 'boilerplate';

export const FACT_TABLES: readonly TableSchema[] = [
  {
    name: 'articles',
    columns: [
      ['idx', 'INTEGER'], ['article', 'VARCHAR'], ['outlet', 'VARCHAR'], ['title', 'VARCHAR'], ['date', 'VARCHAR'], ['date_precision', 'VARCHAR'],
      ['url', 'VARCHAR'], ['path', 'VARCHAR'], ['sha256', 'VARCHAR'], ['bytes', 'INTEGER'], ['word_tokens', 'INTEGER'], ['title_word_tokens', 'INTEGER'],
      ['boilerplate_tokens', 'INTEGER'], ['shingles', 'INTEGER'],
      // where the article's lines of data/evidence.csv are: part file (writer id), byte offset, byte length
      ['evidence_part', 'VARCHAR'], ['evidence_offset', 'BIGINT'], ['evidence_bytes', 'INTEGER'],
      // the article's language (ISO 639-1, front matter or outlet.yaml): distinctive terms and text reuse stay within one
      ['language', 'VARCHAR'],
    ],
  },
  {
    name: 'hits',
    columns: [
      ['idx', 'INTEGER'], ['ord', 'INTEGER'], ['id', 'VARCHAR'], ['article', 'VARCHAR'], ['outlet', 'VARCHAR'], ['kind', 'VARCHAR'], ['category', 'VARCHAR'],
      ['label', 'VARCHAR'], ['term', 'VARCHAR'], ['match', 'VARCHAR'], ['sentence', 'VARCHAR'], ['sentence_start', 'INTEGER'], ['sentence_end', 'INTEGER'],
      ['start', 'INTEGER'], ['end', 'INTEGER'], ['voice', 'VARCHAR'], ['speaker', 'VARCHAR'], ['speaker_group', 'VARCHAR'], ['cue', 'VARCHAR'],
      ['section', 'VARCHAR'], ['excluded', 'VARCHAR'], ['negation', 'VARCHAR'],
    ],
  },
  { name: 'voice_words', columns: [['idx', 'INTEGER'], ['outlet', 'VARCHAR'], ['group', 'VARCHAR'], ['speaker', 'VARCHAR'], ['quoted_words', 'INTEGER'], ['reported_words', 'INTEGER']] },
  { name: 'terms', columns: [['idx', 'INTEGER'], ['outlet', 'VARCHAR'], ['stem', 'VARCHAR'], ['form', 'VARCHAR'], ['count', 'INTEGER']] },
  { name: 'shingles', columns: [['idx', 'INTEGER'], ['hash', 'BIGINT']] },
  { name: 'boilerplate', columns: [['idx', 'INTEGER'], ['start', 'INTEGER'], ['end', 'INTEGER'], ['reason', 'VARCHAR'], ['words', 'INTEGER']] },
];

/** Words per shingle for text reuse (5-word shingles: see aggregate's text-reuse notes). */
export const REUSE_SHINGLE_SIZE = 5;
