/** The files of validation/<pipeline>/: samples (CSV, key, meta, page) and agreement.json. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath, InputError } from '@framelens/diagnostics';
import type { AgreementSummary, KeyRow } from './agreement.js';
import { parseCsv } from './csv.js';
import type { SampleMeta } from './sample.js';

/** validation/<pipeline> under the repository root. */
export const validationDir = (repoRoot: string, pipeline: string) => path.join(repoRoot, 'validation', pipeline);

export const AGREEMENT_FILE = 'agreement.json';

export const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Dates of the samples in a folder, oldest first ([] when there is none). */
export async function sampleDates(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names
    .map((n) => /^sample-(\d{4}-\d{2}-\d{2})\.json$/.exec(n)?.[1])
    .filter((d): d is string => d !== undefined)
    .sort();
}

export interface LoadedSample {
  meta: SampleMeta;
  key: KeyRow[];
  /** the coder's file name, e.g. sample-2026-12-07.csv */
  sampleFile: string;
}

/** Read a sample's meta and key files. */
export async function loadSample(dir: string, date: string, repoRoot = dir): Promise<LoadedSample> {
  const base = path.join(dir, `sample-${date}`);
  const read = async (file: string) => {
    try {
      return await readFile(file, 'utf8');
    } catch {
      throw new InputError([{ file: displayPath(file, repoRoot), severity: 'error', ruleId: 'validation/no-sample', message: 'missing or unreadable: a sample is four files written together', expected: `sample-${date}.csv, .key.csv, .json and .html from framelens sample`, example: `framelens sample <pipeline> --date ${date} --force   (draws it again: with the same seed and analysis, the same items)` }]);
    }
  };
  let meta: SampleMeta;
  try {
    meta = JSON.parse(await read(`${base}.json`)) as SampleMeta;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([{ file: displayPath(`${base}.json`, repoRoot), severity: 'error', ruleId: 'validation/no-sample', message: `cannot be read as JSON (${(error as Error).message})`, expected: 'the file as framelens sample wrote it' }]);
  }
  const key = parseCsv(await read(`${base}.key.csv`)).rows.map(({ values: r }) => ({
    item: r.item!,
    kind: r.kind === 'negative' ? ('negative' as const) : ('hit' as const),
    frame: r.frame!,
    term: r.term ?? '',
    voice: r.voice ?? '',
  }));
  return { meta, key, sampleFile: `sample-${date}.csv` };
}

/** The agreement written by `framelens agreement`, or undefined when the pipeline has none. */
export async function readAgreement(dir: string): Promise<AgreementSummary | undefined> {
  try {
    return JSON.parse(await readFile(path.join(dir, AGREEMENT_FILE), 'utf8')) as AgreementSummary;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Coding files named in the agreement whose content changed or that are gone since it was
 * computed (paths relative to the repository root).
 */
export async function changedCodingFiles(repoRoot: string, summary: AgreementSummary): Promise<string[]> {
  const changed: string[] = [];
  for (const f of summary.files) {
    try {
      if (sha256(await readFile(path.resolve(repoRoot, f.path))) !== f.sha256) changed.push(f.path);
    } catch {
      changed.push(f.path);
    }
  }
  return changed;
}

/**
 * Terms of the current lexicon that the sample behind `summary` never saw (added since): the
 * counts of these terms are not validated. Frames as in report.json / the lexicon.
 */
export function termsSinceSample(meta: SampleMeta, frames: readonly { id: string; terms: readonly string[] }[]): { frame: string; term: string }[] {
  const known = new Set(meta.frames.flatMap((f) => f.terms.map((t) => `${f.id}\u0000${t}`)));
  return frames.flatMap((f) => f.terms.filter((t) => !known.has(`${f.id}\u0000${t}`)).map((term) => ({ frame: f.id, term })));
}
