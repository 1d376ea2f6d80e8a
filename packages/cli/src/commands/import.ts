import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import { IMPORT_FORMATS, importArticles, parseDateOption, parseFieldMap, writeImported, type ImportFormat, type ImportSkip } from '@framelens/corpus';
import { InputError } from '@framelens/diagnostics';
import type { RegisterCommand } from '../command.js';
import { UsageError, type Io } from '../io.js';
import { requireRepoRoot, slugProblem } from './add-outlet.js';

export interface ImportCommandOptions {
  format?: ImportFormat;
  map?: string;
  force?: boolean;
  /** YYYY-MM-DD for articles without a date of their own */
  date?: string;
}

export interface ImportCommandResult {
  /** paths relative to the repository root */
  written: string[];
  /** existing files replaced with --force (the article the same source or URL produced, or the same text with new metadata) */
  replaced: string[];
  skipped: ImportSkip[];
  warnings: ImportSkip[];
  /** written or replaced articles that have no date (paths relative to the repository root) */
  undated: string[];
}

/** Import files into an existing outlet folder. */
export async function importCommand(event: string, outletId: string, files: readonly string[], opts: ImportCommandOptions, io: Pick<Io, 'cwd'>): Promise<ImportCommandResult> {
  const root = await requireRepoRoot(io.cwd);
  const bad = [slugProblem(event, 'event', '<event>'), slugProblem(outletId, 'outlet id', '<outlet-id>')].filter((p) => p !== undefined);
  if (bad.length) throw new InputError(bad);
  let map: Record<string, string> | undefined;
  let date: string | undefined;
  try {
    map = opts.map !== undefined ? parseFieldMap(opts.map) : undefined;
    date = opts.date !== undefined ? parseDateOption(opts.date) : undefined;
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
        ruleId: 'command/not-found',
        message: `there is no outlet "${outletId}" in ${event} yet`,
        expected: 'an outlet created with add-outlet before importing into it',
        example: `framelens add-outlet ${event} ${outletId} --name "…"`,
      },
    ]);
  }
  const imported = await importArticles(files, { cwd: io.cwd, ...(opts.format ? { format: opts.format } : {}), ...(map ? { map } : {}), ...(date !== undefined ? { date } : {}) });
  const written = await writeImported(dir, imported.articles, { force: opts.force ?? false });
  const stored = new Set([...written.written, ...written.replaced]);
  const undated = imported.articles
    .map((article, i) => ({ article, target: written.targets[i] }))
    .filter(({ article, target }) => article.date === undefined && target !== undefined && stored.has(target))
    .map(({ target }) => rel(target!));
  return {
    written: written.written.map(rel),
    replaced: written.replaced.map(rel),
    skipped: [...imported.skipped, ...written.skipped.map((s) => ({ source: rel(s.path), reason: s.reason }))],
    warnings: [...imported.warnings, ...written.warnings.map((w) => ({ source: rel(w.path), reason: w.reason }))],
    undated,
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
    .option('--date <YYYY-MM-DD>', 'date for articles that have none of their own (no date field, no dateline)')
    .option('--force', 'replace the stored article that the same source file (or URL) produced earlier, or update the metadata of one with the same text; never another article')
    .option('--quiet', 'print nothing but errors')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  $ framelens import kazakhstan-2022 taz ~/Downloads/artikel.html\n  $ framelens import kazakhstan-2022 taz export.csv --map text=body,title=headline,date=published\n  $ framelens import belarus-2020 taz bericht.txt --date 2020-08-16\n\nA file with a new text whose name is taken gets the next free suffix (-2, -3 …); a text that is stored already is skipped.\nExit code 1 when an input was refused (empty text, not text, no such column) or the same source was imported before with a different text and --force was not given.',
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
        if (result.replaced.length) io.stdout(`replaced ${result.replaced.length} file${result.replaced.length === 1 ? '' : 's'} (--force):`);
        for (const file of result.replaced) io.stdout(`  ${file}`);
        for (const w of result.warnings) io.stdout(`note: ${w.source}: ${w.reason}`);
        if (result.undated.length) {
          const n = result.undated.length;
          io.stdout(`note: ${n} article${n === 1 ? ' has' : 's have'} no date (no date field, no dateline like "Minsk, 16. August 2020."): ${result.undated.slice(0, 10).join(', ')}${n > 10 ? ` and ${n - 10} more` : ''}`);
          io.stdout('  give one with --date YYYY-MM-DD (e.g. --date 2022-01-07) when importing, or add date: "2022-01-07" to the front matter');
        }
      }
      if (result.skipped.length) {
        const print = refused.length ? io.stderr : io.stdout;
        if (refused.length || !opts.quiet) print(`skipped ${result.skipped.length}:`);
        for (const s of result.skipped) if (refused.includes(s) || !opts.quiet) print(`  ${s.source}: ${s.reason}`);
      }
    });
};
