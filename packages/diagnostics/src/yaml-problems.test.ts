import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem.js';
import { parseYaml } from './yaml-problems.js';

// front matter as it sits in an article: line 1 of the file is the opening "---", so the YAML
// starts on line 2 (lineOffset 1) and has no trailing line end (splitFrontMatter joins with "\n")
const problemsOf = (yaml: string) => parseYaml(yaml, 'corpus/e/o/a.md', 1, 'EXAMPLE').problems;
const shown = (yaml: string) => problemsOf(yaml).map(formatProblem);

describe('YAML syntax errors point at the line to fix', () => {
  it('an unclosed double quote: the line and column of the opening quote, not the end of the front matter', () => {
    // the user's file: title on file line 2, two more lines after it
    expect(shown('title: "Kasachstan: Proteste\ndate: 07.01.2022\ntitel: Doppelt')).toEqual([
      'error corpus/e/o/a.md:2:8 YAML syntax error: the quote mark " that opens this value is never closed\n' +
        '    expected: a closing " at the end of the value, on the same line\n' +
        '    example:  title: "Kasachstan: Proteste"',
    ]);
  });

  it('an unclosed quote after a value with an escaped quote mark, and a single quote', () => {
    expect(problemsOf('title: "a \\" b"\ndate: "2022-01-07\nlanguage: de').map((p) => [p.line, p.column, p.example])).toEqual([[3, 7, 'date: "2022-01-07"']]);
    expect(problemsOf("title: 'abc\ndate: x").map((p) => [p.line, p.column, p.message])).toEqual([[2, 8, "YAML syntax error: the quote mark ' that opens this value is never closed"]]);
  });

  it('a tab used for indentation: the tabbed line, with the line re-indented with spaces', () => {
    expect(shown('title: a\nattribution:\n\tstatus: confirmed')).toEqual([
      'error corpus/e/o/a.md:4:1 YAML syntax error: a tab indents this line; YAML indents with spaces only\n' +
        '    expected: spaces (usually two per level) instead of tabs at the start of the line\n' +
        '    example:    status: confirmed',
    ]);
  });

  it('a missing colon: the line without it, and the field', () => {
    const [problem, ...rest] = problemsOf('title: a\ndate "2022-01-07"\nlanguage: de');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 3, column: 1, field: 'date', message: 'YAML syntax error: the line "date "2022-01-07"" has no ":" after the field name', example: 'date: "2022-01-07"' });
  });

  it('an unclosed bracket or brace: the line where it opens', () => {
    expect(problemsOf('title: a\ntags: [a, b\nlanguage: de').map((p) => [p.line, p.column, p.message, p.example])).toEqual([
      [3, 7, 'YAML syntax error: the "[" that opens this value is never closed with "]"', 'tags: [a, b]'],
    ]);
    expect(problemsOf('title: a\nx: {a: 1\nlanguage: de').map((p) => [p.line, p.column, p.example])).toEqual([[3, 4, 'x: {a: 1}']]);
  });

  it('keeps the colon-in-value message and, in outlet.yaml (no offset), the line as is', () => {
    expect(problemsOf('title: Kasachstan: Tokajew spricht').map((p) => [p.line, p.message])).toEqual([[2, 'YAML syntax error: the value of "title" contains ": ", so it must be in quotes']]);
    expect(parseYaml('name: "Ost Blick\ncountry: DE\n', 'corpus/e/o/outlet.yaml', 0, 'EXAMPLE').problems.map((p) => [p.line, p.column])).toEqual([[1, 7]]);
  });

  it('other syntax errors keep the library message without its "at line" tail', () => {
    expect(problemsOf('title: a\ntitle: b').map((p) => [p.line, p.message])).toEqual([[3, 'YAML syntax error: Map keys must be unique']]);
  });
});
