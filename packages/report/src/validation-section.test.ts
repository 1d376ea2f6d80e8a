import { describe, expect, it } from 'vitest';
import { computeAgreement, type CodedFile, type KeyRow, type SampleMeta } from '@framelens/validation';
import { seedData } from './__fixtures__/seed-data.js';
import { renderReport } from './render.js';

/** The seed report; two coders on twelve hits of two frames: terror confirmed 6 of 6, foreign interference 2 of 4 (flagged). */
function validation() {
  const data = seedData();
  const frames = data.lexicon.frames.filter((f) => f.id === 'terror-extremism' || f.id === 'foreign-interference');
  const meta = { pipeline: 'test', date: '2026-12-07', seed: 1, perFrame: 6, negatives: 0, lexicon: { path: 'l.yaml', sha256: 'x' }, frames: frames.map((f) => ({ id: f.id, label: f.label, terms: f.terms, hits: 20, hitSentences: 18, sampled: 6 })), negativeSentences: 100, items: 12 } satisfies SampleMeta;
  const key: KeyRow[] = Array.from({ length: 12 }, (_, i) => ({ item: `2026-12-07/${String(i + 1).padStart(3, '0')}`, kind: 'hit', frame: i < 6 ? 'terror-extremism' : 'foreign-interference', term: i < 6 ? 'Terroristen' : 'im Ausland ausgebildete', voice: i % 3 === 0 ? 'quoted' : 'authorial' }));
  const coder = (name: string, flip: number): CodedFile & { sha256: string } => ({
    file: `validation/test/coded-${name}.csv`, coder: name, coderLine: 2, uncoded: 0, sha256: 'a'.repeat(64),
    codings: key.map((k, i) => ({ item: k.item, present: i < 6 || i >= 10 ? 'yes' : i === flip ? 'yes' : 'no', voice: k.voice === 'quoted' ? 'quoted' : 'own voice', note: '' })),
  });
  const summary = computeAgreement({ meta, sampleFile: 'validation/test/sample-2026-12-07.csv', key, files: [coder('Anna', 6), coder('Ben', 7)], samples: 200 });
  return { data, summary };
}

describe('Validation section', () => {
  it('shows precision with its interval, the confusion matrix, alpha and the coding files; flags the weak frame everywhere', { timeout: 120_000 }, async () => {
    const { data, summary } = validation();
    // foreign: items 6–9 coded no except one each (split: no verdict on 6 and 7), 10–11 yes → 2 of 4
    expect(summary.frames['foreign-interference']).toMatchObject({ yes: 2, no: 2, n: 4, unsure: 2, precision: 0.5 });
    expect(summary.frames['terror-extremism']).toMatchObject({ precision: 1, n: 6 });
    const plain = (await renderReport(data)).html;
    expect(plain).not.toContain('id="validation"');
    const { html } = await renderReport(data, { validation: { summary, changed: [] } });
    expect(html).toContain('<a href="#validation">Validation</a>');
    const section = html.slice(html.indexOf('<section id="validation"'), html.indexOf('<section id="method"'));
    expect(section).toMatch(/<td>Foreign interference \/ colour revolution<\/td><td class="num">0\.50<\/td><td class="num">0\.15–0\.85<\/td><td class="num">4<\/td>/);
    expect(section).toMatch(/<td>Terror and extremism<\/td><td class="num">1\.00<\/td><td class="num">0\.61–1\.00<\/td><td class="num">6<\/td>/);
    expect(section).toContain('<strong>⚠ below 0.8</strong>');
    expect(section).toContain('validation/test/coded-Anna.csv');
    expect(section).toContain('a'.repeat(64));
    // confusion: 4 quoted hits, 8 own voice, all agreed
    expect(section).toMatch(/<td>quoted<\/td><td class="num">0<\/td><td class="num">4<\/td>/);
    expect(section).toContain("Krippendorff's alpha (nominal)");
    // next to the frame profile: each frame's precision with its interval
    const profile = html.slice(html.indexOf('<section id="frames"'), html.indexOf('<section id="voice"'));
    expect(profile).toContain('Terror and extremism 1.00 (0.61–1.00, n = 6); Foreign interference / colour revolution 0.50 (0.15–0.85, n = 4) ⚠.');
    // the flag travels with the label: the heatmap, the bars, the explorer's categories, the method's lexicon table
    const flagged = '⚠ Foreign interference / colour revolution (precision 0.50)';
    expect(html.split(flagged).length - 1).toBeGreaterThan(5);
    expect(html).not.toContain('⚠ Terror and extremism');
    expect(html.slice(html.indexOf('<section id="method"'))).toContain(flagged);
  });

  it('says when the coding files changed since the agreement', { timeout: 120_000 }, async () => {
    const { data, summary } = validation();
    const { html } = await renderReport(data, { validation: { summary, changed: ['validation/test/coded-Ben.csv'] } });
    expect(html).toMatch(/changed or are gone since <code>framelens agreement<\/code> ran.*coded-Ben\.csv/);
  });
});
