import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { readArticle, scanCorpus } from '@framelens/corpus';
import { displayPath, findRepoRoot, InputError, printable, pushAll, shellQuote, type Problem } from '@framelens/diagnostics';
import { compileLexicon, languageGaps, lexiconLanguages, locateProblems, parseLexicon, type Lexicon } from '@framelens/lexicon';
import type { RegisterCommand } from '../command.js';
import { PRINTED_PROBLEMS, problemLines, type Io } from '../io.js';
import { notInstalledProblem } from '../installed.js';
import { turboInputProblems } from '../turbo-inputs.js';
import { articleLanguage } from '../language-check.js';
import { auditTerms, termProblems } from '../term-audit.js';
import { lexiconNotFound, loadPipelineConfig, type PipelineConfig } from '../pipeline-config.js';
import { validationAgeWarnings } from './validation-age.js';
import { pipelineFolderProblem, pipelineFolders } from '../pipeline-folder.js';

export interface ValidatedPipeline {
  /** the pipeline folder, relative to the repository root */
  pipeline: string;
  /** its corpus folder, relative to the repository root (absent when pipeline.yaml is invalid) */
  corpus?: string;
  ok: boolean;
}

export interface ValidateResult {
  ok: boolean;
  problems: Problem[];
  notices: string[];
  /** articles and outlets read, over every distinct corpus checked */
  articles: number;
  outlets: number;
  /** article files and outlet folders found (read or not), over every distinct corpus checked */
  articlesFound: number;
  outletFolders: number;
  pipelines: ValidatedPipeline[];
}

const posix = (p: string) => p.split(path.sep).join('/');

/**
 * Check one pipeline, or (at the repository root or in pipelines/) every pipeline under pipelines/;
 * every problem, never only the first. Any other folder without pipeline.yaml is an error (a typo
 * in the folder's name must not validate every other pipeline instead).
 */
export async function validatePipeline(dir: string): Promise<ValidateResult> {
  const hasConfig = await stat(path.join(dir, 'pipeline.yaml')).then((s) => s.isFile(), () => false);
  if (hasConfig) return validateAll([dir]);
  const root = (await findRepoRoot(dir)) ?? path.resolve(dir);
  const every = [root, path.join(root, 'pipelines')].includes(path.resolve(dir));
  const problem = every ? undefined : await pipelineFolderProblem(dir, root, 'validate');
  const found = every ? await pipelineFolders(root) : [];
  if (problem || found.length === 0) {
    return {
      ok: false,
      problems: [
        problem ?? {
          file: displayPath(path.join(dir, 'pipeline.yaml'), root),
          severity: 'error',
          ruleId: 'pipeline/not-found',
          message: 'no pipeline.yaml here, and no pipelines/<name>/pipeline.yaml in the repository',
          expected: 'a pipeline folder, or the repository root to check every pipeline',
          example: 'framelens validate pipelines/kazakhstan-2022   (framelens new-pipeline <name> --corpus <event> creates one)',
        },
      ],
      notices: [],
      articles: 0,
      outlets: 0,
      articlesFound: 0,
      outletFolders: 0,
      pipelines: [],
    };
  }
  return validateAll(found);
}

/** Validate pipelines; a lexicon or corpus that several of them share is checked once. */
async function validateAll(dirs: readonly string[]): Promise<ValidateResult> {
  const result: ValidateResult = { ok: true, problems: [], notices: [], articles: 0, outlets: 0, articlesFound: 0, outletFolders: 0, pipelines: [] };
  const checked = new Map<string, boolean>();
  // articles per declared language, per corpus checked
  const corpusLanguages = new Map<string, Map<string, number>>();
  for (const dir of dirs) {
    const before = result.problems.length;
    let config: PipelineConfig;
    try {
      config = await loadPipelineConfig(dir);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      pushAll(result.problems, error.problems);
      const root = (await findRepoRoot(dir)) ?? dir;
      result.pipelines.push({ pipeline: displayPath(dir, root), ok: false });
      continue;
    }
    const rel = (p: string) => posix(path.relative(config.repoRoot, p));
    const notInstalled = await notInstalledProblem(config.dir, config.repoRoot);
    if (notInstalled) result.problems.push(notInstalled);
    // the check analyze makes before it runs: turbo.json must re-run the analysis when its inputs change
    result.problems.push(...(await turboInputProblems(config)));
    let ok = true;
    let lexicon: Lexicon | undefined;
    let lexiconText = '';
    for (const [key, check] of [
      [`lexicon ${config.lexiconFile}`, async () => void ({ lexicon, text: lexiconText } = await checkLexicon(config, rel, result))],
      [`corpus ${config.corpusDir}`, async () => void corpusLanguages.set(config.corpusDir, await checkCorpus(config, result, lexicon && lexiconLanguages(lexicon)))],
      // LANGUAGES (#24): entries with terms in one language of the corpus but not in another
      [`languages ${config.lexiconFile} ${config.corpusDir}`, async () => void (lexicon && result.problems.push(...locateProblems(lexiconText, languageGaps(lexicon, corpusLanguages.get(config.corpusDir) ?? new Map(), rel(config.lexiconFile)))))],
      // the term audit of `framelens terms`: stop-word and lower-case collisions, and misspelt-looking terms without hits, as warnings
      [`terms ${config.lexiconFile} ${config.corpusDir}`, async () => void (lexicon && result.problems.push(...locateProblems(lexiconText, termProblems(await auditTerms(config.corpusDir, config.repoRoot, compileLexicon(lexicon)), rel(config.lexiconFile)))))],
    ] as const) {
      if (!checked.has(key)) {
        const start = result.problems.length;
        await check();
        checked.set(key, !result.problems.slice(start).some((p) => p.severity === 'error'));
      }
      ok &&= checked.get(key) ?? true;
    }
    result.problems.push(...(await validationAgeWarnings(config, rel)));
    ok &&= !result.problems.slice(before).some((p) => p.severity === 'error');
    result.pipelines.push({ pipeline: rel(config.dir), corpus: rel(config.corpusDir), ok });
  }
  result.ok = !result.problems.some((p) => p.severity === 'error');
  return result;
}

/** Lexicon: syntax, schema, duplicate terms, terms that never match, failing examples. Returns it (when it has no errors) with its text. */
async function checkLexicon(config: PipelineConfig, rel: (p: string) => string, result: ValidateResult): Promise<{ lexicon?: Lexicon; text: string }> {
  const text = await readFile(config.lexiconFile, 'utf8').catch(() => undefined);
  if (text === undefined) {
    result.problems.push(lexiconNotFound(config));
    return { text: '' };
  }
  const parsed = parseLexicon(text, rel(config.lexiconFile));
  pushAll(result.problems, parsed.problems);
  return parsed.problems.some((p) => p.severity === 'error') ? { text } : { lexicon: parsed.lexicon!, text };
}

/**
 * Corpus: every outlet and article; with the lexicon's languages, articles analyze leaves out (a
 * language without terms, or text that reads as another language). Returns the articles per declared language.
 */
async function checkCorpus(config: PipelineConfig, result: ValidateResult, languages?: readonly string[]): Promise<Map<string, number>> {
  const perLanguage = new Map<string, number>();
  const root = config.repoRoot;
  const index = await scanCorpus(config.corpusDir, { repoRoot: root });
  pushAll(result.problems, index.problems);
  const outlets = new Map(index.outlets.map((o) => [o.id, o]));
  pushAll(result.problems, sameNameWarnings(index.outlets, (id) => displayPath(path.join(config.corpusDir, id, 'outlet.yaml'), root)));
  const undated: string[] = [];
  let readCount = 0;
  for (const entry of index.entries) {
    const outlet = outlets.get(entry.outlet) ?? { id: entry.outlet, name: entry.outlet, language: 'de', attribution: { status: 'confirmed' as const } };
    const read = await readArticle(entry, outlet, { repoRoot: root });
    pushAll(result.problems, read.problems);
    pushAll(result.notices, read.notices);
    if (read.article) {
      result.articles++;
      readCount++;
      if (read.article.date === undefined) undated.push(read.article.source.path);
      perLanguage.set(read.article.language, (perLanguage.get(read.article.language) ?? 0) + 1);
      const leftOut = languages === undefined ? undefined : articleLanguage(read.article, languages).leftOut;
      if (leftOut !== undefined)
        result.problems.push({
          ruleId: 'article/other-language',
          file: read.article.source.path,
          severity: 'warning',
          message: leftOut.slice(read.article.source.path.length + 2),
          expected: `an article in a language of the lexicon (${languages!.join(', ')}), declared as such`,
          example: otherLanguageFix(leftOut, read.article.source.path),
        });
    }
  }
  pushAll(result.problems, undatedWarnings(undated, readCount, displayPath(config.corpusDir, root)));
  result.outlets += index.outlets.length;
  result.articlesFound += index.entries.length;
  result.outletFolders += new Set([...index.outlets.map((o) => o.id), ...index.entries.map((e) => e.outlet)]).size;
  return perLanguage;
}

/**
 * The example line of an `article/other-language` warning: the fix its message names ("set
 * language: en" → `language: en`, in the front matter), else taking the article out of the corpus.
 */
export function otherLanguageFix(message: string, file: string): string {
  const set = /set language: ([a-z]{2,3})\b/.exec(message);
  if (set) return `language: ${set[1]}   (in the article's front matter; in outlet.yaml if all of the outlet's articles are in it)`;
  return `mkdir -p left-out && mv ${shellQuote(file)} left-out/   (or put the original or a translation in its place)`;
}

/** Outlets whose outlet.yaml files give the same `name:`: the report would show two identical labels. */
export function sameNameWarnings(outlets: readonly { id: string; name: string }[], outletFile: (id: string) => string): Problem[] {
  const byName = new Map<string, string[]>();
  for (const o of outlets) {
    const key = o.name.trim();
    byName.set(key, [...(byName.get(key) ?? []), o.id]);
  }
  const problems: Problem[] = [];
  for (const [name, ids] of byName) {
    if (ids.length < 2) continue;
    const files = ids.map(outletFile);
    for (const [i, id] of ids.entries()) {
      problems.push({
        file: files[i]!,
        field: 'name',
        severity: 'warning',
        ruleId: 'outlet/same-name',
        message: `the name "${name}" is also the name of ${files.filter((_, j) => j !== i).join(' and ')}: the report would show ${ids.length} outlets with the same label`,
        expected: 'a name no other outlet of the corpus has',
        example: `name: ${name} (${id})`,
      });
    }
  }
  return problems;
}

/** Articles without a date, when some others have one: "Over time" leaves them out. */
export function undatedWarnings(undated: readonly string[], articles: number, corpus: string): Problem[] {
  if (undated.length === 0 || undated.length === articles) return [];
  const dated = articles - undated.length;
  return undated.map((file) => ({
    file,
    field: 'date',
    severity: 'warning' as const,
    ruleId: 'article/undated' as const,
    message: `has no date, so "Over time" leaves it out (${dated} of ${articles} articles in ${corpus} have a date, ${undated.length} ${undated.length === 1 ? 'has' : 'have'} none)`,
    expected: file.toLowerCase().endsWith('.md') ? 'a date in the front matter: YYYY-MM-DD, YYYY-MM or YYYY' : 'a date: a .txt file has no front matter; save it as .md with the date in front matter',
    example: file.toLowerCase().endsWith('.md') ? 'date: "2022-01-07"' : '---\ndate: "2022-01-07"\n---\n<the text of the article>',
  }));
}

export const register: RegisterCommand = (program, { io, setExit }) => {
  program
    .command('validate')
    .description('check a pipeline: pipeline.yaml, its lexicon and its corpus; exit 1 when anything is wrong')
    .argument('[pipeline]', 'pipeline folder; a folder without pipeline.yaml (e.g. the repository root) checks every pipeline under pipelines/', '.')
    .option('--quiet', 'print only errors')
    .option('--json', 'print the problems as JSON')
    .addHelpText('after', '\nExample:\n  $ framelens validate pipelines/kazakhstan-2022\n  $ framelens validate            (at the repository root: every pipeline and the corpora they use)\n  $ cd pipelines/kazakhstan-2022 && framelens validate --json\n\n--json prints {ok, problems: [{ruleId, file, line?, column?, field?, severity, message, expected?, example?}], notices, articles, outlets, pipelines: [{pipeline, corpus?, ok}]}.\nEvery rule id is listed in packages/diagnostics/README.md#messages.')
    .action(async (dir: string, opts: { quiet?: boolean; json?: boolean }) => {
      const result = await validateCommand(path.resolve(io.cwd, dir), io, opts);
      if (!result.ok) setExit(1);
    });
};

/** Run validate and print its result; returns it (for tests and callers). */
export async function validateCommand(dir: string, io: Io, opts: { quiet?: boolean; json?: boolean } = {}): Promise<ValidateResult> {
  const result = await validatePipeline(dir);
  if (opts.json) {
    io.stdout(JSON.stringify(result, null, 2));
    return result;
  }
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  for (const line of problemLines(io, errors)) io.stderr(line);
  if (!opts.quiet) {
    for (const line of problemLines(io, warnings)) io.stderr(line);
    for (const n of result.notices.slice(0, PRINTED_PROBLEMS)) io.stderr(`notice: ${printable(n)}`);
    if (result.notices.length > PRINTED_PROBLEMS) io.stderr(`… and ${(result.notices.length - PRINTED_PROBLEMS).toLocaleString('en-GB')} more notices (--json lists all of them)`);
  }
  const scope = result.pipelines.length > 1 ? `${result.pipelines.length} pipelines, ` : '';
  const summary = `${scope}${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}; ${readSummary(result)}`;
  if (errors.length) io.stderr(`invalid: ${summary}`);
  else if (!opts.quiet) io.stdout(`valid: ${summary}`);
  return result;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * "5 articles from 5 outlets read"; when some could not be read, what was found and what failed:
 * "4 articles found in 2 outlet folders: 1 read, 3 with errors; 1 of 2 outlet.yaml files with errors".
 */
export function readSummary(r: Pick<ValidateResult, 'articles' | 'outlets' | 'articlesFound' | 'outletFolders'>): string {
  if (r.articles === r.articlesFound && r.outlets === r.outletFolders) return `${plural(r.articles, 'article')} from ${plural(r.outlets, 'outlet')} read`;
  const outlets = r.outlets === r.outletFolders ? '' : `; ${r.outletFolders - r.outlets} of ${r.outletFolders} outlet.yaml files missing or with errors`;
  return `${plural(r.articlesFound, 'article')} found in ${plural(r.outletFolders, 'outlet folder')}: ${r.articles} read, ${r.articlesFound - r.articles} with errors${outlets}`;
}
