import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { slugify } from '../slug.js';
import type { ImportedArticle } from './imported.js';

export interface WriteResult {
  /** absolute paths of the files written */
  written: string[];
  skipped: { path: string; reason: string }[];
}

const FIELDS = ['title', 'date', 'datePrecision', 'url', 'author', 'language', 'note'] as const;

/** One corpus file: YAML front matter (strings double-quoted, JSON escapes are valid YAML) + verbatim text. */
export function toCorpusFile(article: ImportedArticle): string {
  const lines = FIELDS.filter((f) => article[f] !== undefined).map((f) => `${f}: ${JSON.stringify(article[f])}`);
  return `---\n${lines.join('\n')}\n---\n${article.text}`;
}

/** "<date-or-undated>-<slug of the title or the first words>", at most ~70 characters. */
export function corpusFileName(article: ImportedArticle): string {
  const words = slugify(article.title ?? article.text.split(/\s+/).slice(0, 8).join(' '), 60) || 'artikel';
  return `${article.date ?? 'undated'}-${words}`;
}

/**
 * Write one .md per article into an outlet folder. Names are unique within the batch (-2, -3 …);
 * an existing file is never replaced unless `force`; each file is written to a temporary name and renamed.
 */
export async function writeImported(outletDir: string, articles: readonly ImportedArticle[], opts: { force?: boolean } = {}): Promise<WriteResult> {
  const result: WriteResult = { written: [], skipped: [] };
  await mkdir(outletDir, { recursive: true });
  const used = new Set<string>();
  for (const article of articles) {
    const base = corpusFileName(article);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    const target = path.join(outletDir, `${name}.md`);
    const content = toCorpusFile(article);
    const existing = await readFile(target, 'utf8').catch(() => undefined);
    const sibling = await readFile(path.join(outletDir, `${name}.txt`)).then(() => true, () => false);
    if (existing === content) {
      result.skipped.push({ path: target, reason: `already imported (identical file) from ${article.source}` });
      continue;
    }
    if ((existing !== undefined || sibling) && !opts.force) {
      result.skipped.push({ path: target, reason: `a different ${existing !== undefined ? 'file' : `${name}.txt`} exists with this name; pass --force to overwrite it (from ${article.source})` });
      continue;
    }
    const temp = path.join(outletDir, `.${name}.md.tmp-${process.pid}`);
    try {
      await writeFile(temp, content);
      await rename(temp, target);
    } finally {
      await rm(temp, { force: true });
    }
    result.written.push(target);
  }
  return result;
}
