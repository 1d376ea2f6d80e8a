/** Code-unit string order (locale-independent, so output bytes do not depend on the machine). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy of a string that shares no memory with its parent (a sliced string keeps its whole parent, e.g. the article text, alive). */
export function own(s: string): string {
  // the concatenation is flattened into a new string of s.length + 1 characters; the slice points into that one
  return s.length < 13 ? s : (' ' + s).slice(1);
}
