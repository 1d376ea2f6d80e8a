/** Small HTML helpers every page part shares. Corpus strings always pass through escapeHtml (`e`). */
import { escapeHtml as e } from './escape.js';

export const num = (n: number) => n.toLocaleString('en-GB');

/** "1 article", "2 articles", "1,234 words": a number with its noun in the singular or plural. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${num(n)} ${n === 1 ? noun : plural}`;
}

/**
 * Under a listing cut at `shown` rows: what is shown and where the rest is (`rest`: trusted markup,
 * written right after the total, e.g. " articles (corpus order); …").
 */
export function firstRowsNote(total: number, shown: number, rest: string): string {
  return total > shown ? `<p class="how">Showing the first ${num(shown)} of ${num(total)}${rest}.</p>` : '';
}

export function omitted(text: string): string {
  return `<p class="omitted">${e(text)}</p>`;
}
