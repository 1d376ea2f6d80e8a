import { own } from './compare.js';

/**
 * A (stem, surface form) pair met before: one object per pair for as long as the memo keeps it,
 * so a part writer can total the pairs of many articles by object identity.
 */
export interface TermEntry {
  readonly stem: string;
  readonly form: string;
  /** how often the article being counted uses it (valid until the next article's counter meets it) */
  count: number;
  /** the counter that counted it last */
  counter: number;
}

/**
 * Surface form → entry, across the articles of its owner (a worker thread keeps one; results never
 * depend on it). Bounded: cleared when full (news vocabularies are far smaller).
 */
export class TermMemo {
  private readonly forms = new Map<string, TermEntry>();
  private readonly byFormId = new WeakMap<object, (TermEntry | string | undefined)[]>();
  private counters = 0;

  constructor(private readonly maxForms = 500_000) {}

  /** A counter for one article's terms. */
  counter(): TermCounter {
    return new TermCounter(this, ++this.counters);
  }

  /**
   * @internal what a surface form id of `owner` (an Analyzer: AnalyzedDoc.columns.form) was last
   * found to be: its entry, or its text when it is not counted (a stop word). A look-up by id must
   * check the form's text: an analyzer starts its ids afresh when its table is full.
   */
  idTable(owner: object): (TermEntry | string | undefined)[] {
    let t = this.byFormId.get(owner);
    if (t === undefined) this.byFormId.set(owner, (t = []));
    return t;
  }

  /** @internal the entry of a surface form (made on first use) */
  entry(stem: string, form: string): TermEntry {
    let e = this.forms.get(form);
    if (e === undefined) {
      if (this.forms.size >= this.maxForms) this.forms.clear();
      this.forms.set(form, (e = newEntry(stem, form)));
    }
    return e;
  }
}

function newEntry(stem: string, form: string): TermEntry {
  // a copy: a slice of the article text would keep the whole text alive in the memo
  return { stem, form: own(form), count: 0, counter: 0 };
}

/**
 * An article's terms: one look-up per token in the memo, counted on the entries themselves.
 * Tokens of one surface form stem alike; a form met with another stem is kept apart.
 */
export class TermCounter {
  private readonly met: TermEntry[] = [];
  private other: Map<string, TermEntry> | undefined;

  constructor(
    private readonly memo: TermMemo,
    private readonly id: number,
  ) {}

  /**
   * Count a word token of `text` (start … end) with its stem and norm, unless `isStop(norm)`;
   * `ids` and `id`: its analyzer's id table (TermMemo.idTable) and its form id, to skip the
   * look-up by text.
   */
  addToken(stem: string, norm: string, text: string, start: number, end: number, isStop: (norm: string) => boolean, ids?: (TermEntry | string | undefined)[], id?: number): void {
    const known = ids !== undefined && id !== undefined ? ids[id] : undefined;
    if (known !== undefined) {
      const form = typeof known === 'string' ? known : known.form;
      if (form.length === end - start && text.startsWith(form, start)) {
        if (typeof known === 'string') return;
        if (known.stem === stem) return this.count(known);
      }
    }
    const form = text.slice(start, end);
    if (isStop(norm)) {
      if (ids !== undefined && id !== undefined) ids[id] = own(form);
      return;
    }
    const e = this.memo.entry(stem, form);
    if (ids !== undefined && id !== undefined) ids[id] = e;
    if (e.stem === stem) this.count(e);
    else this.add(stem, form);
  }

  add(stem: string, form: string): void {
    let e = this.memo.entry(stem, form);
    if (e.stem !== stem) {
      const key = `${stem}\u0000${form}`;
      e = (this.other ??= new Map()).get(key) ?? newEntry(stem, form);
      this.other.set(key, e);
    }
    this.count(e);
  }

  private count(e: TermEntry): void {
    if (e.counter !== this.id) {
      e.counter = this.id;
      e.count = 0;
      this.met.push(e);
    }
    e.count++;
  }

  /** The article's distinct (stem, form) entries with their counts, in the order first met. */
  entries(): readonly TermEntry[] {
    return this.met;
  }
}
