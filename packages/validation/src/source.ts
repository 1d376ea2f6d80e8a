/**
 * The one place that reads an analysis's output (today data/evidence.csv and report.json in the
 * report folder). When the hit table moves (e.g. to Parquet under data/), only this file changes.
 */
import { readFile } from 'node:fs/promises';
import { displayPath, InputError } from '@framelens/diagnostics';
import path from 'node:path';
import { parseCsv } from './csv.js';
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

interface ReportJson {
  pipeline: string;
  lexicon: { frames: { id: string; label: string; description?: string; terms: string[] }[] };
  provenance: { lexicon: { path: string; sha256: string } };
  articles: { article: string; path?: string }[];
}

/** Read the hits of the analysis in `reportDir`; a clear error when the pipeline has not been analysed. */
export async function readAnalysis(reportDir: string, repoRoot = reportDir): Promise<AnalysisOutput> {
  const jsonFile = path.join(reportDir, 'report.json');
  const csvFile = path.join(reportDir, 'data', 'evidence.csv');
  let report: ReportJson;
  let evidence: string;
  try {
    report = JSON.parse(await readFile(jsonFile, 'utf8')) as ReportJson;
    evidence = await readFile(csvFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) {
      throw new InputError([
        {
          file: displayPath(path.join(reportDir, error instanceof SyntaxError ? 'report.json' : path.relative(reportDir, (error as NodeJS.ErrnoException).path ?? jsonFile)), repoRoot),
          severity: 'error',
          ruleId: 'validation/no-analysis',
          message: error instanceof SyntaxError ? `cannot be read as JSON (${error.message})` : 'missing: the pipeline has not been analysed (the sample is drawn from the hits of an analysis)',
          expected: 'report.json and data/evidence.csv written by framelens analyze',
          example: 'pnpm analyze   (or: framelens analyze pipelines/<name>)',
        },
      ]);
    }
    throw error;
  }
  const hits: HitRecord[] = [];
  for (const { values: r } of parseCsv(evidence).rows) {
    if (r.kind !== 'frame' || r.excluded) continue;
    hits.push({
      id: r.id!,
      article: r.article!,
      outlet: r.outlet!,
      frame: r.category!,
      term: r.term!,
      match: r.match!,
      sentence: r.sentence!,
      sentenceStart: Number(r.sentenceStart),
      sentenceEnd: Number(r.sentenceEnd),
      start: Number(r.start),
      end: Number(r.end),
      voice: r.voice!,
      speaker: r.speaker ?? '',
      section: r.section ?? '',
    });
  }
  return {
    pipeline: report.pipeline,
    frames: report.lexicon.frames.map((f) => ({ id: f.id, label: f.label, description: f.description ?? '', terms: f.terms })),
    hits,
    lexicon: report.provenance.lexicon,
    articlePaths: new Map(report.articles.filter((a) => a.path).map((a) => [a.article, a.path!])),
  };
}
