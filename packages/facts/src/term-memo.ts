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
  private counters = 0;

  constructor(private readonly maxForms = 500_000) {}

  /** A counter for one article's terms. */
  counter(): TermCounter {
    return new TermCounter(this, ++this.counters);
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

  add(stem: string, form: string): void {
    let e = this.memo.entry(stem, form);
    if (e.stem !== stem) {
      const key = `${stem}\u0000${form}`;
      e = (this.other ??= new Map()).get(key) ?? newEntry(stem, form);
      this.other.set(key, e);
    }
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
