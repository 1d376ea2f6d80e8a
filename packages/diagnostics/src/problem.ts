import { printable } from './printable.js';
import type { RuleId } from './rules.js';

/**
 * A problem found in a user's file. Every loader collects all of them (never only the first),
 * and every one names the file, the place, what was expected, and a valid example.
 */
export interface Problem {
  /**
   * The rule it breaks, from the catalogue in rules.ts ("yaml/unclosed-quote"): stable across
   * versions, unlike the message. Every problem framelens itself raises has one.
   */
  ruleId?: RuleId;
  /** path as the user would type it (relative to the repository root when inside it) */
  file: string;
  line?: number;
  column?: number;
  /** the field, e.g. "date" or "frames[2].terms[0].term" */
  field?: string;
  message: string;
  expected?: string;
  example?: string;
  severity: 'error' | 'warning';
}

/** "corpus/x/y.md:3:7 date: must be an ISO date (expected YYYY-MM-DD, e.g. 2022-01-07)" */
export function formatProblem(p: Problem): string {
  const place = [p.file, p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(':');
  const field = p.field ? ` ${p.field}:` : '';
  // continuation lines of a multi-line expected/example line up under its first line
  const indent = (text: string) => text.replace(/\r?\n/g, '\n              ');
  const expected = p.expected ? `\n    expected: ${indent(p.expected)}` : '';
  const example = p.example ? `\n    example:  ${indent(p.example)}` : '';
  // file names and quoted text may hold escape sequences: shown, never sent to the terminal
  return printable(`${p.severity === 'warning' ? 'warning' : 'error'} ${place}${field} ${p.message}${expected}${example}`);
}

/** Thrown when a user's input cannot be used; carries every problem found. Exit code 1. */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], summary?: string) {
    super(summary ?? problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}
