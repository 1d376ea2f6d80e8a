import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import { IMPORT_FORMATS, IMPORT_PRESET_NAMES, IMPORT_PRESETS, importArticles, isSlug, parseDateOption, parseFieldMap, writeImported, type ImportFormat, type ImportPreset, type ImportSkip } from '@framelens/corpus';
import { InputError, printable, pushAll, shellQuote } from '@framelens/diagnostics';
import type { RegisterCommand } from '../command.js';
import { UsageError, type Io } from '../io.js';
import { describeHolder, withLock } from '../lock.js';
import { requireRepoRoot, slugProblem } from './add-outlet.js';
import { ensureOutlets, groupByOutlet, type OutletGroup } from './import-outlets.js';

/** The lock folder in an outlet folder while an import writes it (the corpus scan skips dot names). */
export const IMPORT_LOCK = '.import.lock';

export interface ImportCommandOptions {
  format?: ImportFormat;
  map?: string;
  /** a named column set (mediacloud, news-please); --map entries override it */
  preset?: ImportPreset;
  force?: boolean;
  /** YYYY-MM-DD for articles without a date of their own */
  date?: string;
}

export interface ImportCommandResult {
  /** paths relative to the repository root */
  written: string[];
  /** existing files replaced with --force (the article the same source or URL produced, or the same text with new metadata) */
  replaced: string[];
  /** with --force, files renamed because their title or date changed (the new file lists the old name in renamedFrom) */
  renamed: { from: string; to: string }[];
  skipped: ImportSkip[];
  warnings: ImportSkip[];
  /** written or replaced articles that have no date (paths relative to the repository root) */
  undated: string[];
  /** outlets this import created (multi-outlet import: --map outlet=… or a preset), and those it added to */
  outletsCreated: { id: string; name: string }[];
  outletsUsed: string[];
}

/** The field map of --preset and --map (a usage error when --map is malformed). */
export function importMap(opts: Pick<ImportCommandOptions, 'map' | 'preset'>): Record<string, string> | undefined {
  try {
    const given = opts.map !== undefined ? parseFieldMap(opts.map) : undefined;
    return opts.preset || given ? { ...(opts.preset ? IMPORT_PRESETS[opts.preset] : {}), ...given } : undefined;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * Import files into an outlet folder; with an outlet column (`--map outlet=media_name`, or a preset
 * that has one) `outletId` is undefined and each article goes into the outlet its row names.
 */
export async function importCommand(event: string, outletId: string | undefined, files: readonly string[], opts: ImportCommandOptions, io: Pick<Io, 'cwd'> & Partial<Pick<Io, 'stderr'>>): Promise<ImportCommandResult> {
  const root = await requireRepoRoot(io.cwd);
  const map = importMap(opts);
  const bad = [slugProblem(event, 'event', '<event>'), outletId === undefined ? undefined : slugProblem(outletId, 'outlet id', '<outlet-id>')].filter((p) => p !== undefined);
  if (bad.length) throw new InputError(bad);
  let date: string | undefined;
  try {
    date = opts.date !== undefined ? parseDateOption(opts.date) : undefined;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const outletDir = (id: string) => path.join(root, 'corpus', event, id);
  if (outletId !== undefined && !(await readFile(path.join(outletDir(outletId), 'outlet.yaml')).then(() => true, () => false))) {
    throw new InputError([
      {
        file: rel(path.join(outletDir(outletId), 'outlet.yaml')),
        severity: 'error',
        ruleId: 'command/not-found',
        message: `there is no outlet "${outletId}" in ${event} yet`,
        expected: 'an outlet created with add-outlet before importing into it',
        example: `framelens add-outlet ${event} ${outletId} --name "…"`,
      },
    ]);
  }
  const imported = await importArticles(files, { cwd: io.cwd, ...(opts.format ? { format: opts.format } : {}), ...(map ? { map } : {}), ...(date !== undefined ? { date } : {}) });
  const result: ImportCommandResult = { written: [], replaced: [], renamed: [], skipped: [...imported.skipped], warnings: [...imported.warnings], undated: [], outletsCreated: [], outletsUsed: [] };

  // which articles go into which outlet folder
  let groups: OutletGroup[];
  if (outletId !== undefined) groups = [{ id: outletId, name: outletId, articles: imported.articles.map((_, i) => i) }];
  else {
    const column = map?.outlet ?? 'outlet';
    const grouped = groupByOutlet(imported.articles, column);
    pushAll(result.skipped, grouped.skipped);
    pushAll(result.warnings, grouped.warnings);
    const outlets = await ensureOutlets(root, event, grouped.groups, column, files, io.cwd);
    groups = outlets.groups;
    const created = new Set(outlets.created);
    result.outletsCreated = groups.filter((g) => created.has(g.id)).map((g) => ({ id: g.id, name: g.name }));
    result.outletsUsed = [...new Set(groups.filter((g) => !created.has(g.id)).map((g) => g.id))];
  }

  for (const group of groups) {
    const articles = group.articles.map((i) => imported.articles[i]!);
    // a multi-outlet import is repeated as a whole: the same outlet column, never one outlet folder
    const column = outletId === undefined ? [opts.preset && `--preset ${opts.preset}`, opts.map !== undefined && `--map ${shellQuote(opts.map)}`].filter(Boolean).join(' ') : undefined;
    const forceCommand = column ? (input: string) => `framelens import ${shellQuote(event)} ${shellQuote(input)} ${column} --force` : undefined;
    const dir = outletDir(group.id);
    // one import at a time writes an outlet folder: a second one waits, then finds the first one's articles stored
    const written = await withLock(
      path.join(dir, IMPORT_LOCK),
      { doing: `importing into ${rel(dir)}`, wait: true, onWait: (holder) => io.stderr?.(`waiting for another import (${describeHolder(holder)}) into ${rel(dir)}`) },
      () => writeImported(dir, articles, { force: opts.force ?? false, ...(forceCommand ? { forceCommand } : {}) }),
    );
    const stored = new Set([...written.written, ...written.replaced]);
    pushAll(result.written, written.written.map(rel));
    pushAll(result.replaced, written.replaced.map(rel));
    pushAll(result.renamed, written.renamed.map((r) => ({ from: rel(r.from), to: rel(r.to) })));
    pushAll(result.skipped, written.skipped.map((s) => ({ source: rel(s.path), reason: s.reason })));
    pushAll(result.warnings, written.warnings.map((w) => ({ source: rel(w.path), reason: w.reason })));
    articles.forEach((article, i) => {
      const target = written.targets[i];
      if (article.date === undefined && target !== undefined && stored.has(target)) result.undated.push(rel(target));
    });
  }
  return result;
}

/**
 * `<inputs...>` as the outlet id and the files, or (with an outlet column) only the files. Usage
 * errors for an outlet id given next to an outlet column, and for a missing outlet id or file.
 */
export function importInputs(event: string, inputs: readonly string[], opts: Pick<ImportCommandOptions, 'map' | 'preset'>, cwd: string): { outletId?: string; files: string[] } {
  if (importMap(opts)?.outlet !== undefined) {
    const [first, ...rest] = inputs;
    if (first !== undefined && rest.length > 0 && isSlug(first) && !existsSync(path.resolve(cwd, first))) {
      const how = opts.preset ? `--preset ${opts.preset}` : '--map outlet=…';
      throw new UsageError(`with ${how} each row names its outlet: leave out the outlet id "${first}" (framelens import ${event} ${rest.join(' ')} ${how})`);
    }
    return { files: [...inputs] };
  }
  const [outletId, ...files] = inputs;
  if (files.length === 0) {
    throw new UsageError(
      `missing the outlet id or the files: framelens import ${event} <outlet-id> <files…>, or for an export with an outlet column: framelens import ${event} <files…> --map outlet=<column> (or --preset ${IMPORT_PRESET_NAMES.join('|')})`,
    );
  }
  return { outletId: outletId!, files };
}

export const register: RegisterCommand = (program, { io, setExit }) => {
  program
    .command('import')
    .description('import articles (txt, md, jsonl, csv, news-please json, saved html) into an outlet folder, or into one outlet per value of an outlet column')
    .usage('<event> <outlet-id> <files...> [options]\n       framelens import <event> <files...> --map outlet=<column> | --preset mediacloud|news-please [options]')
    .argument('<event>', 'event folder under corpus/')
    .argument('<inputs...>', 'the outlet id (an outlet made with add-outlet), then the files; with an outlet column (--map outlet=…, --preset) only the files')
    .addOption(new Option('--format <format>', 'input format; auto decides by file extension').choices(IMPORT_FORMATS).default('auto'))
    .option('--map <mapping>', 'which input field holds what, for jsonl/csv/md: text=…,title=…,date=…,url=…,author=…,language=…,outlet=… (outlet: one outlet per distinct value, created when new)')
    .addOption(new Option('--preset <name>', `the columns of a known export: mediacloud (${Object.entries(IMPORT_PRESETS.mediacloud).map(([f, c]) => `${f}=${c}`).join(',')}), news-please (${Object.entries(IMPORT_PRESETS['news-please']).map(([f, c]) => `${f}=${c}`).join(',')}); --map overrides`).choices(IMPORT_PRESET_NAMES))
    .option('--date <YYYY-MM-DD>', 'fallback date for articles that have none of their own (no date field or column, no dateline)')
    .option('--force', 'replace the stored article that the same source file (or URL) produced earlier, or update the metadata of one with the same text, renaming its file when its title or date changed; never another article')
    .option('--quiet', 'print nothing but errors')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  $ framelens import kazakhstan-2022 taz ~/Downloads/artikel.html\n  $ framelens import kazakhstan-2022 taz export.csv --map text=body,title=headline,date=published\n  $ framelens import belarus-2020 taz bericht.txt --date 2020-08-16\n  $ framelens import kazakhstan-2022 mediacloud-stories.csv --preset mediacloud\n  $ framelens import kazakhstan-2022 export.csv --map outlet=source,text=body\n\nWith an outlet column each distinct value is one outlet (its id the slug of the name, its name as written,\nattribution: unverified); outlets that exist are used as they are. A file with a new text whose name is taken gets the next free suffix (-2, -3 …); a text that is stored already is skipped.\nExit code 1 when an input was refused (empty text, not text, no such column) or the same source was imported before with a different text and --force was not given.',
    )
    .action(async (event: string, inputs: string[], opts: ImportCommandOptions & { quiet?: boolean; json?: boolean }) => {
      const { outletId, files } = importInputs(event, inputs, opts, io.cwd);
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
        for (const r of result.renamed) io.stdout(`renamed ${r.from} → ${path.basename(r.to)} (its title or date changed; renamedFrom in its front matter keeps the old name)`);
        const created = result.outletsCreated;
        if (created.length) io.stdout(`created ${created.length} outlet${created.length === 1 ? '' : 's'} (attribution: unverified; edit corpus/${event}/<id>/outlet.yaml to add country, kind and evidence):`);
        for (const o of created) io.stdout(`  ${o.id}  ${JSON.stringify(o.name)}`);
        if (result.outletsUsed.length) io.stdout(`added to existing outlet${result.outletsUsed.length === 1 ? '' : 's'}: ${result.outletsUsed.join(', ')}`);
        for (const w of result.warnings) io.stdout(printable(`note: ${w.source}: ${w.reason}`));
        if (result.undated.length) {
          const n = result.undated.length;
          io.stdout(`note: ${n} article${n === 1 ? ' has' : 's have'} no date (no date field, no dateline like "Minsk, 16. August 2020."): ${result.undated.slice(0, 10).join(', ')}${n > 10 ? ` and ${n - 10} more` : ''}`);
          io.stdout('  give one with --date YYYY-MM-DD (e.g. --date 2022-01-07) when importing, or add date: "2022-01-07" to the front matter');
        }
      }
      if (result.skipped.length) {
        const print = refused.length ? io.stderr : io.stdout;
        if (refused.length || !opts.quiet) print(`skipped ${result.skipped.length}:`);
        for (const s of result.skipped) if (refused.includes(s) || !opts.quiet) print(printable(`  ${s.source}: ${s.reason}`));
      }
    });
};
