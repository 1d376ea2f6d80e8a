/**
 * The panels of the distinctive-terms charts (the dot plot's panels, the scatter's choices): one
 * per outlet and language of its words. Words are compared within a language only, so an outlet
 * writing in two languages has two; with one language in the report, a panel is an outlet and is
 * labelled as one.
 */
import type { DistinctiveRow, ReportData } from '@framelens/aggregate';
import { languageName } from '../language-name.js';
import type { Labels } from './chart.js';

export interface TermPanel {
  /** the outlet id, or "outlet|language" for an outlet with words in several languages */
  key: string;
  outlet: string;
  language: string;
  /** the outlet's label, with the language's name when the report's words are in several languages */
  label: string;
}

/** The panels in the report's outlet order (by id), then language; and the panel of a row. */
export function termPanels(data: ReportData, L: Labels): { panels: TermPanel[]; keyOf: (d: DistinctiveRow) => string } {
  const languagesOf = new Map<string, Set<string>>();
  for (const d of data.distinctive) {
    const set = languagesOf.get(d.outlet) ?? new Set<string>();
    set.add(d.language ?? '');
    languagesOf.set(d.outlet, set);
  }
  const several = new Set(data.distinctive.map((d) => d.language ?? '')).size > 1;
  const outlets = data.outlets.filter((o) => languagesOf.has(o.outlet));
  const key = (outlet: string, language: string) => (languagesOf.get(outlet)!.size > 1 ? `${outlet}|${language}` : outlet);
  const label = (outlet: string, language: string) => (several && language ? `${L.outlet(outlet)} · ${languageName(language)}` : L.outlet(outlet));
  const panels = outlets.flatMap((o) => [...languagesOf.get(o.outlet)!].sort().map((language) => ({ key: key(o.outlet, language), outlet: o.outlet, language, label: label(o.outlet, language) })));
  return { panels, keyOf: (d) => key(d.outlet, d.language ?? '') };
}
