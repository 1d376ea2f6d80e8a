import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import { stringify } from 'yaml';
import { findRepoRoot, InputError, isSlug, outletFileSchema, outletKindSchema, slugify, type Problem } from '@framelens/corpus';
import type { RegisterCommand } from '../command.js';
import type { Io } from '../io.js';

export interface AddOutletOptions {
  name: string;
  country?: string;
  kind?: string;
  url?: string;
  language?: string;
  attribution?: string;
  evidence?: string;
}

/** The repository root above `cwd`, or an InputError saying where to run the command. */
export async function requireRepoRoot(cwd: string): Promise<string> {
  const root = await findRepoRoot(cwd);
  if (root === undefined) {
    throw new InputError([
      {
        file: cwd,
        severity: 'error',
        message: 'not inside a framelens repository: no pnpm-workspace.yaml in this folder or above it',
        example: 'cd ~/framelens && framelens add-outlet kazakhstan-2022 taz --name "taz"',
      },
    ]);
  }
  return root;
}

/** A problem for an id given on the command line that is not a slug. */
export function slugProblem(value: string, what: string, field: string): Problem | undefined {
  if (isSlug(value)) return undefined;
  const suggestion = slugify(value);
  return {
    file: '(command line)',
    field,
    severity: 'error',
    message: `the ${what} "${value}" is not a safe id`,
    expected: 'lower-case letters, digits and single hyphens (it becomes a folder name)',
    example: suggestion ? suggestion : 'kleine-zeitung',
  };
}

/** Write `corpus/<event>/<outlet-id>/outlet.yaml`; refuses unsafe ids and existing outlets. Returns the file written. */
export async function addOutlet(event: string, outletId: string, opts: AddOutletOptions, io: Pick<Io, 'cwd'>): Promise<string> {
  const root = await requireRepoRoot(io.cwd);
  const problems = [slugProblem(event, 'event', '<event>'), slugProblem(outletId, 'outlet id', '<outlet-id>')].filter((p): p is Problem => p !== undefined);
  const data = {
    name: opts.name,
    ...(opts.country !== undefined ? { country: opts.country } : {}),
    ...(opts.language !== undefined ? { language: opts.language } : {}),
    ...(opts.kind !== undefined ? { kind: opts.kind } : {}),
    ...(opts.url !== undefined ? { url: opts.url } : {}),
    attribution: { status: opts.attribution ?? 'confirmed', ...(opts.evidence !== undefined ? { evidence: opts.evidence } : {}) },
  };
  const parsed = outletFileSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[issue.path.length - 1] ?? '');
      const flag = key === 'status' ? '--attribution' : `--${key}`;
      problems.push({ file: '(command line)', field: flag, severity: 'error', message: issue.message, example: OPTION_EXAMPLES[flag] ?? EXAMPLE });
    }
  }
  if (problems.length) throw new InputError(problems);

  const dir = path.join(root, 'corpus', event, outletId);
  const file = path.join(dir, 'outlet.yaml');
  const shown = path.relative(root, file).split(path.sep).join('/');
  if (await readFile(file).then(() => true, () => false)) {
    throw new InputError([
      { file: shown, severity: 'error', message: `the outlet "${outletId}" already exists in ${event}`, expected: 'a new outlet id, or edit the existing outlet.yaml', example: `${outletId}-2` },
    ]);
  }
  const yaml = `# framelens outlet: fields are described in packages/corpus/README.md\n${stringify(parsed.data, { lineWidth: 100 })}`;
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.outlet.yaml.tmp-${process.pid}`);
  try {
    await writeFile(temp, yaml);
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
  return file;
}

const EXAMPLE = 'framelens add-outlet kazakhstan-2022 kleine-zeitung --name "Kleine Zeitung" --country AT --kind daily';
const OPTION_EXAMPLES: Record<string, string> = {
  '--country': '--country AT',
  '--kind': `--kind daily   (one of ${outletKindSchema.options.join(', ')})`,
  '--url': '--url https://www.kleinezeitung.at/',
  '--language': '--language de',
  '--attribution': '--attribution inferred --evidence "dpa house style: «…» quotes"',
  '--evidence': '--evidence "same text at nd-aktuell.de/artikel/1160198"',
  '--name': '--name "Kleine Zeitung"',
};

export const register: RegisterCommand = (program, { io }) => {
  program
    .command('add-outlet')
    .description('create corpus/<event>/<outlet-id>/outlet.yaml for a new outlet')
    .argument('<event>', 'event folder under corpus/ (a slug, created when new)')
    .argument('<outlet-id>', 'outlet folder name (a slug)')
    .requiredOption('--name <name>', 'display name, e.g. "Kleine Zeitung"')
    .option('--country <code>', 'ISO 3166 two-letter code, e.g. AT')
    .addOption(new Option('--kind <kind>', 'kind of outlet').choices(outletKindSchema.options))
    .option('--url <url>', 'the outlet\'s home page (http or https)')
    .option('--language <code>', 'ISO 639 language code (default de)')
    .addOption(new Option('--attribution <status>', 'confirmed: the text was found at the outlet; inferred: attributed from style or context').choices(['confirmed', 'inferred']))
    .option('--evidence <text>', 'why the articles are attributed to this outlet')
    .option('--quiet', 'print nothing but errors')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', `\nExample:\n  $ ${EXAMPLE}\n  $ framelens add-outlet kazakhstan-2022 dpa-wire --name "dpa wire copy" --kind wire --attribution inferred --evidence "«…» quotes, agency sources"`)
    .action(async (event: string, outletId: string, opts: AddOutletOptions & { quiet?: boolean; json?: boolean }) => {
      const file = await addOutlet(event, outletId, opts, io);
      const root = (await findRepoRoot(io.cwd)) ?? io.cwd;
      const shown = path.relative(root, file).split(path.sep).join('/');
      if (opts.json) io.stdout(JSON.stringify({ ok: true, file: shown }, null, 2));
      else if (!opts.quiet) {
        io.stdout(`created ${shown}`);
        io.stdout(`next: framelens import ${event} ${outletId} <files…>   (txt, md, jsonl, csv, news-please json, saved html)`);
      }
    });
};
