/** `pnpm --filter @framelens/diagnostics messages`: write the rule table of src/rules.ts into README.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withMessagesTable } from '../src/messages-table.js';

const file = new URL('../README.md', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = withMessagesTable(before);
writeFileSync(file, after);
console.log(after === before ? 'README.md: the messages table is up to date' : 'README.md: messages table written');
