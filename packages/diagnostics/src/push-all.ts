/**
 * Append every item of `items` to `target`. `target.push(...items)` passes each item as an
 * argument and throws "Maximum call stack size exceeded" past about 120,000 of them (a lexicon or
 * corpus with that many problems).
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
