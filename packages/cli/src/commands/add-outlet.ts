import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { isSlug, outletFileSchema, outletKindSchema, slugify } from '@framelens/corpus';
import { findRepoRoot, formatProblem, InputError, languageCodeFor, type Problem } from '@framelens/diagnostics';
import type { RegisterCommand } from '../command.js';
import { UsageError, type Io } from '../io.js';

export interface AddOutletOptions {
  /** required: checked with every other option, so that all problems are listed at once */
  name?: string;
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
        ruleId: 'command/not-in-repo',
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
    ruleId: 'command/argument',
    message: `the ${what} "${value}" is not a safe id`,
    expected: 'lower-case letters, digits and single hyphens (it becomes a folder name)',
    example: suggestion ? suggestion : 'kleine-zeitung',
  };
}

/** Write `corpus/<event>/<outlet-id>/outlet.yaml`; refuses unsafe ids and existing outlets. Returns the file written. */
export async function addOutlet(event: string | undefined, outletId: string | undefined, opts: AddOutletOptions, io: Pick<Io, 'cwd'>): Promise<string> {
  const root = await requireRepoRoot(io.cwd);
  // every problem with the command line in one run: ids, then each option in the order of --help
  const problems: Problem[] = [];
  for (const [value, what, field, example] of [
    [event, 'event', '<event>', 'kazakhstan-2022'],
    [outletId, 'outlet id', '<outlet-id>', 'kleine-zeitung'],
  ] as const) {
    const problem = value === undefined
      ? { file: '(command line)', field, severity: 'error' as const, ruleId: 'command/argument' as const, message: `the ${what} is missing`, expected: `framelens add-outlet <event> <outlet-id> --name "…": the ${what} is a lower-case slug`, example: example }
      : slugProblem(value, what, field);
    if (problem) problems.push(problem);
  }
  if (opts.name === undefined || opts.name.trim() === '') problems.push(optionProblem('--name', opts.name === undefined ? 'is required' : 'must not be empty', opts.name));
  const data = {
    name: opts.name ?? '',
    ...(opts.country !== undefined ? { country: opts.country } : {}),
    ...(opts.language !== undefined ? { language: opts.language } : {}),
    ...(opts.kind !== undefined ? { kind: opts.kind } : {}),
    ...(opts.url !== undefined ? { url: opts.url } : {}),
    // confirmed only when the user says why (or says so): never a badge the user did not assert
    attribution: { status: opts.attribution ?? (opts.evidence !== undefined ? 'confirmed' : 'unverified'), ...(opts.evidence !== undefined ? { evidence: opts.evidence } : {}) },
  };
  const parsed = outletFileSchema.safeParse(data);
  if (!parsed.success) {
    const byFlag = new Map<string, string>();
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[issue.path.length - 1] ?? '');
      const flag = key === 'status' ? '--attribution' : `--${key}`;
      if (flag === '--name' || byFlag.has(flag)) continue;
      byFlag.set(flag, issue.code === 'invalid_value' ? `must be one of ${issue.values.map(String).join(', ')}` : flag === '--url' ? 'must be an http(s) URL' : issue.message);
    }
    const given: Record<string, string | undefined> = { '--country': opts.country, '--language': opts.language, '--kind': opts.kind, '--url': opts.url, '--attribution': opts.attribution, '--evidence': opts.evidence };
    for (const flag of Object.keys(OPTION_HELP)) {
      const message = byFlag.get(flag);
      if (message !== undefined) problems.push(optionProblem(flag, message, given[flag]));
    }
  }
  const dir = path.join(root, 'corpus', event ?? '', outletId ?? '');
  const file = path.join(dir, 'outlet.yaml');
  const shown = path.relative(root, file).split(path.sep).join('/');
  if (event !== undefined && outletId !== undefined && isSlug(event) && isSlug(outletId) && (await readFile(file).then(() => true, () => false))) {
    problems.push({ file: shown, severity: 'error', ruleId: 'command/exists', message: `the outlet "${outletId}" already exists in ${event}`, expected: 'a new outlet id, or edit the existing outlet.yaml', example: `${outletId}-2` });
  }
  // a missing argument is wrong usage (exit 2), still with every other problem listed
  if (event === undefined || outletId === undefined) {
    throw new UsageError(`missing ${[event === undefined ? '<event>' : '', outletId === undefined ? '<outlet-id>' : ''].filter(Boolean).join(' and ')}; every problem with this command line:\n${problems.map(formatProblem).join('\n')}`);
  }
  if (problems.length || !parsed.success) throw new InputError(problems);

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

/** A wrong option value: what was given, what is expected, and an example (with a guess when there is one). */
function optionProblem(flag: string, message: string, value: string | undefined): Problem {
  const help = OPTION_HELP[flag]!;
  const guess =
    flag === '--country' && value !== undefined ? countryCode(value)
    : flag === '--language' && value !== undefined ? languageCodeFor(value)
    : flag === '--url' && value !== undefined && /^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/.test(value) ? `https://${value}${value.includes('/') ? '' : '/'}`
    : undefined;
  return {
    file: '(command line)',
    field: flag,
    severity: 'error',
    ruleId: 'command/argument',
    message: value !== undefined && message !== 'is required' ? `${message} (got ${JSON.stringify(value)})` : message,
    expected: help.expected,
    example: guess ? `${flag} ${guess}` : help.example,
  };
}

// country names a user may type instead of the code (German and English), for the example
const COUNTRIES: Record<string, string> = {
  deutschland: 'DE', germany: 'DE', österreich: 'AT', oesterreich: 'AT', austria: 'AT', schweiz: 'CH', switzerland: 'CH',
  frankreich: 'FR', france: 'FR', russland: 'RU', russia: 'RU', kasachstan: 'KZ', kazakhstan: 'KZ', belarus: 'BY', weißrussland: 'BY',
  ukraine: 'UA', polen: 'PL', poland: 'PL', italien: 'IT', italy: 'IT', luxemburg: 'LU', luxembourg: 'LU', liechtenstein: 'LI',
  'vereinigtes königreich': 'GB', 'united kingdom': 'GB', usa: 'US', 'united states': 'US',
};

function countryCode(value: string): string | undefined {
  const v = value.trim();
  if (/^[a-z]{2}$/i.test(v)) return v.toUpperCase();
  return COUNTRIES[v.toLowerCase()];
}

const EXAMPLE = 'framelens add-outlet kazakhstan-2022 kleine-zeitung --name "Kleine Zeitung" --country AT --kind daily';
const OPTION_HELP: Record<string, { expected: string; example: string }> = {
  '--name': { expected: 'the outlet\'s display name, different from the other outlets\' names', example: '--name "Kleine Zeitung"' },
  '--country': { expected: 'an ISO 3166 two-letter country code in capitals', example: '--country AT' },
  '--language': { expected: 'an ISO 639 language code in lower case', example: '--language de' },
  '--kind': { expected: `one of ${outletKindSchema.options.join(', ')}`, example: '--kind daily' },
  '--url': { expected: 'the outlet\'s home page, an http(s) URL', example: '--url https://www.kleinezeitung.at/' },
  '--attribution': { expected: 'confirmed (the text was found at the outlet), inferred (attributed from style or context) or unverified (nobody has checked)', example: '--attribution inferred --evidence "dpa house style: «…» quotes"' },
  '--evidence': { expected: 'a sentence saying why the articles belong to this outlet', example: '--evidence "same text at nd-aktuell.de/artikel/1160198"' },
};

export const register: RegisterCommand = (program, { io }) => {
  program
    .command('add-outlet')
    .description('create corpus/<event>/<outlet-id>/outlet.yaml for a new outlet')
    .usage('<event> <outlet-id> --name <name> [options]')
    // optional for commander: a missing one is listed with every other problem
    .argument('[event]', 'event folder under corpus/ (a slug, created when new; required)')
    .argument('[outlet-id]', 'outlet folder name (a slug; required)')
    .option('--name <name>', 'display name, e.g. "Kleine Zeitung" (required)')
    .option('--country <code>', 'ISO 3166 two-letter code, e.g. AT')
    // the values of --kind and --attribution are checked with the other options (every problem in one run), not by commander
    .option('--kind <kind>', `kind of outlet: ${outletKindSchema.options.join(', ')}`)
    .option('--url <url>', 'the outlet\'s home page (http or https)')
    .option('--language <code>', 'ISO 639 language code (default de)')
    .option('--attribution <status>', 'confirmed: the text was found at the outlet; inferred: attributed from style or context; unverified: nobody has checked (default without --evidence)')
    .option('--evidence <text>', 'why the articles are attributed to this outlet; with it the default attribution is confirmed')
    .option('--quiet', 'print nothing but errors')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', `\nExample:\n  $ ${EXAMPLE}\n  $ framelens add-outlet kazakhstan-2022 dpa-wire --name "dpa wire copy" --kind wire --attribution inferred --evidence "«…» quotes, agency sources"`)
    .action(async (event: string | undefined, outletId: string | undefined, opts: AddOutletOptions & { quiet?: boolean; json?: boolean }) => {
      const file = await addOutlet(event, outletId, opts, io);
      const root = (await findRepoRoot(io.cwd)) ?? io.cwd;
      const shown = path.relative(root, file).split(path.sep).join('/');
      if (opts.json) io.stdout(JSON.stringify({ ok: true, file: shown }, null, 2));
      else if (!opts.quiet) {
        io.stdout(`created ${shown}`);
        if (opts.attribution === undefined && opts.evidence === undefined) {
          io.stdout('attribution: unverified (no --evidence given); the report marks these articles as unverified until outlet.yaml says why they belong to the outlet');
        }
        io.stdout(`next: framelens import ${event!} ${outletId!} <files…>   (txt, md, jsonl, csv, news-please json, saved html)`);
      }
    });
};
