import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messagesTable, TABLE_END, TABLE_START } from './messages-table.js';
import { isRuleId, RULES } from './rules.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('the message catalogue', () => {
  it('ids are "area/name" slugs, each with a summary and a fix', () => {
    for (const [id, rule] of Object.entries(RULES)) {
      expect(id).toMatch(/^[a-z]+\/[a-z]+(?:-[a-z]+)*$/);
      expect(rule.summary.length).toBeGreaterThan(10);
      expect(rule.fix.length).toBeGreaterThan(5);
    }
    expect(isRuleId('yaml/unclosed-quote')).toBe(true);
    expect(isRuleId('yaml/unclosed')).toBe(false);
    expect(isRuleId('toString')).toBe(false);
  });

  it('the README documents every rule id, as the catalogue has it (run the messages script after a change)', () => {
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    expect(start).toBeGreaterThan(readme.indexOf('## Messages'));
    expect(readme.slice(start, end + TABLE_END.length)).toBe(messagesTable());
    const documented = [...readme.slice(start, end).matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(Object.keys(RULES));
  });
});
