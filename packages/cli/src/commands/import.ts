import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import { IMPORT_FORMATS, importArticles, InputError, parseFieldMap, writeImported, type ImportFormat, type ImportSkip } from '@framelens/corpus';
import type { RegisterCommand } from '../command.js';
import { UsageError, type Io } from '../io.js';
import { requireRepoRoot, slugProblem } from './add-outlet.js';

export interface ImportCommandOptions {
  format?: ImportFormat;
  map?: string;
  force?: boolean;
}

export interface ImportCommandResult {
  /** paths relative to the repository root */
  written: string[];
  skipped: ImportSkip[];
  warnings: ImportSkip[];
}

/** Import files into an existing outlet folder. */
export async function importCommand(event: string, outletId: string, files: readonly string[], opts: ImportCommandOptions, io: Pick<Io, 'cwd'>): Promise<ImportCommandResult> {
  const root = await requireRepoRoot(io.cwd);
  const bad = [slugProblem(event, 'event', '<event>'), slugProblem(outletId, 'outlet id', '<outlet-id>')].filter((p) => p !== undefined);
  if (bad.length) throw new InputError(bad);
  let map: Record<string, string> | undefined;
  try {
    map = opts.map !== undefined ? parseFieldMap(opts.map) : undefined;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const dir = path.join(root, 'corpus', event, outletId);
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  if (!(await readFile(path.join(dir, 'outlet.yaml')).then(() => true, () => false))) {
    throw new InputError([
      {
        file: rel(path.join(dir, 'outlet.yaml')),
        severity: 'error',
        message: `there is no outlet "${outletId}" in ${event} yet`,
        expected: 'an outlet created with add-outlet before importing into it',
        example: `framelens add-outlet ${event} ${outletId} --name "…"`,
      },
    ]);
  }
  const imported = await importArticles(files, { cwd: io.cwd, ...(opts.format ? { format: opts.format } : {}), ...(map ? { map } : {}) });
  const written = await writeImported(dir, imported.articles, { force: opts.force ?? false });
  return {
    written: written.written.map(rel),
    skipped: [...imported.skipped, ...written.skipped.map((s) => ({ source: rel(s.path), reason: s.reason }))],
    warnings: imported.warnings,
  };
}

export const register: RegisterCommand = (program, { io, setExit }) => {
  program
    .command('import')
    .description('import articles (txt, md, jsonl, csv, news-please json, saved html) into an outlet folder')
    .argument('<event>', 'event folder under corpus/')
    .argument('<outlet-id>', 'outlet folder (create it first with add-outlet)')
    .argument('<files...>', 'files to import')
    .addOption(new Option('--format <format>', 'input format; auto decides by file extension').choices(IMPORT_FORMATS).default('auto'))
    .option('--map <mapping>', 'which input field holds what, for jsonl/csv/md: text=…,title=…,date=…,url=…,author=…,language=…')
    .option('--force', 'overwrite corpus files that already exist with different content')
    .option('--quiet', 'print nothing but errors')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  $ framelens import kazakhstan-2022 taz ~/Downloads/artikel.html\n  $ framelens import kazakhstan-2022 taz export.csv --map text=body,title=headline,date=published\n\nExit code 1 when an input was refused (empty text, not text, no such column) or a different file exists without --force.',
    )
    .action(async (event: string, outletId: string, files: string[], opts: ImportCommandOptions & { quiet?: boolean; json?: boolean }) => {
      const result = await importCommand(event, outletId, files, opts, io);
      const refused = result.skipped.filter((s) => !s.reason.startsWith('already imported'));
      if (refused.length > 0) setExit(1);
      if (opts.json) {
        io.stdout(JSON.stringify({ ok: refused.length === 0, ...result }, null, 2));
        return;
      }
      if (!opts.quiet) {
        io.stdout(`wrote ${result.written.length} file${result.written.length === 1 ? '' : 's'}${result.written.length ? ':' : ''}`);
        for (const file of result.written) io.stdout(`  ${file}`);
        for (const w of result.warnings) io.stdout(`note: ${w.source}: ${w.reason}`);
      }
      if (result.skipped.length) {
        const print = refused.length ? io.stderr : io.stdout;
        if (refused.length || !opts.quiet) print(`skipped ${result.skipped.length}:`);
        for (const s of result.skipped) if (refused.includes(s) || !opts.quiet) print(`  ${s.source}: ${s.reason}`);
      }
    });
};
