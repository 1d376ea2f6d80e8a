/**
 * The `report-data` JSON block: what the page script needs at once (render.ts writes it,
 * client/ reads it). Evidence rows and reader payloads travel in their own blocks as
 * ReportData's EvidenceRow and ReaderArticle.
 */
import type { Drill } from './charts/chart.js';

export type { Drill };

export interface PageArticle {
  article: string;
  outlet: string;
  title?: string | undefined;
  date?: string | undefined;
  datePrecision?: string | undefined;
  url?: string | undefined;
  path: string;
}

export interface PageData {
  outlets: { outlet: string; label: string }[];
  /** titles, dates and files of the articles the page can show */
  articles: PageArticle[];
  categories: { kind: string; id: string; label: string }[];
  voices: { id: string; label: string }[];
  /** speaker group id → label */
  speakerGroups: Record<string, string>;
  /** cells whose evidence is not all embedded */
  capped: { outlet: string; kind: string; category: string; total: number; shown: number }[];
  charts: { id: string; drill?: Drill }[];
}
