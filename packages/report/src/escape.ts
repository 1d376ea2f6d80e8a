/** Escape text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Serialise data for a `<script type="application/json">` block: `<` becomes `\u003c` so no
 * string can close the element (`</script>`) or open a comment (`<!--`); U+2028/2029 are
 * escaped for old parsers. JSON.parse restores the exact strings.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
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
