/**
 * The page with data the seeds lack: a voice value the page does not know (as a future pipeline
 * may add "negated" as a voice), negated hits as ReportData marks them today (excluded:
 * 'negated'), unverified attributions, a warning kind the page does not know, and 30 outlets.
 */
import { describe, expect, it } from 'vitest';
import { manyOutlets } from './__fixtures__/many-outlets.js';
import { FAZ, scareQuotesData } from './__fixtures__/scare-quotes.js';
import { seedData } from './__fixtures__/seed-data.js';
import { compileSpec } from './compile.js';
import { VOICE_COLOURS } from './palette.js';
import { renderReport } from './render.js';
import { buildSpecs } from './specs.js';

const pageData = (html: string) => JSON.parse(/<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)![1]!.replaceAll('\\u003c', '<')) as { voices: { id: string; label: string }[] };

describe('voices the seeds lack', () => {
  it('a new voice value in the tables gets its own colour, legend entry and explorer option', async () => {
    const data = seedData();
    const row = data.outletFrameVoices.find((r) => r.outlet === 'nd' && r.frame === 'terror-extremism')!;
    data.outletFrameVoices.push({ ...row, voice: 'negated' as typeof row.voice, hits: 2, share: 0.5 }, { ...row, voice: 'ironic' as typeof row.voice, hits: 1, share: 0.25 });
    const voice = buildSpecs(data).find((c) => c.id === 'voice-by-frame')!;
    const color = (voice.vegaLite as { spec: { encoding: { color: { scale: { domain: string[]; range: string[] }; legend: { labelExpr: string } } } } }).spec.encoding.color;
    expect(color.scale.domain).toEqual(['authorial', 'quoted', 'reported', 'distanced', 'negated', 'ironic']);
    expect(color.scale.range[4]).toBe(VOICE_COLOURS['negated']);
    expect(new Set(color.scale.range).size).toBe(6);
    expect(color.legend.labelExpr).toContain('negated or rejected');
    expect(compileSpec(voice.vegaLite).warnings).toEqual([]);
    const { html } = await renderReport(data);
    expect(pageData(html).voices.map((v) => v.id)).toEqual(['authorial', 'quoted', 'reported', 'distanced', 'negated', 'ironic']);
  });

  it('negated hits (excluded: negated) are a filter option, a reader legend entry and a method line, never a count', async () => {
    const data = seedData();
    const hit = data.evidence.find((e) => e.outlet === 'nd' && e.kind === 'frame')!;
    data.evidence.push({ ...hit, id: `${hit.id}-negated`, excluded: 'negated', negation: 'kein' });
    const { html } = await renderReport(data);
    expect(pageData(html).voices.map((v) => v.id)).toContain('negated');
    expect(html).toContain('<span class="sw negated"></span>negated or rejected');
    expect(html).toContain('<li><code>negated</code>: negated or rejected');
    // the overview's counted hits leave it out: the same figure as without the row
    const lead = (h: string) => /counted lexicon hits?/.exec(h) && /<p class="lead">.*?<\/p>/.exec(h)![0];
    expect(lead(html)).toBe(lead((await renderReport(seedData())).html));
    // without negated hits the page lists no such voice
    expect(pageData((await renderReport(seedData())).html).voices.map((v) => v.id)).toEqual(['authorial', 'quoted', 'reported', 'distanced']);
  });
});

describe('the overview', () => {
  it('counts attributions by status, unverified in its own colour, and shows an unknown warning kind under its name', async () => {
    const data = seedData();
    data.outlets[0] = { ...data.outlets[0]!, attributionStatus: 'unverified' };
    data.warnings.push({ kind: 'brand-new-kind' as 'other', message: 'Something the page does not know yet.' });
    const { html } = await renderReport(data);
    expect(html).toContain('Attribution of the outlets: <span class="badge confirmed">4 confirmed</span> <span class="badge inferred">2 inferred</span> <span class="badge unverified">1 unverified</span>');
    expect(html).toContain('<summary>brand-new-kind (1)</summary><ul><li>Something the page does not know yet.</li>');
  });

  it('the findings name the outlet that keeps a frame at a distance (the FAZ case), once its hits are in 3 articles', async () => {
    const sentence = `<strong>${FAZ.name}</strong> keeps the <q>Terror and extremism</q> frame at a distance most often: ${FAZ.hits} of its ${FAZ.hits} hits of that frame (100%, 95% interval 76–100%), in 3 articles, in scare quotes or with "so-called".`;
    // one article: too little for a finding (review F3)
    expect((await renderReport(scareQuotesData())).html).not.toContain('keeps the <q>Terror and extremism</q> frame at a distance');
    const data = scareQuotesData();
    data.outlets.find((o) => o.outlet === FAZ.outlet)!.articles = 3;
    data.evidence.filter((r) => r.outlet === FAZ.outlet).forEach((r, i) => (r.article = `${r.article}-${i % 3}`));
    const { html } = await renderReport(data);
    expect(html).toContain(sentence);
    // and, counting own voice, it is never the outlet with the most terror
    expect(html).not.toMatch(new RegExp(`<q>Terror and extremism</q> frame is highest in <strong>${FAZ.name}`));
  });
});

describe('30 outlets', () => {
  const data = manyOutlets();
  const specs = buildSpecs(data);

  it('no chart tells outlets apart by colour', () => {
    const colourFields = (v: unknown): string[] => {
      if (!v || typeof v !== 'object') return [];
      if (Array.isArray(v)) return v.flatMap(colourFields);
      return Object.entries(v).flatMap(([k, x]) => ((k === 'color' || k === 'fill' || k === 'stroke') && x && typeof x === 'object' && 'field' in x ? [String((x as { field: unknown }).field)] : colourFields(x)));
    };
    for (const c of specs) expect(colourFields(c.vegaLite).filter((f) => /^outlet/.test(f)), c.id).toEqual([]);
  });

  it('groups outlets into one heatmap block per group, ordered by group, and every chart compiles', () => {
    const heat = specs.find((c) => c.id === 'frame-density')!.vegaLite as { vconcat: { title: { text: string } }[] };
    expect(heat.vconcat.map((b) => b.title.text)).toEqual(['panel B', 'weekly', 'broadcaster', 'panel A', 'daily', 'state media']);
    for (const c of specs) expect(compileSpec(c.vegaLite).warnings, c.id).toEqual([]);
  });

  it('collapses warnings, outlets, near-duplicates and lexicon gaps into counted summaries', async () => {
    const { html } = await renderReport(data);
    expect(html).toContain('<summary>Near-duplicate article pairs (shared wire copy) (124)</summary>');
    expect(html).toContain('<summary>Articles with boilerplate left out (captions, credits, teasers) (600)</summary>');
    expect(html).toContain('<details id="outlets"><summary>Outlets (30): names, attribution evidence');
    expect(html).toContain('<summary>124 near-duplicate pairs: show</summary>');
    expect(html).toMatch(/<summary>[\d,]+ suggestions \(the top words of each outlet; [\d,]+ distinct words\) no lexicon entry covers: show<\/summary>/);
  });
});
