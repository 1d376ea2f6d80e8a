import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readHits } from '@framelens/aggregate';
import { shardOf } from '@framelens/facts';
import { captureIo, readTree, useSeedRepo } from '@framelens/tools/seed-repo';
import { main } from './main.js';
import { loadPipelineConfig } from './pipeline-config.js';
import { runAndWrite } from './run-pipeline.js';

const fixture = path.join(import.meta.dirname, '__fixtures__', 'reuse', '2022-01-06-moskau-schickt-soldaten.md');

describe('a run split into shards', () => {
  const seed = useSeedRepo();
  beforeAll(async () => {
    // a regional paper's edit of the dpa copy, in an outlet of its own
    const outlet = path.join(seed.repo, 'corpus', 'kazakhstan-2022', 'regional-desk');
    await mkdir(outlet);
    await writeFile(path.join(outlet, 'outlet.yaml'), 'name: Regional desk (test fixture)\ncountry: DE\nlanguage: de\nkind: daily\nattribution:\n  status: confirmed\n');
    await copyFile(fixture, path.join(outlet, path.basename(fixture)));
    // English wire copy filed without a language in a German outlet: left out of every count for its language
    const english = await readFile(path.join(seed.repo, 'corpus', 'kazakhstan-2022', 'fictional-wire-en', '2022-01-07-shoot-without-warning.md'), 'utf8');
    await writeFile(path.join(outlet, '2022-01-07-english-copy.md'), english.replace('language: en\n', ''));
  });

  it('3 shards and the reduce give a byte-identical report to one run', async () => {
    const config = await loadPipelineConfig(seed.pipelineDir);
    await runAndWrite(config, { workers: 1 });
    const one = await readTree(seed.reportDir);
    await rm(seed.reportDir, { recursive: true });
    // the articles really are spread over the shards
    const ids = (await readdir(path.join(seed.repo, 'corpus', 'kazakhstan-2022'), { recursive: true })).filter((n) => n.endsWith('.md')).map((n) => n.replace(/\.md$/, ''));
    expect(new Set(ids.map((id) => shardOf(id, 3))).size).toBeGreaterThan(1);
    const parts = path.join(seed.repo, 'parts');
    for (const k of [2, 0, 1]) {
      const io = captureIo(seed.pipelineDir);
      expect(await main(['analyze', '--shard', `${k}/3`, '--parts', parts, '--workers', '1'], io), io.err.join('\n')).toBe(0);
    }
    const io = captureIo(seed.pipelineDir);
    expect(await main(['analyze', '--from-parts', parts], io), io.err.join('\n')).toBe(0);
    const sharded = await readTree(seed.reportDir);
    // the article left out for its language is in both reports' warnings (a shard keeps it in its manifest)
    const leftOut = (tree: Map<string, Buffer>) => (JSON.parse(tree.get('report.json')!.toString('utf8')) as { languages: { leftOut: number }[] }).languages.reduce((n, l) => n + l.leftOut, 0);
    expect(leftOut(one)).toBe(1);
    expect(leftOut(sharded)).toBe(1);
    expect([...sharded.keys()].sort()).toEqual([...one.keys()].sort());
    for (const [name, bytes] of one) expect(sharded.get(name)?.equals(bytes), name).toBe(true);
  }, 120_000);

  it('refuses to reduce before every shard has finished, naming the missing one', async () => {
    const parts = path.join(seed.repo, 'parts-incomplete');
    const io = captureIo(seed.pipelineDir);
    expect(await main(['analyze', '--shard', '1/2', '--parts', parts, '--workers', '1'], io)).toBe(0);
    const reduce = captureIo(seed.pipelineDir);
    expect(await main(['analyze', '--from-parts', parts], reduce)).not.toBe(0);
    expect(reduce.err.join('\n')).toMatch(/shard\(s\) 0\/2 .* have not finished/);
  }, 60_000);

  it('finds the desk edit of the wire copy as edited text reuse with its shared passages, and no pair among the independent seeds', async () => {
    const report = JSON.parse(await readFile(path.join(seed.reportDir, 'report.json'), 'utf8')) as {
      nearDuplicates: { articleA: string; articleB: string; containment: number; similarity: number; reuse: string; passages: { startA: number; endA: number; startB: number; endB: number; text: string }[] }[];
    };
    expect(report.nearDuplicates.map((d) => [d.articleA, d.articleB])).toEqual([['dpa-wire/2022-01-06-nun-hilft-moskau', 'regional-desk/2022-01-06-moskau-schickt-soldaten']]);
    const [pair] = report.nearDuplicates;
    expect(pair!.reuse).toBe('edited');
    // most of the shorter (edited) text comes from the wire copy, but not all of it
    expect(pair!.containment).toBeGreaterThan(0.3);
    expect(pair!.containment).toBeLessThan(0.9);
    // 8-word Jaccard at 0.2 missed such pairs: the pair's Jaccard is far lower than its containment
    expect(pair!.similarity).toBeLessThan(0.3);
    const wire = (await readFile(path.join(seed.repo, 'corpus', 'kazakhstan-2022', 'dpa-wire', '2022-01-06-nun-hilft-moskau.md'), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '');
    const edit = (await readFile(fixture, 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '');
    // each passage is the same words (shingles compare normalised words) at its place in both texts
    const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
    for (const p of pair!.passages) {
      expect(wire.slice(p.startA, p.endA)).toBe(p.text);
      expect(words(edit.slice(p.startB, p.endB))).toBe(words(p.text));
    }
    expect(pair!.passages.map((p) => p.text)).toContainEqual(expect.stringContaining('Dem Bündnis gehören neben Russland und Kasachstan auch Armenien, Belarus, Kirgistan und Tadschikistan an'));
  });

  it('under syndication: collapse counts the shared passages once, in the wire copy', async () => {
    const keep = JSON.parse(await readFile(path.join(seed.reportDir, 'report.json'), 'utf8')) as Report;
    const file = path.join(seed.pipelineDir, 'pipeline.yaml');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('syndication: keep', 'syndication: collapse'));
    try {
      const config = await loadPipelineConfig(seed.pipelineDir);
      const collapsed = (await runAndWrite(config, { workers: 1 })).data as unknown as Report;
      const edit = 'regional-desk/2022-01-06-moskau-schickt-soldaten';
      const before = keep.articles.find((a) => a.article === edit)!;
      const after = collapsed.articles.find((a) => a.article === edit)!;
      expect(after.duplicateOf).toBe('dpa-wire/2022-01-06-nun-hilft-moskau');
      // the words of the shared passages leave the edit's word count; the wire copy keeps all of its own
      expect(after.wordTokens).toBeLessThan(before.wordTokens * 0.7);
      expect(after.wordTokens).toBeGreaterThan(0);
      const wire = (r: Report) => r.articles.find((a) => a.article === 'dpa-wire/2022-01-06-nun-hilft-moskau')!;
      expect(wire(collapsed)).toEqual(wire(keep));
      // hits inside a shared passage leave every count, and are in data/hits.parquet with excluded = 'duplicate'
      const duplicates = (await readHits<{ id: string }>(path.join(seed.reportDir, 'data', 'hits.parquet'), (t) => `SELECT id FROM ${t} WHERE excluded = 'duplicate'`)).map((h) => h.id);
      expect(duplicates.length).toBeGreaterThan(0);
      expect(duplicates.every((id) => id.startsWith(`${edit}#`))).toBe(true);
      expect(before.frameHits - after.frameHits).toBeGreaterThan(0);
      expect(collapsed.evidence.some((e) => duplicates.includes(e.id))).toBe(false);
    } finally {
      await writeFile(file, original);
    }
  }, 60_000);
});

interface Report {
  articles: { article: string; wordTokens: number; frameHits: number; duplicateOf?: string }[];
  evidence: { id: string }[];
}
