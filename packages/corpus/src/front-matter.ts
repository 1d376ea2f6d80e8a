export type FrontMatterSplit =
  | { kind: 'none'; body: string }
  /** yaml: the lines between the fences with "\n" line ends; bodyLine: file line where the body starts */
  | { kind: 'ok'; yaml: string; body: string; bodyLine: number }
  | { kind: 'unclosed' };

const LINE = /([^\r\n]*)(\r\n|\r|\n|$)/y;
const FENCE = /^---[ \t]*$/;

/**
 * Split "---\n<yaml>\n---\n<body>" (LF, CRLF or CR line ends). The body is returned verbatim,
 * starting right after the closing fence's line end. Text not starting with a fence line has no front matter.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  LINE.lastIndex = 0;
  const first = LINE.exec(text);
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
