import { pushAll, type Problem } from '@framelens/diagnostics';
import { readArticle, type ReadArticleOptions } from './read-article.js';
import { scanCorpus } from './scan.js';
import type { Article, Outlet } from './schema.js';

export interface LoadedCorpus {
  outlets: Outlet[];
  articles: Article[];
  /** every problem in the corpus (errors and warnings); analyse nothing when one is an error */
  problems: Problem[];
  notices: string[];
}

/** Scan and read a whole corpus. For large corpora prefer scanCorpus + readArticle one by one. */
export async function loadCorpus(root: string, opts: ReadArticleOptions = {}): Promise<LoadedCorpus> {
  const index = await scanCorpus(root, opts);
  const outlets = new Map(index.outlets.map((o) => [o.id, o]));
  const problems = [...index.problems];
  const notices: string[] = [];
  const articles: Article[] = [];
  for (const entry of index.entries) {
    const outlet = outlets.get(entry.outlet);
    // without a valid outlet.yaml (already reported) the file is still checked, with default metadata
    const read = await readArticle(entry, outlet ?? { id: entry.outlet, name: entry.outlet, language: 'de', attribution: { status: 'confirmed' } }, opts);
    pushAll(problems, read.problems);
    pushAll(notices, read.notices);
    if (read.article && outlet) articles.push(read.article);
  }
  return { outlets: index.outlets, articles, problems, notices };
}

/** True when a problem list holds an error (warnings alone do not stop an analysis). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
