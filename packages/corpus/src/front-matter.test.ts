import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { simpleFrontMatter, splitFrontMatter } from './front-matter.js';
import { parseFrontMatter } from './read-article.js';
import { articleFrontMatterSchema, plainFrontMatter } from './schema.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const seedYaml = (): [string, string][] => {
  const dir = path.join(repoRoot, 'corpus/kazakhstan-2022');
  const out: [string, string][] = [];
  for (const outlet of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(path.join(dir, outlet.name)).filter((n) => n.endsWith('.md'))) {
      const split = splitFrontMatter(readFileSync(path.join(dir, outlet.name, f), 'utf8'));
      if (split.kind === 'ok') out.push([`${outlet.name}/${f}`, split.yaml]);
    }
  }
  return out;
};

describe('simpleFrontMatter (the fast path before the YAML library)', () => {
  it('reads every seed front matter exactly as the YAML library does', () => {
    // the five German seeds and the four English fixture articles (corpus/README.md)
    const seeds = seedYaml();
    expect(seeds).toHaveLength(9);
    for (const [, yaml] of seeds) {
      expect(simpleFrontMatter(yaml)).toEqual(parse(yaml));
      expect(simpleFrontMatter(yaml)?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('leaves everything else to the library: numbers, booleans, comments, blank lines, repeated fields, lists', () => {
    for (const yaml of ['date: 2022', 'title: true', 'title: null', 'title: "a" # note', 'title: "a"\n\ndate: "2022-01-06"', 'title: "a"\ntitle: "b"', 'tags:\n  - a', 'title: Kasachstan: Tokajew', "title: 'single'", 'title: "\\ud800"', '']) {
      expect(simpleFrontMatter(yaml), yaml).toBeUndefined();
    }
  });

  it('whenever it answers, answers what the YAML library answers (random field values, quotes, escapes, any Unicode)', () => {
    const key = fc.constantFrom('title', 'date', 'url', 'note', 'author', 'language', 'datePrecision', 'x_1');
    const value = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }).map((s) => JSON.stringify(s)),
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,8}$/),
      fc.constantFrom('2022-01-06', 'https://www.nd-aktuell.de/artikel/1160198?x=1&y=%20', 'true', 'Null', '"\\/\\b\\f\\t"'),
      fc.string({ maxLength: 12 }),
    );
    let answered = 0;
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, value), { minLength: 1, maxLength: 6, selector: ([k]) => k }), (fields) => {
        const yaml = fields.map(([k, v]) => `${k}: ${v}`).join('\n');
        const fast = simpleFrontMatter(yaml);
        if (fast === undefined) return;
        answered++;
        expect(fast).toEqual(parse(yaml));
      }),
      { seed: 42, numRuns: 3000 },
    );
    // the property is tested on many answers, not only on refusals
    expect(answered).toBeGreaterThan(300);
  });

  it('gives parseFrontMatter the same result as the library path, problems included', () => {
    expect(parseFrontMatter('title: "Ein Titel"\ndate: "2022-01-06"\nlanguage: de', 'a.md')).toEqual({
      meta: { title: 'Ein Titel', date: '2022-01-06', language: 'de', datePrecision: 'day' },
      problems: [],
    });
    // a problem found after the fast path still names the line, from the library's document
    expect(parseFrontMatter('title: "Ein Titel"\ndate: "2022-02-30"', 'a.md').problems).toMatchObject([
      { file: 'a.md', line: 3, field: 'date', message: '"2022-02-30" is not a calendar date' },
    ]);
    expect(parseFrontMatter('title: "Ein Titel"\nfarbe: blau', 'a.md').problems).toMatchObject([{ file: 'a.md', line: 3, field: 'farbe' }]);
  });
});

describe('plainFrontMatter (the schema check without zod for the common fields)', () => {
  it('accepts every seed front matter, as the schema returns it', () => {
    for (const [name, yaml] of seedYaml()) {
      const record = parse(yaml) as Record<string, unknown>;
      expect(plainFrontMatter(record), name).toBe(true);
      expect(articleFrontMatterSchema.parse(record), name).toEqual(record);
    }
  });

  it('whenever it accepts, the schema accepts and returns the record unchanged; what the schema refuses it refuses (random fields and values)', () => {
    const key = fc.constantFrom('title', 'date', 'url', 'note', 'author', 'language', 'datePrecision', 'renamedFrom', 'x_1', '__proto__');
    const value = fc.oneof(
      fc.constantFrom('', 'Ein Titel', '2022', '2022-01', '2022-01-06', '2022-1-6', '06.01.2022', 'de', 'DE', 'deu', 'deut', 'day', 'month', 'year', 'inferred', 'Day'),
      fc.constantFrom('https://www.nd-aktuell.de/artikel/1160198', 'http://x.y', 'ftp://x.y/a', 'www.nd.de', 'https://'),
      fc.string({ maxLength: 12 }),
      fc.constantFrom(2022, true, null, ['a.md']),
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, value), { maxLength: 5, selector: ([k]) => k }), (fields) => {
        const record: Record<string, unknown> = {};
        for (const [k, v] of fields) Object.defineProperty(record, k, { value: v, enumerable: true, writable: true, configurable: true });
        const zod = articleFrontMatterSchema.safeParse(record);
        if (!zod.success) expect(plainFrontMatter(record)).toBe(false);
        if (!plainFrontMatter(record)) return;
        accepted++;
        expect(zod.success && zod.data).toEqual(record);
      }),
      { seed: 7, numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
});
