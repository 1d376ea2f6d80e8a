// Writes packages/lexicon/lexicon.schema.json from the zod schema.
// Run: pnpm exec tsx packages/lexicon/scripts/generate-schema.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexiconJsonSchema } from '../src/json-schema.js';

const out = fileURLToPath(new URL('../lexicon.schema.json', import.meta.url));
writeFileSync(out, lexiconJsonSchema());
console.log(`wrote ${out}`);
