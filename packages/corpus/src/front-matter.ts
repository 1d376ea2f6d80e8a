export type FrontMatterSplit =
  | { kind: 'none'; body: string }
  /** yaml: the lines between the fences with "\n" line ends; bodyLine: file line where the body starts */
  | { kind: 'ok'; yaml: string; body: string; bodyLine: number }
  | { kind: 'unclosed' }
  /** "---js", "---json", "---toml": front matter in another language, which framelens does not read */
  | { kind: 'language'; language: string };

const LINE = /([^\r\n]*)(\r\n|\r|\n|$)/y;
const FENCE = /^---[ \t]*$/;
/** gray-matter's fence with a language ("---js"): not YAML, and not article text either */
const LANGUAGE_FENCE = /^---[ \t]*([A-Za-z][\w-]*)[ \t]*$/;

/** The problem text for front matter in another language than YAML. */
export function frontMatterLanguageMessage(language: string): string {
  return `the front matter is marked as "${language}" ("---${language}" on line 1); framelens reads YAML front matter only, between two lines "---"`;
}

/**
 * Split "---\n<yaml>\n---\n<body>" (LF, CRLF or CR line ends). The body is returned verbatim,
 * starting right after the closing fence's line end. Text not starting with a fence line has no front matter.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  LINE.lastIndex = 0;
  const first = LINE.exec(text);
  const language = first && first[2] !== '' ? LANGUAGE_FENCE.exec(first[1]!)?.[1] : undefined;
  if (language !== undefined) return { kind: 'language', language };
  if (!first || !FENCE.test(first[1]!) || first[2] === '') return { kind: 'none', body: text };
  const yamlLines: string[] = [];
  let lineNo = 1;
  while (LINE.lastIndex < text.length) {
    const m = LINE.exec(text);
    if (!m) break;
    lineNo++;
    if (FENCE.test(m[1]!)) {
      return { kind: 'ok', yaml: yamlLines.join('\n'), body: text.slice(LINE.lastIndex), bodyLine: lineNo + 1 };
    }
    yamlLines.push(m[1]!);
    if (m[2] === '') break;
  }
  return { kind: 'unclosed' };
}

// The front matter framelens writes itself (`framelens import`, `add-outlet` examples) and most
// people write: one `field: value` line per field, the value a JSON-style double-quoted string, a
// word, an ISO date or an http(s) URL. Reading those lines directly gives what the YAML library
// gives and costs a fraction of it; anything else goes to the library (see simpleFrontMatter).
const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_]*): (?:("(?:[^"\\\u0000-\u001f\u007f]|\\["\\/bfnrt]|\\u(?![dD][89a-fA-F])[0-9a-fA-F]{4})*")|([A-Za-z][A-Za-z0-9_-]*|\d{4}-\d{2}-\d{2}|https?:\/\/[A-Za-z0-9\-._~/?=&%+;]+))$/;
// YAML 1.2 core schema words that are not strings
const NOT_STRINGS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);

/**
 * Front matter whose every line is `field: "JSON string"`, `field: word`, `field: 2022-01-06` or
 * `field: https://…`, with no field twice, as the object the YAML library would return for it;
 * undefined for anything else (comments, blank lines, lists, numbers, other scalars), which the
 * caller reads with the YAML library instead.
 */
export function simpleFrontMatter(yaml: string): Record<string, string> | undefined {
  if (yaml === '') return undefined;
  const out: Record<string, string> = {};
  for (const line of yaml.split('\n')) {
    const m = SIMPLE_LINE.exec(line);
    if (!m) return undefined;
    const key = m[1]!;
    if (Object.hasOwn(out, key) || key === '__proto__') return undefined;
    if (m[2] !== undefined) out[key] = JSON.parse(m[2]) as string;
    else if (NOT_STRINGS.has(m[3]!)) return undefined;
    else out[key] = m[3]!;
  }
  return out;
}
