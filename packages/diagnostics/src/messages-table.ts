import { RULES } from './rules.js';

export const TABLE_START = '<!-- messages: written by `pnpm --filter @framelens/diagnostics messages` from src/rules.ts -->';
export const TABLE_END = '<!-- end of messages -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The README's table of rule ids: one row per rule, in catalogue order. */
export function messagesTable(): string {
  const rows = Object.entries(RULES).map(([id, rule]) => `| \`${id}\` | ${cell(rule.summary)} | ${cell(rule.fix)} |`);
  return [TABLE_START, '', '| rule id | what is wrong | what to do |', '|---|---|---|', ...rows, '', TABLE_END].join('\n');
}

/** `readme` with the table between the markers replaced by the current one. */
export function withMessagesTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`the README has no "${TABLE_START}" … "${TABLE_END}" block to write the table into`);
  return readme.slice(0, start) + messagesTable() + readme.slice(end + TABLE_END.length);
}
