import { corpusFromArticles } from './corpus.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { seedData } from './__fixtures__/seed-data.js';
import { compileSpec, renderSvg } from './compile.js';
import { buildSpecs, datesSpanMoreThanOneDay, MAX_POINTS, outletLabel, overTimeByPeriod } from './specs.js';

const schemaPath = fileURLToPath(new URL('../node_modules/vega-lite/build/vega-lite-schema.json', import.meta.url));
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

const data = seedData();
const spread = seedData({ spreadDates: true });

describe('overTimeByPeriod', () => {
  const row = (outlet: string, date: string, frame: string, hits: number, wordTokens: number) => ({ outlet, date, frame, hits, wordTokens, density: (hits / wordTokens) * 1000 });

  it('keeps days when the dates span at most 62 days', () => {
    const rows = [row('nd', '2022-01-05', 'protest', 3, 600), row('nd', '2022-03-07', 'protest', 1, 400)];
    const { period, rows: out } = overTimeByPeriod(rows);
    expect(period).toBe('day');
    expect(out.map((r) => [r.date, r.hits, r.wordTokens])).toEqual([['2022-01-05', 3, 600], ['2022-03-07', 1, 400]]);
  });

  it('sums weeks (Monday to Sunday, dated by the Monday) over longer spans and recomputes the density from the sums', () => {
    // 2022-01-05 is a Wednesday, 2022-01-09 a Sunday (same week, from Monday 2022-01-03), 2022-01-10 the next Monday
    const rows = [
      row('nd', '2022-01-05', 'protest', 3, 600),
      row('nd', '2022-01-05', 'terror', 0, 600),
      row('nd', '2022-01-09', 'protest', 1, 400),
      row('nd', '2022-01-09', 'terror', 2, 400),
      row('nd', '2022-01-10', 'protest', 5, 1000),
      row('tass', '2022-05-01', 'protest', 2, 500),
    ];
    const { period, rows: out } = overTimeByPeriod(rows);
    expect(period).toBe('week');
    expect(out.map((r) => [r.outlet, r.date, r.frame, r.hits, r.wordTokens, r.density])).toEqual([
      ['nd', '2022-01-03', 'protest', 4, 1000, 4],
      ['nd', '2022-01-03', 'terror', 2, 1000, 2],
      ['nd', '2022-01-10', 'protest', 5, 1000, 5],
      // 2022-05-01 is a Sunday: its week starts on Monday 2022-04-25
      ['tass', '2022-04-25', 'protest', 2, 500, 4],
    ]);
  });

  it('goes by month when weeks would put more than MAX_POINTS points in the chart (50 outlets × 8 frames over a year)', () => {
    const frames = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const outlets = Array.from({ length: 50 }, (_, i) => `o${i}`);
    // the first and last day of 2022 for every line: 53 weeks × 400 lines = 21,200 points by week
    const rows = outlets.flatMap((o) => frames.flatMap((f) => [row(o, '2022-01-01', f, 1, 100), row(o, '2022-12-31', f, 1, 100)]));
    expect(Math.ceil(365 / 7) * outlets.length * frames.length).toBeGreaterThan(MAX_POINTS);
    const { period, rows: out } = overTimeByPeriod(rows);
    expect(period).toBe('month');
    expect(out).toHaveLength(2 * 400);
    // one line spanning the year keeps its weeks
    expect(overTimeByPeriod(rows.filter((r) => r.outlet === 'o0' && r.frame === 'a')).period).toBe('week');
  });

  it('sums calendar months when even weeks would be more than 62 points', () => {
    const { period, rows: out } = overTimeByPeriod([row('nd', '2022-01-31', 'protest', 1, 100), row('nd', '2022-01-02', 'protest', 1, 300), row('nd', '2023-06-15', 'protest', 2, 200)]);
    expect(period).toBe('month');
    expect(out.map((r) => [r.date, r.hits, r.wordTokens, r.density])).toEqual([['2022-01-01', 2, 400, 5], ['2023-06-01', 2, 200, 10]]);
  });

  it('datesSpanMoreThanOneDay copes with 200,000 articles (no argument spread)', () => {
    const articles = Array.from({ length: 200_000 }, (_, i) => ({ ...data.articles[0]!, date: i % 2 ? '2022-01-06' : '2022-03-01' }));
    const many = { ...data, articles, corpus: corpusFromArticles(articles) };
    expect(datesSpanMoreThanOneDay(many)).toBe(true);
  });
});

describe('buildSpecs', () => {
  // the same rows spread over ten weeks and over two years: the chart sums weeks, then months
  const stretched = (days: number) => ({
    ...spread,
    overTime: spread.overTime.map((r) => ({ ...r, date: new Date(Date.parse(r.date) + (Date.parse(r.date) - Date.parse('2022-01-05')) * days).toISOString().slice(0, 10) })),
  });
  const weekly = buildSpecs(stretched(35)).find((c) => c.id === 'over-time')!;
  const monthly = buildSpecs(stretched(300)).find((c) => c.id === 'over-time')!;
  const all = [...buildSpecs(data), ...buildSpecs(spread).filter((c) => c.id === 'over-time'), { ...weekly, id: 'over-time (weeks)' }, { ...monthly, id: 'over-time (months)' }];

  it('the over-time chart says which period it sums', () => {
    expect(weekly.question).toBe('How does the use of each frame change from week to week?');
    expect(monthly.question).toBe('How does the use of each frame change from month to month?');
    expect(weekly.csv.split(/\r?\n/)[0]).toBe('outlet,outletLabel,period,date,frame,frameLabel,hits,wordTokens,density');
  });

  it('builds one chart per question, the over-time chart only when dates span more than a day', () => {
    expect(buildSpecs(data).map((c) => c.id)).toEqual(['frame-density', 'frame-intervals', 'voice-by-frame', 'endorsement', 'naming', 'speakers', 'claims', 'distinctive', 'term-scatter']);
    expect(datesSpanMoreThanOneDay(data)).toBe(false); // 2022-01-06 .. 2022-01-07
    expect(datesSpanMoreThanOneDay(spread)).toBe(true);
    expect(all.map((c) => c.id)).toContain('over-time');
  });

  it.each(all.map((c) => [c.id, c] as const))('%s validates against the Vega-Lite schema and compiles without warnings', async (_id, chart) => {
    const ok = validate(chart.vegaLite);
    expect(ajv.errorsText(validate.errors), chart.id).toBe('No errors');
    expect(ok).toBe(true);
    const { spec, warnings } = compileSpec(chart.vegaLite);
    expect(warnings).toEqual([]);
    const svg = await renderSvg(spec);
    expect(svg.warnings).toEqual([]);
    expect(svg.svg).toMatch(/^<svg/);
    // data are inline (a file:// page cannot load URLs)
    expect(JSON.stringify(spec)).not.toMatch(/"url"\s*:/);
  });

  it('the schema check rejects a broken spec (so the test above can fail)', () => {
    const broken = { ...buildSpecs(data)[0]!.vegaLite, mark: 'bogus' };
    expect(validate(broken)).toBe(false);
  });

  it('every chart has a question, a how-to-read line and a CSV of exactly its data', () => {
    for (const c of all) {
      expect(c.question).toMatch(/\?$/);
      expect(c.howToRead.length).toBeGreaterThan(40);
      const values = (c.vegaLite.data as { values: Record<string, unknown>[] }).values;
      const lines = c.csv.trimEnd().split('\r\n');
      expect(lines.length - 1, c.id).toBe(values.length);
    }
  });

  it('the heatmap cells carry the hit counts of the evidence behind them', () => {
    const heat = buildSpecs(data).find((c) => c.id === 'frame-density')!;
    const values = (heat.vegaLite.data as { values: { outlet: string; frame: string; hits: number; ownHits: number }[] }).values;
    for (const v of values) {
      const hits = data.evidence.filter((e) => e.outlet === v.outlet && e.kind === 'frame' && e.category === v.frame);
      expect(v.hits).toBe(hits.length);
      expect(v.ownHits).toBe(hits.filter((e) => e.voice === 'authorial').length);
    }
    // counted by hand in the nd article: Proteste ×6, Demonstranten ×3, Unruhen ×2, Ausschreitung(en) ×2, demonstriert ×1, Plünderungen ×1
    expect(values.find((v) => v.outlet === 'nd' && v.frame === 'protest-unrest')!.hits).toBe(15);
  });

  it('labels every outlet with one article as such', () => {
    expect(outletLabel('nd', 1)).toBe('nd (1 article)');
    expect(outletLabel('taz', 12)).toBe('taz (12 articles)');
    const svg = buildSpecs(data).map((c) => c.csv).join('\n');
    // the German seed outlets have one article each, the English fixture outlets two
    for (const o of data.outlets) expect(svg).toContain(outletLabel(o.name, o.articles));
    expect(data.outlets.filter((o) => o.articles === 1)).toHaveLength(5);
  });
});
