/**
 * Per surface form of one `Analyzer` (AnalyzedDoc.columns.form ids): a number found once from the
 * form's `norm` (a stop-word look-up, a script test), so that a pass over a text reads one array
 * slot per token instead of a string-keyed Map. A memo of its owner (the `Analyzer`, made by the
 * caller, one per worker): results never depend on it.
 *
 * Examples: the German analyzer's form id 17 is "die"; `stopwordCounts` stores its stop-word number
 * under id 17 in the table "stopwords" the first time it meets it, and reads it there for every
 * later "die" of every article. After the analyzer's intern table is full its ids start afresh:
 * each slot keeps the norm it was computed from, and a different norm under the same id is looked
 * up again (never a stale answer).
 */
export class FormValues {
  /** per form id: the norm its value was computed from */
  private readonly norms: (string | undefined)[] = [];
  private readonly values: number[] = [];

  /** The value stored for form `id` with this `norm`, or undefined. */
  get(id: number, norm: string): number | undefined {
    return this.norms[id] === norm ? this.values[id] : undefined;
  }

  set(id: number, norm: string, value: number): number {
    // filled in order of first use: keep the arrays dense (ids are small integers)
    while (this.norms.length < id) {
      this.norms.push(undefined);
      this.values.push(0);
    }
    this.norms[id] = norm;
    this.values[id] = value;
    return value;
  }
}

/** The tables of one analyzer's forms, one per question (and language, where the answer depends on it). */
export class FormMemo {
  private readonly tables = new Map<string, FormValues>();

  table(name: string): FormValues {
    let t = this.tables.get(name);
    if (t === undefined) this.tables.set(name, (t = new FormValues()));
    return t;
  }
}

/** A document's form ids (AnalyzedDoc.columns.form) with the memo of the analyzer that made it. */
export interface FormIds {
  form: Int32Array;
  memo: FormMemo;
}
