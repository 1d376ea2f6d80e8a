import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { displayPath, InputError, isInside, shellQuote, type Problem } from '@framelens/diagnostics';
import { parse } from 'yaml';
import type { PipelineConfig } from './pipeline-config.js';

/** Another pipeline's name and resolved output folder (from its pipeline.yaml, read leniently). */
interface OtherOutput {
  name: string;
  file: string;
  outputDir: string;
}

/**
 * Refuse, before anything is written, an output folder that analyze's swap would destroy
 * something with: one inside or holding another pipeline's output, one inside or holding the
 * corpus, a file (or a path through a file). The message names both pipelines.
 */
export async function checkOutputOverlap(config: PipelineConfig): Promise<void> {
  const root = config.repoRoot;
  const show = (p: string) => displayPath(p, root);
  const output = config.outputDir;
  const source = await readFile(config.file, 'utf8').catch(() => '');
  const line = source.split(/\r?\n/).findIndex((l) => /^output\s*:/.test(l));
  const at = { file: show(config.file), ...(line >= 0 ? { line: line + 1 } : {}), field: 'output', severity: 'error' as const, ruleId: 'pipeline/output-overlap' as const };
  const example = `output: ../../reports/${config.name}`;
  const expected = "a folder of its own inside reports/, outside every other pipeline's output and the corpus";
  const problems: Problem[] = [];
  for (const other of await otherOutputs(config)) {
    const relation = other.outputDir === output ? 'is also the output of' : isInside(other.outputDir, output) ? `is inside ${show(other.outputDir)}, the output of` : isInside(output, other.outputDir) ? `holds ${show(other.outputDir)}, the output of` : undefined;
    if (!relation) continue;
    problems.push({
      ...at,
      message: `${show(output)} ${relation} pipeline "${other.name}" (${show(other.file)}): a run of pipeline "${config.name}" would replace or delete pipeline "${other.name}"'s report`,
      expected,
      example,
    });
  }
  if (isInside(config.corpusDir, output) || isInside(output, config.corpusDir) || output === config.corpusDir) {
    problems.push({ ...at, message: `${show(output)} overlaps the corpus ${show(config.corpusDir)} of pipeline "${config.name}": writing the report would replace articles`, expected, example });
  }
  const file = await firstFileOnPath(root, output);
  if (file) {
    problems.push({
      ...at,
      message: file === output ? `${show(output)} is a file, not a folder: analyze would delete it` : `${show(output)} cannot be a folder: ${show(file)} is a file`,
      expected,
      example: `move the file away (mv ${shellQuote(show(file))} ${shellQuote(`${show(file)}.bak`)}), or ${example}`,
    });
  }
  if (problems.length) throw new InputError(problems);
}

/** The outputs of the other pipelines under <repo>/pipelines/ (those whose pipeline.yaml names one). */
async function otherOutputs(config: PipelineConfig): Promise<OtherOutput[]> {
  const dir = path.join(config.repoRoot, 'pipelines');
  const names = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: OtherOutput[] = [];
  for (const entry of names) {
    const pipelineDir = path.join(dir, entry.name);
    if (!entry.isDirectory() || pipelineDir === config.dir) continue;
    const file = path.join(pipelineDir, 'pipeline.yaml');
    let value: unknown;
    try {
      value = parse(await readFile(file, 'utf8'), { maxAliasCount: 100 });
    } catch {
      continue; // its own analyze reports what is wrong with it
    }
    const output = (value as { output?: unknown } | null)?.output;
    if (typeof output === 'string' && output !== '') out.push({ name: entry.name, file, outputDir: path.resolve(pipelineDir, output) });
  }
  return out;
}

/** The first path from `root` down to `target` (both included) that is a file, not a folder. */
async function firstFileOnPath(root: string, target: string): Promise<string | undefined> {
  const parts = path.relative(root, target).split(path.sep).filter(Boolean);
  let p = root;
  for (const part of ['', ...parts]) {
    p = part ? path.join(p, part) : p;
    const s = await stat(p).catch(() => undefined);
    if (!s) return undefined;
    if (!s.isDirectory()) return p;
  }
  return undefined;
}
