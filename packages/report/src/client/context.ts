/**
 * What every part of the page script reads: the page data, the embedded JSON blocks (each
 * parsed once, when first needed) and lookups by id built from the page data.
 */
import type { EvidenceRow, ReaderArticle } from '@framelens/aggregate';
import type { PageArticle, PageData } from '../page-data.js';
import { need } from './dom.js';

export interface Context {
  data: PageData;
  /** every embedded evidence row (parsed on first use) */
  evidence: () => EvidenceRow[];
  /** reader payloads by article id (parsed on first use) */
  reader: (article: string) => ReaderArticle | undefined;
  /** a chart's compiled Vega spec (parsed on first use) */
  spec: (chart: string) => unknown;
  outletLabel: Record<string, string>;
  articleInfo: Record<string, PageArticle>;
  /** "<kind>:<id>" → label */
  categoryLabel: Record<string, string>;
  groupLabel: Record<string, string>;
}

export function createContext(): Context {
  const data = JSON.parse(need('report-data').textContent ?? '') as PageData;
  const parsed = new Map<string, unknown>();
  const embedded = <T>(id: string): T => {
    if (!parsed.has(id)) parsed.set(id, JSON.parse(need(id).textContent ?? ''));
    return parsed.get(id) as T;
  };
  let readers: Map<string, ReaderArticle> | null = null;
  return {
    data,
    evidence: () => embedded<EvidenceRow[]>('report-evidence'),
    reader: (article) => {
      readers ??= new Map(embedded<ReaderArticle[]>('report-readers').map((r) => [r.article, r]));
      return readers.get(article);
    },
    spec: (chart) => embedded<unknown>(`spec-${chart}`),
    outletLabel: Object.fromEntries(data.outlets.map((o) => [o.outlet, o.label])),
    articleInfo: Object.fromEntries(data.articles.map((a) => [a.article, a])),
    categoryLabel: Object.fromEntries(data.categories.map((c) => [`${c.kind}:${c.id}`, c.label])),
    groupLabel: data.speakerGroups || {},
  };
}
