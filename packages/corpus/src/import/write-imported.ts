import { link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeText, parseYamlBounded, shellQuote } from '@framelens/diagnostics';
import { splitFrontMatter } from '../front-matter.js';
import { slugify } from '../slug.js';
import type { ImportedArticle } from './imported.js';

export interface WriteResult {
  /** absolute paths of the new files written */
  written: string[];
  /** absolute paths of existing files replaced (only with `force`, only the article the same source or URL produced, or the same text) */
  replaced: string[];
  skipped: { path: string; reason: string }[];
  /** for each article, in order: the file it was written to, replaced, or skipped at */
  targets: string[];
  /** files written next to an earlier import of the same source or URL (kept): the user may want to delete one */
  warnings: { path: string; reason: string }[];
  /**
   * with `force`, stored articles whose title or date changed, so their name did: the old file is
   * gone, the new one (also in `replaced`) lists the old name in its front matter's `renamedFrom`
   */
  renamed: { from: string; to: string }[];
}

const FIELDS = ['title', 'date', 'datePrecision', 'url', 'author', 'language', 'note'] as const;
/** the last part of an imported article's note: where it was imported from ("import source: downloads/a.txt") */
const SOURCE_MARK = 'import source: ';

/** `note` with the import source as its last part (an earlier import source in the note is replaced). */
function noteWithSource(note: string | undefined, source: string): string {
  const own = note === undefined ? undefined : stripSource(note);
  return own ? `${own}; ${SOURCE_MARK}${source}` : `${SOURCE_MARK}${source}`;
}
function stripSource(note: string): string {
  const at = sourceAt(note);
  return (at === -1 ? note : note.slice(0, at)).replace(/;\s*$/, '').trim();
}
function sourceAt(note: string): number {
  const at = note.lastIndexOf(SOURCE_MARK);
  return at === 0 || (at > 0 && note.slice(0, at).endsWith('; ')) ? at : -1;
}
/** The import source recorded in a stored article's note, if any. */
export function recordedSource(note: unknown): string | undefined {
  if (typeof note !== 'string') return undefined;
  const at = sourceAt(note);
  return at === -1 ? undefined : note.slice(at + SOURCE_MARK.length);
}

/** The front-matter fields written for an article (its note carries the import source). */
function fieldsOf(article: ImportedArticle): Partial<Record<(typeof FIELDS)[number], string>> {
  const fields: Partial<Record<(typeof FIELDS)[number], string>> = {};
  for (const f of FIELDS) if (article[f] !== undefined) fields[f] = article[f];
  fields.note = noteWithSource(article.note, article.source);
  return fields;
}

/**
 * One corpus file: YAML front matter (strings double-quoted, JSON escapes are valid YAML) + the text,
 * ending in one newline. The note records where the article was imported from ("import source: a.txt"),
 * which is how a later import recognises the article that the same source produced.
 */
export function toCorpusFile(article: ImportedArticle): string {
  const fields = fieldsOf(article);
  const lines = FIELDS.filter((f) => fields[f] !== undefined).map((f) => `${f}: ${JSON.stringify(fields[f])}`);
  if (article.renamedFrom?.length) lines.push(`renamedFrom: ${JSON.stringify(article.renamedFrom)}`);
  return `---\n${lines.join('\n')}\n---\n${article.text.replace(/\s+$/, '')}\n`;
}

/** "<date-or-undated>-<slug of the title or the first words>", at most ~70 characters. */
export function corpusFileName(article: ImportedArticle): string {
  const words = slugify(article.title ?? article.text.split(/\s+/).slice(0, 8).join(' '), 60) || 'artikel';
  return `${article.date ?? 'undated'}-${words}`;
}

/** True when `name` is `base` or `base` with a -2, -3 … suffix: the name writeImported gives an article with this base. */
const hasBase = (name: string, base: string) => name === base || (name.startsWith(`${base}-`) && /^\d+$/.test(name.slice(base.length + 1)));

/** The earlier names a stored article's front matter lists. */
const renamedFromOf = (fields: Record<string, unknown> | undefined): string[] =>
  Array.isArray(fields?.renamedFrom) ? fields.renamedFrom.filter((n): n is string => typeof n === 'string') : [];

/** An article already in the outlet folder. */
interface Stored {
  /** file name without extension (the article id within the outlet) */
  name: string;
  file: string;
  ext: string;
  /** the text, line ends and surrounding white space normalised: equal texts are the same article */
  key: string;
  /** front matter, undefined for .txt files and unreadable front matter */
  fields?: Record<string, unknown>;
  source?: string;
  url?: string;
}

const textKey = (text: string) => text.replace(/\r\n?/g, '\n').trim();

async function readStored(outletDir: string, file: string): Promise<Stored | undefined> {
  const ext = path.extname(file).toLowerCase();
  const name = file.slice(0, file.length - ext.length);
  const bytes = await readFile(path.join(outletDir, file)).catch(() => undefined);
  if (!bytes) return undefined;
  const decoded = decodeText(bytes);
  // an unreadable file still occupies its name
  if (!decoded.ok) return { name, file, ext, key: `\u0000unreadable:${file}` };
  if (ext !== '.md') return { name, file, ext, key: textKey(decoded.text) };
  const split = splitFrontMatter(decoded.text);
  if (split.kind !== 'ok') return { name, file, ext, key: split.kind === 'none' ? textKey(split.body) : `\u0000unclosed:${file}` };
  let fields: Record<string, unknown> | undefined;
  try {
    const value: unknown = parseYamlBounded(split.yaml) ?? {};
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) fields = value as Record<string, unknown>;
  } catch {
    // broken front matter: compared by text only, never replaced
  }
  const source = recordedSource(fields?.note);
  const url = typeof fields?.url === 'string' ? fields.url : undefined;
  return { name, file, ext, key: textKey(split.body), ...(fields ? { fields } : {}), ...(source !== undefined ? { source } : {}), ...(url ? { url } : {}) };
}

/** The front-matter fields whose values differ (the import source in the note does not count). */
function differingFields(stored: Record<string, unknown>, wanted: Partial<Record<(typeof FIELDS)[number], string>>): string[] {
  const norm = (f: string, v: unknown) => (v === undefined || v === null ? '' : f === 'note' ? stripSource(String(v)) : String(v));
  return FIELDS.filter((f) => norm(f, stored[f]) !== norm(f, wanted[f]));
}

/** Write `content` as a new file, never replacing one that appeared meanwhile: false when `target` exists. */
async function writeNew(target: string, temp: string, content: string): Promise<boolean> {
  await writeFile(temp, content);
  try {
    await link(temp, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // a file system without hard links: check, then rename
    if (await readFile(target).then(() => true, () => false)) return false;
    await rename(temp, target);
    return true;
  } finally {
    await rm(temp, { force: true });
  }
}

async function replaceFile(target: string, temp: string, content: string): Promise<void> {
  try {
    await writeFile(temp, content);
    await rename(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * Write one .md per article into an outlet folder, across runs:
 * - an article whose text equals a stored article's (any name, suffixed or not) is already imported and
 *   skipped; with `force` a stored .md with the same text gets the new front matter;
 * - a name that is taken by a different article gets the next free suffix (-2, -3 …);
 * - `force` replaces only the article that the same source (recorded in its note) or the same URL
 *   produced under this name; without `force` that case is refused. No other file is ever replaced.
 * Each file is written to a temporary name first, then linked/renamed into place.
 */
export async function writeImported(
  outletDir: string,
  articles: readonly ImportedArticle[],
  opts: { force?: boolean; /** the command that imports `input` again with --force (default: into this outlet folder) */ forceCommand?: (input: string) => string } = {},
): Promise<WriteResult> {
  const result: WriteResult = { written: [], replaced: [], skipped: [], targets: [], warnings: [], renamed: [] };
  await mkdir(outletDir, { recursive: true });
  const stored: Stored[] = [];
  for (const entry of await readdir(outletDir, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.') || !/\.(?:md|txt)$/i.test(entry.name)) continue;
    const s = await readStored(outletDir, entry.name);
    if (s) stored.push(s);
  }
  const byName = new Map<string, Stored>();
  for (const s of stored) byName.set(s.name, s);
  const remember = (s: Stored) => {
    const i = stored.findIndex((o) => o.file === s.file);
    if (i === -1) stored.push(s);
    else stored[i] = s;
    byName.set(s.name, s);
  };
  /** A name for `base` that no stored file has: base, base-2, base-3 … */
  const freeName = (base: string) => {
    let name = base;
    for (let n = 2; byName.has(name); n++) name = `${base}-${n}`;
    return name;
  };
  /**
   * `--force`: `article` replaces the stored `old`. Under the same name when the name still fits its
   * title and date; otherwise under the name they give now, the old file removed and its name added
   * to `renamedFrom`. Returns the file written.
   */
  const forceReplace = async (old: Stored, article: ImportedArticle, storedAs: (s: Pick<Stored, 'name' | 'file'>) => Stored): Promise<string> => {
    const earlier = renamedFromOf(old.fields);
    const base = corpusFileName(article);
    if (hasBase(old.name, base)) {
      const target = path.join(outletDir, old.file);
      await replaceFile(target, path.join(outletDir, `.${old.name}.md.tmp-${process.pid}`), toCorpusFile({ ...article, renamedFrom: earlier }));
      remember(storedAs(old));
      return target;
    }
    const content = toCorpusFile({ ...article, renamedFrom: [...earlier, old.file] });
    let name = freeName(base);
    let target = path.join(outletDir, `${name}.md`);
    while (!(await writeNew(target, path.join(outletDir, `.${name}.md.tmp-${process.pid}`), content))) {
      byName.set(name, { name, file: `${name}.md`, ext: '.md', key: `\u0000taken:${name}` });
      name = freeName(base);
      target = path.join(outletDir, `${name}.md`);
    }
    await rm(path.join(outletDir, old.file), { force: true });
    stored.splice(stored.indexOf(old), 1);
    byName.delete(old.name);
    remember(storedAs({ name, file: `${name}.md` }));
    result.renamed.push({ from: path.join(outletDir, old.file), to: target });
    return target;
  };

  for (const article of articles) {
    const content = toCorpusFile(article);
    const fields = fieldsOf(article);
    const key = textKey(article.text);
    const from = `from ${article.source}`;
    /** what a .md file named like `s` holds once this article is written to it */
    const storedAs = (s: Pick<Stored, 'name' | 'file'>): Stored => ({ name: s.name, file: s.file, ext: '.md', key, fields, source: article.source, ...(article.url ? { url: article.url } : {}) });

    // the same text: already imported (wherever it is stored)
    const same = stored.find((s) => s.key === key);
    if (same) {
      const target = path.join(outletDir, same.file);
      const differ = same.fields ? differingFields(same.fields, fields) : [];
      if (!same.fields || differ.length === 0) {
        result.skipped.push({ path: target, reason: `already imported (same text) ${from}` });
        result.targets.push(target);
      } else if (!opts.force || same.ext !== '.md') {
        result.skipped.push({
          path: target,
          reason: `already imported (same text) ${from}, but its ${differ.join(', ')} differ${differ.length === 1 ? 's' : ''}${same.ext === '.md' ? '; pass --force to update its front matter' : ''}`,
        });
        result.targets.push(target);
      } else {
        const written = await forceReplace(same, article, storedAs);
        result.replaced.push(written);
        result.targets.push(written);
      }
      continue;
    }

    // a different text: the next free name, unless this name holds the article the same source produced
    const base = corpusFileName(article);
    const group: Stored[] = [];
    let name = base;
    for (let n = 2; byName.has(name); n++) {
      group.push(byName.get(name)!);
      name = `${base}-${n}`;
    }
    const own = group.find((s) => s.ext === '.md' && s.fields && (s.source === article.source || (article.url !== undefined && s.url === article.url)));
    if (own) {
      const target = path.join(outletDir, own.file);
      const input = article.source.replace(/(?::\d+| row \d+|\[\d+\])$/, '');
      const why = own.source === article.source ? `was imported from ${article.source} before, with a different text than it has now` : `has the same URL (${article.url}) and a different text`;
      if (!opts.force) {
        const command = opts.forceCommand?.(input) ?? `framelens import ${shellQuote(path.basename(path.dirname(outletDir)))} ${shellQuote(path.basename(outletDir))} ${shellQuote(input)} --force`;
        result.skipped.push({ path: target, reason: `this article ${why}; to replace it with the new text: ${command}` });
        result.targets.push(target);
      } else {
        const written = await forceReplace(own, article, storedAs);
        result.replaced.push(written);
        result.targets.push(written);
      }
      continue;
    }
    // --force: the article the same source or URL produced before, under the name of its old title or date
    const previous = opts.force ? stored.find((s) => s.ext === '.md' && s.fields && (s.source === article.source || (article.url !== undefined && s.url === article.url))) : undefined;
    if (previous) {
      const written = await forceReplace(previous, article, storedAs);
      result.replaced.push(written);
      result.targets.push(written);
      continue;
    }
    let target = path.join(outletDir, `${name}.md`);
    while (!(await writeNew(target, path.join(outletDir, `.${name}.md.tmp-${process.pid}`), content))) {
      // another process took the name meanwhile: the next suffix
      byName.set(name, { name, file: `${name}.md`, ext: '.md', key: `\u0000taken:${name}` });
      for (let n = 2; byName.has(name); n++) name = `${base}-${n}`;
      target = path.join(outletDir, `${name}.md`);
    }
    const written = storedAs({ name, file: `${name}.md` });
    const earlier = stored.find((s) => s.source === article.source || (article.url !== undefined && s.url === article.url));
    if (earlier) {
      result.warnings.push({
        path: target,
        reason: `${earlier.source === article.source ? `the same source (${article.source})` : `the same URL (${article.url})`} was imported before as ${earlier.file}, with another title or date and text; both are kept: delete the one you do not want`,
      });
    }
    remember(written);
    result.written.push(target);
    result.targets.push(target);
  }
  return result;
}
