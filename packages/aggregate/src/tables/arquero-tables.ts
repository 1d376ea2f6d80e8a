import * as aq from 'arquero';

/** Build the Arquero tables of Prepared from the store's aggregated rows. */
export function arqueroTables(articleGroups: readonly object[], cells: readonly object[], days: readonly object[]) {
  return {
    articleGroups:
      articleGroups.length > 0 ? aq.from(articleGroups) : aq.table({ outlet: [], date: [], language: [], articles: [], wordTokens: [], boilerplateTokens: [] }),
    cells: cells.length > 0 ? aq.from(cells) : aq.table({ outlet: [], kind: [], category: [], label: [], voice: [], hits: [] }),
    days: days.length > 0 ? aq.from(days) : aq.table({ outlet: [], date: [], category: [], hits: [] }),
  };
}
