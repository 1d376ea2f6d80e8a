/**
 * DOM helpers of the page script. Every corpus string reaches the DOM through textContent or
 * setAttribute, never through innerHTML.
 */

/** The element with this id, or null. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

/** The element with this id; the page always has it (a missing one is a bug of page.ts). */
export function need<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = byId<T>(id);
  if (!e) throw new Error(`framelens: the page has no element #${id}`);
  return e;
}

/** A new element with attributes (undefined ones skipped) and text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string | undefined> | null, text?: string | number | null): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (attrs) for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A performance mark (the loading tests and measure-load.ts read them). */
export function mark(name: string): void {
  if (window.performance && performance.mark) performance.mark(name);
}

/** Run `f` when the browser is idle (within a second), or soon where there is no requestIdleCallback. */
export function idle(f: () => void): void {
  if (window.requestIdleCallback) window.requestIdleCallback(f, { timeout: 1000 });
  else setTimeout(f, 1);
}
