import { createHash } from 'node:crypto';
import { copyFile, readFile, readdir, writeFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '@framelens/diagnostics';
import { NEAR_DUPLICATES_IN_REPORT, WARNINGS_PER_KIND_IN_REPORT, readHits, readParquet, reportJson, toCsvFiles } from '@framelens/aggregate';
import { captureIo, readTree as readBytes, useSeedRepo } from '@framelens/tools/seed-repo';
import { main } from './main.js';
import { loadPipelineConfig } from './pipeline-config.js';
import { MIN_ARTICLES_FOR_WORKERS, evidencePerCellInHtml, runAndWrite } from './run-pipeline.js';

const readTree = (dir: string) => readBytes(dir, 'utf8');

describe('framelens analyze on a copy of the seed corpus', () => {
  const seed = useSeedRepo();

  it('writes index.html, report.json and the CSVs, and says where', async () => {
    const io = captureIo(seed.pipelineDir);
    expect(await main(['analyze', '--workers', '1'], io)).toBe(0);
    expect(io.out.join('\n')).toMatch(/analysed 9 articles from 7 outlets/);
    expect(io.out.join('\n')).toContain(path.join('..', '..', 'reports', 'kazakhstan-2022', 'index.html'));
    const files = await readTree(seed.reportDir);
    expect([...files.keys()].filter((f) => !f.startsWith('data/')).sort()).toEqual(['index.html', 'report.json']);
    expect([...files.keys()].some((f) => f.startsWith('data/') && f.endsWith('.csv'))).toBe(true);
    const report = JSON.parse(files.get('report.json') as string);
    expect(report.outlets.map((o: { outlet: string }) => o.outlet)).toEqual(['augsburger-allgemeine', 'dpa-wire', 'fictional-state-agency-en', 'fictional-wire-en', 'junge-welt', 'kleine-zeitung', 'nd']);
    expect(report.articles).toHaveLength(9);
    // every hit is in data/hits.parquet, one row each, in article order; no data/evidence.csv (the hits are written once)
    expect(files.has('data/evidence.csv')).toBe(false);
    const hits = await readHits<{ id: string; article: string }>(path.join(seed.reportDir, 'data', 'hits.parquet'), (t) => `SELECT id, article FROM ${t}`);
    expect(hits.length).toBe(report.evidenceTotal);
    expect(hits.map((h) => h.article)).toEqual(hits.map((h) => h.article).sort());
    expect(hits.find((h) => h.article === 'nd/2022-01-06-russland-greift-ein')?.id).toMatch(/^nd\/2022-01-06-russland-greift-ein#/);
    // provenance counts the corpus files and digests them: the sha256 of their "sha256  path" lines sorted by path;
    // data/articles.parquet lists each file with its hash (that of the file's bytes)
    const articleFiles = await readParquet<{ path: string; sha256: string }>(path.join(seed.reportDir, 'data', 'articles.parquet'), (t) => `SELECT path, sha256 FROM ${t} ORDER BY path`);
    expect(articleFiles).toHaveLength(9);
    const nd = articleFiles.find((f) => f.path.endsWith('nd/2022-01-06-russland-greift-ein.md'))!;
    expect(nd.sha256).toBe(createHash('sha256').update(await readFile(path.join(seed.repo, nd.path))).digest('hex'));
    expect(report.provenance.corpus.files).toBeUndefined();
    expect(report.provenance.corpus.fileCount).toBe(9);
    expect(report.provenance.corpus.filesSha256).toBe(createHash('sha256').update(articleFiles.map((f) => `${f.sha256}  ${f.path}\n`).join('')).digest('hex'));
    expect(report.provenance.lexicon.path).toBe('pipelines/kazakhstan-2022/lexicon.yaml');
  });

  it('writes report.json and the CSVs piece by piece with the bytes of reportJson and toCsvFiles', async () => {
    const config = await loadPipelineConfig(seed.pipelineDir);
    const { data } = await runAndWrite(config, { workers: 1 });
    const files = await readTree(seed.reportDir);
    expect(files.get('report.json')).toBe(reportJson(data!));
    const csv = toCsvFiles(data!);
    expect(csv.size).toBeGreaterThan(10);
    for (const [name, text] of csv) expect(files.get(`data/${name}`), name).toBe(text);
    // the scratch files (evidence lines, shingle hashes) are gone
    expect((await readdir(path.dirname(seed.reportDir))).filter((name) => name.startsWith('.'))).toEqual([]);
    // --json counts every hit (data/hits.parquet), not only the evidence rows kept for the page
    const file = path.join(seed.pipelineDir, 'pipeline.yaml');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('evidencePerCell: 200', 'evidencePerCell: 1'));
    try {
      const io = captureIo(seed.pipelineDir);
      expect(await main(['analyze', '--json', '--workers', '1'], io)).toBe(0);
      const capped = await readTree(seed.reportDir);
      const evidenceRows = (await readParquet(path.join(seed.reportDir, 'data', 'hits.parquet'))).length;
      expect(evidenceRows).toBeGreaterThan(JSON.parse(capped.get('report.json')!).evidence.length);
      expect(JSON.parse(io.out.join('\n')).hits).toBe(evidenceRows);
    } finally {
      await writeFile(file, original);
    }
  });

  it('reports every corpus problem, analyses nothing, and leaves the previous report intact', async () => {
    const config = await loadPipelineConfig(seed.pipelineDir);
    await runAndWrite(config, { workers: 1 });
    const before = await readTree(seed.reportDir);
    const bad1 = path.join(seed.repo, 'corpus', 'kazakhstan-2022', 'nd', 'broken.md');
    const bad2 = path.join(seed.repo, 'corpus', 'kazakhstan-2022', 'junge-welt', 'wrong-date.md');
    await writeFile(bad1, '---\ntitle: "Kein Ende"\nText ohne schließende Linie\n');
    await writeFile(bad2, '---\ndate: "07.01.2022"\n---\nEin Text.');
    try {
      const io = captureIo(seed.pipelineDir);
      expect(await main(['analyze'], io)).toBe(1);
      const stderr = io.err.join('\n');
      expect(stderr).toContain('corpus/kazakhstan-2022/nd/broken.md');
      expect(stderr).toContain('corpus/kazakhstan-2022/junge-welt/wrong-date.md');
      expect(stderr).toMatch(/date/);
      await expect(runAndWrite(config, { workers: 1 })).rejects.toBeInstanceOf(InputError);
      expect(await readTree(seed.reportDir)).toEqual(before);
    } finally {
      await rm(bad1);
      await rm(bad2);
    }
  });

  it('refuses a pipeline.yaml whose output points outside reports/', async () => {
    const file = path.join(seed.pipelineDir, 'pipeline.yaml');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('output: ../../reports/kazakhstan-2022', 'output: ../../../../tmp/elsewhere'));
    try {
      const io = captureIo(seed.pipelineDir);
      expect(await main(['analyze'], io)).toBe(1);
      expect(io.err.join('\n')).toMatch(/pipeline\.yaml:\d+ output: must be a folder inside the repository's reports\/ folder/);
      await expect(stat(path.join(seed.repo, '..', '..', 'tmp', 'elsewhere'))).rejects.toThrow();
    } finally {
      await writeFile(file, original);
    }
  });

  it('exits 2 with a usage message for a bad --workers value', async () => {
    const io = captureIo(seed.pipelineDir);
    expect(await main(['analyze', '--workers', 'many'], io)).toBe(2);
    expect(io.err.join('\n')).toMatch(/--workers takes a whole number from 1 to 256 \(got "many"\)/);
  });
});

describe('worker threads', () => {
  const seed = useSeedRepo();

  it('give byte-identical output with 1, 2 and 3 workers', async () => {
    // enough articles that the worker pool is really used: each seed copied 14 times in its outlet
    const corpus = seed.corpusDir;
    let articles = 0;
    for (const outlet of await readdir(corpus)) {
      for (const name of (await readdir(path.join(corpus, outlet))).filter((n) => n.endsWith('.md'))) {
        for (let i = 1; i < 14; i++) await copyFile(path.join(corpus, outlet, name), path.join(corpus, outlet, name.replace('.md', `-copy-${i}.md`)));
        articles += 14;
      }
    }
    expect(articles).toBeGreaterThanOrEqual(MIN_ARTICLES_FOR_WORKERS);
    const config = await loadPipelineConfig(seed.pipelineDir);
    const reportDir = config.outputDir;
    await runAndWrite(config, { workers: 1 });
    const one = await readTree(reportDir);
    await runAndWrite(config, { workers: 2 });
    const two = await readTree(reportDir);
    expect([...two.keys()]).toEqual([...one.keys()]);
    for (const [name, content] of one) expect(two.get(name), name).toBe(content);
    // three: two worker threads and this one share the batches
    await runAndWrite(config, { workers: 3 });
    const three = await readTree(reportDir);
    for (const [name, content] of one) expect(three.get(name), name).toBe(content);
    const report = JSON.parse(one.get('report.json') as string);
    expect(report.articles).toHaveLength(9 * 14);
    // the copies are found as near-duplicates on texts re-read from the corpus (the streaming path)
    const pairs = report.nearDuplicates as { articleA: string; articleB: string; similarity: number }[];
    expect(pairs.length).toBeGreaterThan(0);
    // more pairs and warnings than report.json lists: every one is in data/*.parquet, report.json counts them
    const parquet = (name: string, query: (t: string) => string) => readParquet<Record<string, unknown>>(path.join(reportDir, 'data', name), query);
    const allPairs = await parquet('near-duplicates.parquet', (t) => `SELECT article_a, article_b, similarity, passages FROM ${t}`);
    const ndPair = allPairs.find((p) => p.article_a === 'nd/2022-01-06-russland-greift-ein' && String(p.article_b).startsWith('nd/2022-01-06-russland-greift-ein-copy-'));
    expect(ndPair?.similarity).toBe(1);
    expect(report.nearDuplicatesTotal).toBe(allPairs.length);
    expect(allPairs.length).toBeGreaterThan(NEAR_DUPLICATES_IN_REPORT);
    expect(pairs).toHaveLength(NEAR_DUPLICATES_IN_REPORT);
    expect(allPairs.slice(0, pairs.length).map((p) => [p.article_a, p.article_b, p.similarity])).toEqual(pairs.map((p) => [p.articleA, p.articleB, p.similarity]));
    const passages = await parquet('near-duplicate-passages.parquet', (t) => `SELECT count(*)::INTEGER AS n FROM ${t}`);
    expect(passages[0]!.n).toBe(allPairs.reduce((sum, p) => sum + Number(p.passages), 0));
    const warnings = await parquet('warnings.parquet', (t) => `SELECT kind, message FROM ${t}`);
    const counted = (report.warningCounts as { kind: string; warnings: number }[]).reduce((sum, c) => sum + c.warnings, 0);
    expect(warnings.length).toBe(counted);
    expect(warnings.filter((w) => w.kind === 'near-duplicate')).toHaveLength(allPairs.length);
    const listed = (report.warnings as { kind: string; message: string }[]).filter((w) => w.kind === 'near-duplicate');
    expect(listed.map((w) => w.message)).toEqual(warnings.filter((w) => w.kind === 'near-duplicate').slice(0, WARNINGS_PER_KIND_IN_REPORT).map((w) => w.message));
    expect(one.has('data/warnings.csv') || one.has('data/near-duplicates.csv')).toBe(false);
  }, 180_000);

  it('report a bad file met on a worker thread like any other, and leave the previous report as it was', async () => {
    // runs after the test above, on its repository of 70 articles and its report
    const config = await loadPipelineConfig(seed.pipelineDir);
    const before = await readTree(config.outputDir);
    const outlet = path.join(seed.corpusDir, 'nd');
    // the last file of the corpus: with 2 and 3 workers its batch goes to a worker or this thread
    await writeFile(path.join(outlet, 'zz-empty.md'), '');
    for (const workers of [2, 3]) {
      const error = await runAndWrite(config, { workers }).catch((e: unknown) => e);
      expect(error, `${workers} workers`).toBeInstanceOf(InputError);
      expect((error as InputError).problems.map((p) => `${p.file}: ${p.message}`)).toEqual(['corpus/kazakhstan-2022/nd/zz-empty.md: is empty (0 bytes)']);
      const after = await readTree(config.outputDir);
      for (const [name, content] of before) expect(after.get(name), name).toBe(content);
    }
    await rm(path.join(outlet, 'zz-empty.md'));
  }, 180_000);
});

describe('reader payloads', () => {
  const repo = useSeedRepo();

  it("are sent from the map step only for the articles the report keeps: each outlet's first, with their full texts", async () => {
    // one outlet with more articles than the report keeps readers of (300 over 7 outlets: 43)
    const outlet = path.join(repo.corpusDir, 'nd');
    const [seed] = (await readdir(outlet)).filter((n) => n.endsWith('.md'));
    for (let i = 0; i < 64; i++) await copyFile(path.join(outlet, seed!), path.join(outlet, seed!.replace('.md', `-copy-${String(i).padStart(2, '0')}.md`)));
    const config = await loadPipelineConfig(repo.pipelineDir);
    const data = (await runAndWrite(config, { workers: 1 })).data!;
    const nd = data.readers.filter((r) => r.outlet === 'nd');
    expect(nd).toHaveLength(43);
    // the first 43 in corpus order (the articles table's order: by file path)
    const ids = data.articles.filter((a) => a.outlet === 'nd').map((a) => a.article);
    expect(nd.map((r) => r.article).sort()).toEqual(ids.slice(0, 43).sort());
    const text = (await readFile(path.join(outlet, seed!), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const r of nd) expect(r.text.trim()).toBe(text.trim());
    expect(nd.every((r) => r.hits.length > 0 && r.spans.length > 0)).toBe(true);
  }, 120_000);
});

describe('evidence embedded in the HTML', () => {
  const data = (cells: number) => ({ evidenceCells: Array.from({ length: cells }, (_, i) => ({ outlet: `o${i}`, kind: 'frame', category: 'f', total: 10, shown: 10 })) }) as never;
  it('is evidencePerCell per cell while the total budget allows', () => {
    expect(evidencePerCellInHtml({ evidencePerCell: 200, evidenceInHtml: 5000 }, data(20))).toBe(200);
  });
  it('shrinks per cell so that all cells stay within evidenceInHtml', () => {
    // 50 outlets × 22 categories: 5000 / 1100 = 4 rows a cell
    expect(evidencePerCellInHtml({ evidencePerCell: 200, evidenceInHtml: 5000 }, data(1100))).toBe(4);
    expect(evidencePerCellInHtml({ evidencePerCell: 200, evidenceInHtml: 5000 }, data(20_000))).toBe(1);
  });
});
