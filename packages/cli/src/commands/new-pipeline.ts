import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, isInside } from '@framelens/diagnostics';
import type { RegisterCommand } from '../command.js';
import type { Io } from '../io.js';
import { analyzeInputs } from '../turbo-inputs.js';
import { requireRepoRoot, slugProblem } from './add-outlet.js';

export interface NewPipelineOptions {
  corpus: string;
  /** an existing lexicon file (relative to cwd) to use instead of a starter lexicon */
  lexicon?: string;
  title?: string;
}

const posix = (p: string) => p.split(path.sep).join('/');

export function starterLexicon(name: string): string {
  return `# yaml-language-server: $schema=../../packages/lexicon/lexicon.schema.json
#
# The lexicon of the "${name}" pipeline: the frames you look for, each with the terms that
# signal it. The format is described in packages/lexicon/README.md; your editor completes
# and checks this file through the schema line above. Run "framelens validate" after editing.

name: ${name}
language: de
version: 1
description: Frames for the ${name} corpus (describe the event here).

frames:
  # One entry per frame: an id (a slug), a short label, one sentence saying what it means,
  # and its terms. A plain term matches by stem, so "Protest" also finds "Proteste" and "Protesten".
  - id: protest
    label: Protest and unrest
    description: The events are described as protests or unrest by citizens.
    terms:
      - Proteste
      - Demonstranten
      - term: Unruhen
        # examples are checked by "framelens validate": each "match" text must contain a hit
        examples:
          match: [Die Unruhen weiteten sich auf das ganze Land aus]
  - id: security
    label: Security and order
    description: The events are described as a threat to security that the state must contain.
    terms:
      - Sicherheitskräfte
      - term: Ausnahmezustand
        source: write where a term comes from (an article, a dictionary) in "source"
`;
}

/** Scaffold pipelines/<name>/ (package.json, pipeline.yaml, lexicon.yaml, turbo.json). Returns the folder. */
export async function newPipeline(name: string, opts: NewPipelineOptions, io: Pick<Io, 'cwd'>): Promise<{ dir: string; files: string[] }> {
  const root = await requireRepoRoot(io.cwd);
  const bad = [slugProblem(name, 'pipeline name', '<name>'), slugProblem(opts.corpus, 'corpus event', '--corpus')].filter((p) => p !== undefined);
  if (bad.length) throw new InputError(bad);
  const dir = path.join(root, 'pipelines', name);
  const corpusDir = path.join(root, 'corpus', opts.corpus);
  const problems = [];
  if (await stat(dir).then(() => true, () => false)) {
    problems.push({ file: posix(path.relative(root, dir)), severity: 'error' as const, ruleId: 'command/exists' as const, message: `the pipeline "${name}" already exists`, example: `${name}-2` });
  }
  if (!(await stat(corpusDir).then((s) => s.isDirectory(), () => false))) {
    const events = await readdir(path.join(root, 'corpus'), { withFileTypes: true }).then((d) => d.filter((e) => e.isDirectory()).map((e) => e.name), () => []);
    problems.push({
      file: posix(path.relative(root, corpusDir)),
      field: '--corpus',
      severity: 'error' as const,
      ruleId: 'command/not-found' as const,
      message: `there is no corpus "${opts.corpus}"${events.length ? ` (there is: ${events.sort().join(', ')})` : ''}`,
      example: `framelens add-outlet ${opts.corpus} <outlet-id> --name "…"  creates it`,
    });
  }
  const lexiconFile = opts.lexicon !== undefined ? path.resolve(io.cwd, opts.lexicon) : path.join(dir, 'lexicon.yaml');
  if (opts.lexicon !== undefined && (!isInside(root, lexiconFile) || !(await stat(lexiconFile).then((s) => s.isFile(), () => false)))) {
    problems.push({ file: opts.lexicon, field: '--lexicon', severity: 'error' as const, ruleId: 'command/argument' as const, message: 'not a lexicon file inside the repository', example: '--lexicon pipelines/kazakhstan-2022/lexicon.yaml' });
  }
  const lexiconRef = posix(path.relative(dir, lexiconFile));
  if (problems.length) throw new InputError(problems);

  const files = new Map<string, string>();
  files.set(
    'package.json',
    `${JSON.stringify({ name: `@framelens/pipeline-${name}`, version: '0.1.0', private: true, type: 'module', scripts: { analyze: 'framelens analyze' }, devDependencies: { '@framelens/cli': 'workspace:*' } }, null, 2)}\n`,
  );
  files.set(
    'pipeline.yaml',
    `# A framelens pipeline: which corpus, which lexicon, where the report goes.
# Paths are relative to this folder and must stay inside the repository.
title: ${JSON.stringify(opts.title ?? `${opts.corpus}: how outlets framed it`)}
corpus: ../../corpus/${opts.corpus}
lexicon: ${lexiconRef}
output: ../../reports/${name}
# keep: count wire copy that two outlets share in both; collapse: count a shared passage once
syndication: keep
# how many evidence sentences per outlet × frame the HTML embeds (data/hits.parquet always has every hit)
evidencePerCell: 200
`,
  );
  if (opts.lexicon === undefined) files.set('lexicon.yaml', starterLexicon(name));
  files.set(
    'turbo.json',
    `${JSON.stringify(
      {
        $schema: 'https://turbo.build/schema.json',
        extends: ['//'],
        // the inputs `analyze` checks for (turbo-inputs.ts): pipeline.yaml, the lexicon, the corpus folder, validation/<name>
        tasks: { analyze: { inputs: analyzeInputs({ dir, repoRoot: root, file: path.join(dir, 'pipeline.yaml'), lexiconFile, corpusDir }).map((i) => i.input), outputs: [`$TURBO_ROOT$/reports/${name}/**`] } },
      },
      null,
      2,
    )}\n`,
  );

  // write into a staging folder, then rename: no half-made pipeline is left behind
  const staging = path.join(root, 'pipelines', `.${name}.staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    for (const [file, content] of files) await writeFile(path.join(staging, file), content);
    await rename(staging, dir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { dir, files: [...files.keys()].map((f) => posix(path.relative(root, path.join(dir, f)))) };
}

export const register: RegisterCommand = (program, { io }) => {
  program
    .command('new-pipeline')
    .description('scaffold pipelines/<name>/ (package.json, pipeline.yaml, starter lexicon, turbo.json) for a corpus')
    .argument('<name>', 'pipeline name (a slug); the report goes to reports/<name>/')
    .requiredOption('--corpus <event>', 'the corpus folder under corpus/')
    .option('--lexicon <path>', 'use an existing lexicon file instead of a starter lexicon')
    .option('--title <title>', 'report title')
    .option('--quiet', 'print nothing but errors')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  $ framelens new-pipeline belarus-2020 --corpus belarus-2020\n  $ framelens new-pipeline kazakhstan-collapsed --corpus kazakhstan-2022 --lexicon pipelines/kazakhstan-2022/lexicon.yaml')
    .action(async (name: string, opts: NewPipelineOptions & { quiet?: boolean; json?: boolean }) => {
      const result = await newPipeline(name, opts, io);
      if (opts.json) io.stdout(JSON.stringify({ ok: true, files: result.files }, null, 2));
      else if (!opts.quiet) {
        io.stdout(`created ${result.files.join(', ')}`);
        io.stdout('next: run "pnpm install" at the repository root so the workspace links the new pipeline,');
        io.stdout(`then "framelens validate pipelines/${name}" and "pnpm analyze".`);
      }
    });
};
