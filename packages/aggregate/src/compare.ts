/** Code-unit string order (locale-independent, so output bytes do not depend on the machine). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
