// The README's Troubleshooting table against the bad-input cases: every documented message is one a
// case prints, and every message a case prints is documented. Each case's stderr is checked against
// a real run in bad-input-*.test.ts; here the cases' expected stderr stands for it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@framelens/tools';
import { corpusCases } from './bad-input/corpus-cases.js';
import { encodingCases } from './bad-input/encoding-cases.js';
import { pipelineCases } from './bad-input/pipeline-cases.js';

const cases = [...corpusCases, ...pipelineCases, ...encodingCases()];

/** The message column of the README's Troubleshooting table, as patterns (`…` stands for anything). */
async function documentedMessages(): Promise<{ text: string; re: RegExp }[]> {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Troubleshooting'));
  const end = section.indexOf('\n## ', 5);
  const rows = (end > 0 ? section.slice(0, end) : section).split('\n').filter((l) => /^\| `/.test(l));
  return rows.map((row) => {
    const text = /^\| `([^`]+)`/.exec(row)![1]!;
    const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/…/g, '.*?');
    return { text, re: new RegExp(escaped) };
  });
}

describe('the README Troubleshooting table', () => {
  it('documents messages that the bad-input runs really print, and every message they print', async () => {
    const documented = await documentedMessages();
    expect(documented.length).toBeGreaterThanOrEqual(20);
    // the first line of every problem or notice printed above
    const printed = cases.flatMap((c) => c.stderr.split('\n')).filter((l) => /^(error|warning) |^notice: /.test(l));
    expect(printed.length).toBeGreaterThanOrEqual(cases.length);
    for (const d of documented) expect(printed.some((l) => d.re.test(l)), `documented but never printed: ${d.text}`).toBe(true);
    for (const line of printed) expect(documented.some((d) => d.re.test(line)), `printed but not documented: ${line}`).toBe(true);
  });
});
