/**
 * The one place that reads an analysis's output (data/hits.parquet, data/articles.parquet and report.json in the report
 * folder). When the hit table moves, only this file changes.
 */
import { readFile } from 'node:fs/promises';
import { displayPath, InputError } from '@framelens/diagnostics';
import path from 'node:path';
import { readHits, readParquet } from '@framelens/aggregate';
import type { FrameInfo, HitRecord } from './types.js';

export interface AnalysisOutput {
  pipeline: string;
  frames: FrameInfo[];
  /** frame hits the analysis counted (rows it excluded, e.g. captions, are left out) */
  hits: HitRecord[];
  /** lexicon file and hash the analysis used */
  lexicon: { path: string; sha256: string };
  /** article id → corpus file (relative to the repository root) */
  articlePaths: Map<string, string>;
}

/** The columns of data/hits.parquet the sample needs, under HitRecord's names (integers as numbers). */
const HIT_COLUMNS =
  'id, article, outlet, category AS frame, term, "match", sentence, sentence_start::DOUBLE AS "sentenceStart", sentence_end::DOUBLE AS "sentenceEnd", "start"::DOUBLE AS "start", "end"::DOUBLE AS "end", voice, speaker, section';
type HitRow = Omit<HitRecord, 'speaker' | 'section'> & { speaker: string | null; section: string | null };

interface ReportJson {
  pipeline: string;
  lexicon: { frames: { id: string; label: string; description?: string; terms: string[] }[] };
  provenance: { lexicon: { path: string; sha256: string } };
}

/** Read the hits of the analysis in `reportDir`; a clear error when the pipeline has not been analysed. */
export async function readAnalysis(reportDir: string, repoRoot = reportDir): Promise<AnalysisOutput> {
  const jsonFile = path.join(reportDir, 'report.json');
  const hitsFile = path.join(reportDir, 'data', 'hits.parquet');
  let report: ReportJson;
  let rows: HitRow[];
  let articles: { article: string; path: string }[];
  try {
    report = JSON.parse(await readFile(jsonFile, 'utf8')) as ReportJson;
    // the counted frame hits (excluded: captions, negated, collapsed syndication), in the analysis's order
    rows = await readHits<HitRow>(hitsFile, (t) => `SELECT ${HIT_COLUMNS} FROM ${t} WHERE kind = 'frame' AND excluded IS NULL`);
    // every article's file (report.json lists only the articles its page shows)
    articles = await readParquet<{ article: string; path: string }>(path.join(reportDir, 'data', 'articles.parquet'), (t) => `SELECT article, path FROM ${t} WHERE path IS NOT NULL`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) {
      throw new InputError([
        {
          file: displayPath(path.join(reportDir, error instanceof SyntaxError ? 'report.json' : path.relative(reportDir, (error as NodeJS.ErrnoException).path ?? jsonFile)), repoRoot),
          severity: 'error',
          ruleId: 'validation/no-analysis',
          message: error instanceof SyntaxError ? `cannot be read as JSON (${error.message})` : 'missing: the pipeline has not been analysed (the sample is drawn from the hits of an analysis)',
          expected: 'report.json, data/hits.parquet and data/articles.parquet written by framelens analyze',
          example: 'pnpm analyze   (or: framelens analyze pipelines/<name>)',
        },
      ]);
    }
    throw error;
  }
  const hits = rows.map((r): HitRecord => ({ ...r, speaker: r.speaker ?? '', section: r.section ?? '' }));
  return {
    pipeline: report.pipeline,
    frames: report.lexicon.frames.map((f) => ({ id: f.id, label: f.label, description: f.description ?? '', terms: f.terms })),
    hits,
    lexicon: report.provenance.lexicon,
    articlePaths: new Map(articles.map((a) => [a.article, a.path])),
  };
}
