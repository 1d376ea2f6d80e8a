import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { nameFromId, outletExample, readOutletFile } from './outlet-file.js';
import { displayPath, isInside, pushAll, shellQuote, type Problem } from '@framelens/diagnostics';
import type { Outlet } from './schema.js';
import { isSlug, slugify } from './slug.js';

/** One article file found in a corpus, not read yet. */
export interface CorpusEntry {
  /** absolute path */
  path: string;
  /** outlet id (its folder name) */
  outlet: string;
  /** "<outlet-id>/<file name without extension>" */
  id: string;
}

export interface CorpusIndex {
  root: string;
  outlets: Outlet[];
  entries: CorpusEntry[];
  problems: Problem[];
}

export interface ScanOptions {
  /** problems name files relative to this folder (default: the current directory) */
  repoRoot?: string;
}

export const ARTICLE_EXTENSIONS = ['.md', '.txt'] as const;

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Kind = 'dir' | 'file' | 'other';

/** What `file` is; symlinks are followed only when their target stays inside `root`. */
async function kindOf(file: string, root: string): Promise<Kind | { outside: string } | { broken: true }> {
  const info = await lstat(file);
  if (!info.isSymbolicLink()) return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'other';
  let target: string;
  try {
    target = await realpath(file);
  } catch {
    return { broken: true };
  }
  if (!isInside(root, target)) return { outside: target };
  const t = await stat(target);
  return t.isDirectory() ? 'dir' : t.isFile() ? 'file' : 'other';
}

/**
 * List a corpus folder (`corpus/<event>`): its outlets (sorted by id, outlet.yaml read and
 * validated) and their article files (sorted by path), without reading the articles.
 * Every problem found is returned; none is thrown.
 */
export async function scanCorpus(root: string, opts: ScanOptions = {}): Promise<CorpusIndex> {
  const base = opts.repoRoot ?? process.cwd();
  const absRoot = path.resolve(root);
  const show = (p: string) => displayPath(p, base);
  const problems: Problem[] = [];
  const outlets: Outlet[] = [];
  const entries: CorpusEntry[] = [];
  const index: CorpusIndex = { root: absRoot, outlets, entries, problems };

  let realRoot: string;
  let names: string[];
  try {
    realRoot = await realpath(absRoot);
    names = (await readdir(absRoot)).sort(byName);
  } catch {
    problems.push({
      file: show(absRoot),
      severity: 'error',
      ruleId: 'corpus/not-found',
      message: 'corpus folder not found',
      expected: 'a folder corpus/<event>/ with one folder per outlet',
      example: 'framelens add-outlet kazakhstan-2022 kleine-zeitung --name "Kleine Zeitung"',
    });
    return index;
  }

  const check = async (file: string): Promise<Kind | undefined> => {
    const kind = await kindOf(file, realRoot);
    if (typeof kind === 'string') return kind;
    problems.push(
      'outside' in kind
        ? {
            file: show(file),
            severity: 'error',
            ruleId: 'corpus/symlink',
            message: `is a symbolic link to ${kind.outside}, outside the corpus: not followed`,
            expected: 'real files and folders inside the corpus folder',
            example: `copy it into the corpus instead: rm ${shellQuote(show(file))} && cp -r ${shellQuote(kind.outside)} ${shellQuote(show(file))}`,
          }
        : { file: show(file), severity: 'error', ruleId: 'corpus/symlink', message: 'is a symbolic link whose target does not exist', example: `remove it: rm ${shellQuote(show(file))}` },
    );
    return undefined;
  };

  for (const name of names) {
    if (name.startsWith('.')) continue; // .DS_Store, .gitkeep, editor files
    const dir = path.join(absRoot, name);
    const kind = await check(dir);
    if (kind === undefined) continue;
    if (kind !== 'dir') {
      if (name.toLowerCase() !== 'readme.md') {
        problems.push({
          file: show(dir),
          severity: 'warning',
          ruleId: 'corpus/not-read',
          message: 'is not read: articles belong in an outlet folder, corpus/<event>/<outlet-id>/',
          example: `move it: mkdir -p ${shellQuote(show(absRoot))}/<outlet-id> && mv ${shellQuote(show(dir))} ${shellQuote(show(absRoot))}/<outlet-id>/`,
        });
      }
      continue;
    }
    if (!isSlug(name)) {
      const suggestion = slugify(name) || 'outlet-name';
      problems.push({
        file: show(dir),
        severity: 'error',
        ruleId: 'corpus/unsafe-name',
        message: `the outlet folder name "${name}" is not a safe id`,
        expected: 'lower-case letters, digits and single hyphens',
        example: `rename it: mv ${shellQuote(show(dir))} ${shellQuote(show(path.join(absRoot, suggestion)))}`,
      });
      continue;
    }
    await scanOutlet(dir, name, index, show, check);
  }

  if (entries.length === 0) {
    problems.push({
      file: show(absRoot),
      severity: 'error',
      ruleId: 'corpus/no-articles',
      message: outlets.length === 0 ? 'the corpus has no outlets and no articles' : 'the corpus has no articles (.md or .txt files in the outlet folders)',
      expected: 'corpus/<event>/<outlet-id>/outlet.yaml and at least one article file next to it',
      example: `framelens add-outlet ${shellQuote(path.basename(absRoot))} my-outlet --name "My Outlet" && framelens import ${shellQuote(path.basename(absRoot))} my-outlet article.txt`,
    });
  }
  return index;
}

async function scanOutlet(
  dir: string,
  id: string,
  index: CorpusIndex,
  show: (p: string) => string,
  check: (file: string) => Promise<Kind | undefined>,
): Promise<void> {
  const { problems } = index;
  const names = (await readdir(dir)).sort(byName);
  const yamlFile = path.join(dir, 'outlet.yaml');
  if (!names.includes('outlet.yaml')) {
    const hint = names.includes('outlet.yml') ? ' (found outlet.yml: rename it to outlet.yaml)' : '';
    problems.push({
      file: show(yamlFile),
      severity: 'error',
      ruleId: 'corpus/no-outlet-yaml',
      message: `missing: the outlet folder "${id}" has no outlet.yaml${hint}`,
      expected: 'an outlet.yaml with at least the outlet\'s name',
      example: `framelens add-outlet ${shellQuote(path.basename(path.dirname(dir)))} ${shellQuote(id)} --name ${shellQuote(nameFromId(id) || 'My Outlet')}   or write:\n${outletExample(id)}`,
    });
  } else if ((await check(yamlFile)) === 'file') {
    const read = await readOutletFile(yamlFile, show(yamlFile), id);
    pushAll(problems, read.problems);
    if (read.outlet) index.outlets.push(read.outlet);
  }

  const ids = new Map<string, string>();
  let articles = 0;
  for (const name of names) {
    if (name.startsWith('.') || name === 'outlet.yaml') continue;
    const file = path.join(dir, name);
    const kind = await check(file);
    if (kind === undefined) continue;
    const ext = path.extname(name).toLowerCase();
    if (kind === 'dir') {
      problems.push(await subFolderProblem(file, dir, show));
      continue;
    }
    if (kind !== 'file' || !(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
      problems.push({
        file: show(file),
        severity: 'warning',
        ruleId: 'corpus/not-read',
        message: `is not read: articles are .md or .txt files (this is "${ext || 'no extension'}")`,
        example: `convert and import it: framelens import ${shellQuote(path.basename(path.dirname(dir)))} ${shellQuote(id)} <file> --format auto`,
      });
      continue;
    }
    const articleId = `${id}/${name.slice(0, name.length - ext.length)}`;
    const other = ids.get(articleId);
    if (other !== undefined) {
      problems.push({
        file: show(file),
        field: 'id',
        severity: 'error',
        ruleId: 'corpus/duplicate-id',
        message: `duplicate article id "${articleId}": ${show(other)} has the same name without its extension`,
        expected: 'one file per article name in an outlet folder',
        example: `rename one of them, e.g. ${articleId.split('/')[1]}-2${ext}`,
      });
      continue;
    }
    ids.set(articleId, file);
    index.entries.push({ path: file, outlet: id, id: articleId });
    articles++;
  }
  if (articles === 0 && names.includes('outlet.yaml')) {
    problems.push({
      file: show(dir),
      severity: 'warning',
      ruleId: 'corpus/empty-outlet',
      message: `the outlet "${id}" has no articles yet`,
      example: `framelens import ${shellQuote(path.basename(path.dirname(dir)))} ${shellQuote(id)} article.txt`,
    });
  }
}

/**
 * A folder inside an outlet folder: its files are not read. The fix moves its files up into the
 * outlet folder, or, when it is an outlet folder itself (it has an outlet.yaml), moves it up into the event folder.
 */
async function subFolderProblem(folder: string, outletDir: string, show: (p: string) => string): Promise<Problem> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const articles = names.filter((n) => !n.startsWith('.') && (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(n).toLowerCase())).length;
  const holds = `${articles} article file${articles === 1 ? '' : 's'} in it`;
  const base = { file: show(folder), severity: 'warning' as const, ruleId: 'corpus/not-read' as const };
  if (names.includes('outlet.yaml'))
    return {
      ...base,
      message: `is a folder inside the outlet folder ${show(outletDir)}, so it is not read; it has an outlet.yaml, so it is an outlet folder of its own (${holds})`,
      expected: 'outlet folders side by side in the event folder: corpus/<event>/<outlet-id>/',
      example: `move it up: mv ${shellQuote(show(folder))} ${shellQuote(show(path.dirname(outletDir)))}/`,
    };
  return {
    ...base,
    message: `is a folder: articles in folders inside an outlet folder are not read (${holds})`,
    expected: 'the article files directly in the outlet folder, next to its outlet.yaml',
    example: `move its files up: mv -n ${shellQuote(show(folder))}/* ${shellQuote(show(outletDir))}/ && rmdir ${shellQuote(show(folder))}`,
  };
}
