/** Escape text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  const s = typeof value === 'string' ? value : String(value ?? '');
  return NEEDS_ESCAPE.test(s) ? s.replace(ESCAPED, (c) => ENTITY[c]!) : s;
}
const NEEDS_ESCAPE = /[&<>"']/;
const ESCAPED = /[&<>"']/g;
const ENTITY: Record<string, string> = { '&': '&#38;', '<': '&#60;', '>': '&#62;', '"': '&#34;', "'": '&#39;' };

/**
 * Serialise data for a `<script type="application/json">` block: `<` becomes `\u003c` so no
 * string can close the element (`</script>`) or open a comment (`<!--`); U+2028/2029 are
 * escaped for old parsers. JSON.parse restores the exact strings.
 */
export function jsonForScript(value: unknown): string {
  let json = JSON.stringify(value);
  if (json.includes('<')) json = json.replaceAll('<', '\\u003c');
  if (json.includes('\u2028')) json = json.replaceAll('\u2028', '\\u2028');
  if (json.includes('\u2029')) json = json.replaceAll('\u2029', '\\u2029');
  return json;
}

/** A URL rendered as a link only when it is http(s); anything else (javascript:, data:) is not. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Make third-party code safe to place inside an inline `<script>`: drop the source map
 * comment (the map is not shipped and would be a request) and break every `</script`.
 */
export function inlineScript(code: string): string {
  const out = code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '').replace(/<\/(script)/gi, '<\\/$1');
  if (/<!--|<script/i.test(out)) throw new Error('inlineScript: the code contains "<!--" or "<script", which the HTML parser would misread inside an inline script');
  return out;
}
