// A full analyze run: hits inside a negation are listed (hits.parquet excluded = negated, a report
// warning) and not counted. The article is written like a news report on a trial.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readParquet } from '@framelens/aggregate';
import { tempRepo } from '@framelens/tools';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from './__fixtures__/capture-io.js';
import { main } from './main.js';

const article = `---
title: "Prozess in Almaty"
date: "2022-01-20"
---
Almaty. Vor Gericht hat die Anwältin des angeklagten Musikers die Vorwürfe zurückgewiesen. Der Pianist sei kein Terrorist,
sondern ein bekannter Jazzpianist, sagte sie. Es sei falsch, einem Musiker Terrorismus vorzuwerfen. Die Staatsanwaltschaft
blieb dabei: Der Angeklagte habe mit Extremisten in Kontakt gestanden.
`;

describe('negated hits in a full run', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await tempRepo({ pipeline: true });
    await writeFile(path.join(repo, 'corpus', 'kazakhstan-2022', 'nd', '2022-01-20-prozess.md'), article);
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('are in hits.parquet as excluded = negated and in a warning, not in the counts', async () => {
    const io = captureIo(repo);
    expect(await main(['analyze', 'pipelines/kazakhstan-2022', '--workers', '1'], io)).toBe(0);
    const dir = path.join(repo, 'reports', 'kazakhstan-2022');
    type Row = { kind: string; category: string; excluded: string | null; negation: string | null };
    const evidence = await readParquet<Row>(path.join(dir, 'data', 'hits.parquet'), (t) => `SELECT kind, category, excluded, negation FROM ${t} WHERE article = 'nd/2022-01-20-prozess'`);
    const terror = evidence.filter((l) => l.category === 'terror-extremism');
    expect(terror.filter((l) => l.excluded === 'negated' && l.negation === 'kein')).toHaveLength(1);
    expect(terror.filter((l) => l.excluded === 'negated' && l.negation === 'falsch')).toHaveLength(1);
    expect(terror.filter((l) => l.excluded !== 'negated')).toHaveLength(1); // "Extremisten": used
    const report = JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8'));
    const article = report.articles.find((a: { article: string }) => a.article === 'nd/2022-01-20-prozess');
    expect(article.frameHits).toBe(evidence.filter((l) => l.kind === 'frame' && l.excluded === null).length);
    const warning = report.warnings.find((w: { kind: string; article?: string }) => w.kind === 'negated-hits' && w.article === 'nd/2022-01-20-prozess');
    expect(warning?.message).toContain('"Terrorist" (kein; frame + referent)');
  });
});
