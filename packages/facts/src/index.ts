export { FACT_TABLES, STORE_COLUMNS, REUSE_SHINGLE_SIZE, type FactTable, type TableSchema, type ColumnType } from './schema.js';
export { articleFacts, distinctHashes, type FactsInput } from './article-facts.js';
export { PartWriter, partFile, readerFile } from './part-writer.js';
export { shardOf, parseShard, type Shard } from './shard.js';
export { field, line } from './csv.js';
