/** The answers a coder gives and their CSV export (shared by the page and its tests). */
import { toCsv } from '../csv-write.js';
import type { PageData } from '../page.js';

export interface Answer {
  present?: 'yes' | 'no' | 'unsure';
  voice?: 'own voice' | 'quoted' | 'reported' | 'distanced';
  note?: string;
}

export const PRESENT = [
  { value: 'yes', label: 'Yes', key: 'y' },
  { value: 'no', label: 'No', key: 'n' },
  { value: 'unsure', label: 'Unsure', key: 'u' },
] as const;

export const VOICES = [
  { value: 'own voice', label: 'Own voice', key: '1' },
  { value: 'quoted', label: 'Quoted', key: '2' },
  { value: 'reported', label: 'Reported', key: '3' },
  { value: 'distanced', label: 'Distanced', key: '4' },
] as const;

/** The coded file: one row per item with at least one answer, in sample order (read by `framelens agreement`). */
export function answersCsv(data: PageData, coder: string, answers: Record<string, Answer>): string {
  const rows = data.items
    .filter((it) => answers[it.item]?.present !== undefined || answers[it.item]?.voice !== undefined)
    .map((it) => ({ item: it.item, pipeline: data.pipeline, coder, ...answers[it.item] }));
  return toCsv(['item', 'pipeline', 'coder', 'present', 'voice', 'note'], rows);
}
