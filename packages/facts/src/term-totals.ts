import { field } from './csv.js';
import type { TermEntry } from './term-memo.js';

interface FormTotal {
  count: number;
  articles: number;
}

interface StemTotal {
  articles: number;
  /** the article that counted it last */
  last: number;
}

interface Group {
  /** outlet and language as CSV fields */
  prefix: string;
  forms: Map<TermEntry, FormTotal>;
  stems: Map<string, StemTotal>;
}

/**
 * Term counts of many articles totalled per outlet × language × (stem, form) and the articles
 * using each stem, until `drain()` turns them into CSV lines of the `terms` and `term_stems`
 * tables. Entries are told apart by identity (the writer's `TermMemo` gives one object per pair);
 * a pair met as two objects gives two rows, which the store sums.
 */
export class TermTotals {
  private groups = new Map<string, Group>();
  private articleSeq = 0;
  /** rows that `drain()` would write */
  rows = 0;

  add(outlet: string, language: string | undefined, entries: readonly TermEntry[]): void {
    if (entries.length === 0) return;
    const key = language === undefined ? `${outlet}\u0001` : `${outlet}\u0000${language}`;
    let g = this.groups.get(key);
    if (g === undefined) this.groups.set(key, (g = { prefix: `${field(outlet)},${field(language)}`, forms: new Map(), stems: new Map() }));
    const seq = ++this.articleSeq;
    for (const e of entries) {
      const f = g.forms.get(e);
      if (f === undefined) {
        g.forms.set(e, { count: e.count, articles: 1 });
        this.rows++;
      } else {
        f.count += e.count;
        f.articles++;
      }
      const s = g.stems.get(e.stem);
      if (s === undefined) {
        g.stems.set(e.stem, { articles: 1, last: seq });
        this.rows++;
      } else if (s.last !== seq) {
        s.last = seq;
        s.articles++;
      }
    }
  }

  /** The totals as CSV lines (terms, term_stems), and start afresh. */
  drain(): { terms: string; stems: string } {
    let terms = '';
    let stems = '';
    for (const g of this.groups.values()) {
      for (const [e, f] of g.forms) terms += `${g.prefix},${field(e.stem)},${field(e.form)},${f.count},${f.articles}\n`;
      for (const [stem, s] of g.stems) stems += `${g.prefix},${field(stem)},${s.articles}\n`;
    }
    this.groups = new Map();
    this.rows = 0;
    return { terms, stems };
  }
}
