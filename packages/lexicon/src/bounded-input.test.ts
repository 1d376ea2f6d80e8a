import { describe, expect, it } from 'vitest';
import { parseLexicon } from './index.js';

describe('parseLexicon on amplified and deep YAML', () => {
  it('refuses aliases that expand a 10,000-term list 999 times (10 million values) before expanding them', () => {
    const terms = Array.from({ length: 10_000 }, (_, i) => `    - B${i}`).join('\n');
    const frames = Array.from({ length: 999 }, (_, i) => `  - id: f${i}\n    label: Frame ${i}\n    terms: *all`).join('\n');
    const yaml = `name: bomb\nlanguage: de\nversion: 1\nshared:\n  - &all\n${terms}\nframes:\n${frames}\n`;
    expect(yaml.length).toBeLessThan(180_000);
    const { lexicon, problems } = parseLexicon(yaml, 'pipelines/x/lexicon.yaml');
    expect(lexicon).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('YAML cannot be read: its aliases (*name) expand 17,005 written values to 10,007,005; at most 100,000 more than written are allowed');
  });

  it('reports nesting too deep for the parser once, at its line', () => {
    const { problems } = parseLexicon(`name: deep\nfoo: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'pipelines/x/lexicon.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, message: 'YAML nests lists or maps too deeply (hundreds of levels; it gave up here)' });
  });
});
