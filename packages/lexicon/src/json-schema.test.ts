import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lexiconJsonSchema } from './index.js';

describe('lexicon.schema.json', () => {
  it('is the schema generated from the zod schema (run scripts/generate-schema.ts after changing schema.ts)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../lexicon.schema.json', import.meta.url)), 'utf8');
    expect(committed, 'packages/lexicon/lexicon.schema.json is stale: pnpm exec tsx packages/lexicon/scripts/generate-schema.ts').toBe(lexiconJsonSchema());
  });

  it('describes every key with its meaning', () => {
    const schema = JSON.parse(lexiconJsonSchema()) as { properties: Record<string, { description?: string }> };
    for (const [key, prop] of Object.entries(schema.properties)) expect(prop.description, key).toBeTruthy();
    expect(JSON.stringify(schema)).toContain('"default":"stem"');
  });
});
