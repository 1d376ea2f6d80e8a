import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYaml } from './yaml-problems.js';
import { parseYamlBounded, yamlSize } from './yaml-size.js';

describe('yamlSize', () => {
  it('counts values as written and with every alias expanded (anchors redefined later count from there)', () => {
    expect(yamlSize(parseDocument('a: 1\nb: [x, y]\n'))).toEqual({ written: 7, expanded: 7 });
    // &l is a list of 3 values (the list and two items); two aliases add 2 × 3 − 2
    expect(yamlSize(parseDocument('a: &l [x, y]\nb: *l\nc: *l\n'))).toEqual({ written: 9, expanded: 13 });
    expect(yamlSize(parseDocument('a: &l [x]\nb: &l [x, y, z]\nc: *l\n'))).toEqual({ written: 11, expanded: 14 });
  });

  it('the classic billion laughs, nine levels of ten aliases each, is measured without expanding it', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(10).fill(`*${'abcdefghi'[i - 1]}`).join(', ')}]`);
    expect(yamlSize(parseDocument(levels.join('\n'))).expanded).toBeGreaterThan(1e9);
  });
});

describe('parseYaml (front matter, outlet.yaml, pipeline.yaml)', () => {
  it('refuses aliases that expand far beyond what is written, with the numbers', () => {
    const list = Array.from({ length: 2000 }, (_, i) => `  - w${i}`).join('\n');
    const aliases = Array.from({ length: 99 }, (_, i) => `k${i}: *l`).join('\n');
    const { value, problems } = parseYaml(`title: x\nlist: &l\n${list}\n${aliases}\n`, 'corpus/e/o/a.md', 1, 'title: "…"');
    expect(value).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'corpus/e/o/a.md', line: 2, message: expect.stringMatching(/^YAML cannot be read: its aliases \(\*name\) expand 2,\d{3} written values to 200,\d{3}; at most 100,000 more/) });
  });

  it('reports a nesting too deep for the parser once, not once per level', () => {
    const { problems } = parseYaml(`title: x\ntags: ${'['.repeat(3000)}${']'.repeat(3000)}\n`, 'corpus/e/o/a.md', 1, 'title: "…"');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('YAML nests lists or maps too deeply (hundreds of levels; it gave up here)');
    expect(problems[0]!.message).not.toContain('call stack');
  });
});

describe('parseYamlBounded (front matter of files being imported)', () => {
  it('reads plain YAML and refuses an alias bomb and broken YAML', () => {
    expect(parseYamlBounded('title: "Über die Lage"\ndate: 2022-01-07')).toEqual({ title: 'Über die Lage', date: '2022-01-07' });
    const list = Array.from({ length: 2000 }, (_, i) => `  - w${i}`).join('\n');
    const bomb = `list: &l\n${list}\n${Array.from({ length: 99 }, (_, i) => `k${i}: *l`).join('\n')}\n`;
    expect(() => parseYamlBounded(bomb)).toThrow(/its aliases \(\*name\) expand 2,\d{3} written values to 200,\d{3}/);
    expect(() => parseYamlBounded('title: "open')).toThrow();
  });
});
