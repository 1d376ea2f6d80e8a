import { grow } from '../grow.js';
import { MARK_BITS } from './cues.js';

/** Token indexes whose form is a cue, an attribution word or may hold a quotation mark, ascending. */
export class Marked {
  n = 0;
  /** [0, n): the token indexes (the tokenizer's list, or `own`) */
  at: Int32Array = new Int32Array(0);
  private own = new Int32Array(1024);

  /** Take the list the tokenizer collected (`Tokenized.marks`). */
  use(marks: Int32Array): void {
    this.at = marks;
    this.n = marks.length;
  }

  /** Collect them from the per-token flags of `tokens` tokens: one pass over all tokens' flags. */
  scan(flags: Int32Array, tokens: number): void {
    let n = 0;
    let at = this.own;
    for (let t = 0; t < tokens; t++) {
      if ((flags[t]! & MARK_BITS) === 0) continue;
      if (n === at.length) at = this.own = grow(at, n * 2);
      at[n++] = t;
    }
    this.at = at;
    this.n = n;
  }
}
