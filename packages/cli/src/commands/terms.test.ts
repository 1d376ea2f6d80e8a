// framelens terms and the term checks of validate, on a copy of the seed corpus whose lexicon gets
// a prefix term "Macht*" (meant for Macht, Machthaber, Machtübergang) that also catches the verb ("macht", "machte").
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRepo } from '@framelens/tools';
import { captureIo } from '../__fixtures__/capture-io.js';
import { main } from '../main.js';


describe('framelens terms', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await tempRepo({ pipeline: true });
    const file = path.join(repo, 'pipelines', 'kazakhstan-2022', 'lexicon.yaml');
    const yaml = await readFile(file, 'utf8');
    const power = '  - id: power\n    label: Power\n    description: Who holds power.\n    terms:\n      - {term: "Macht*", match: prefix}\n';
    await writeFile(file, yaml.replace(/^frames:\n/m, `frames:\n${power}`));
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('prints every form with its count and an example, and flags the verb', async () => {
    const io = captureIo(repo);
    expect(await main(['terms', 'pipelines/kazakhstan-2022'], io)).toBe(0);
    const out = io.out.join('\n');
    expect(out).toContain('frame power · "Macht*" (prefix, frames[0].terms[0])');
    expect(out).toMatch(/machte ×1 \[stop word\] \[lower case\] {2}“Er machte «in- und ausländische Provokateure» für das Chaos verantwortlich\.”/);
    expect(out).toMatch(/fix: match: exact with the forms you mean, e\.g\. \{term: Macht[^,]+, match: exact, forms: \[.*\]\}, or exclude: \[macht, machte\]/);
    expect(out).toMatch(/terror-extremism · "Terrorbanden" \(stem, frames\[1\]\.terms\.de\[0\]\): 1 hit\n {4}Terrorbanden ×1/);
  });

  it('--json gives the same audit as data', async () => {
    const io = captureIo(repo);
    expect(await main(['terms', 'pipelines/kazakhstan-2022', '--json'], io)).toBe(0);
    const audits = JSON.parse(io.out.join('\n')) as { term: string; flags: string[]; forms: { form: string; count: number; example: string }[] }[];
    const macht = audits.find((a) => a.term === 'Macht*')!;
    expect(macht.flags).toContain('stop-word forms');
    expect(macht.forms.find((f) => f.form === 'machte')).toMatchObject({ count: 1, stopword: true, lowercase: true });
    expect(audits.every((a) => a.forms.every((f) => f.example.length > 0))).toBe(true);
  });

  it('validate warns, naming the term, the colliding forms and the fix', async () => {
    const io = captureIo(repo);
    expect(await main(['validate', 'pipelines/kazakhstan-2022'], io)).toBe(0);
    const text = [...io.out, ...io.err].join('\n');
    expect(text).toContain('frames[0].terms[0]');
    expect(text).toContain('"Macht*" (power) matched macht ×1 (stop word), machte ×1 (stop word) in the corpus: 2 of its 6 hits');
    expect(text).toContain('or exclude: [macht, machte]');
  });
});
