// The DuckDB query of the README's "Query the data files", run as written (through DuckDB's Node
// package: the duckdb CLI need not be installed) over the seed report's Parquet files. The Python
// and R queries there are not run: no test machine has pandas or R.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readParquet } from '@framelens/aggregate';
import { captureIo, useSeedRepo } from '@framelens/tools/seed-repo';
import { repoRoot } from '@framelens/tools';
import { main } from './main.js';

/** The SQL of the README's code block after `<!-- readme-query: <name> -->`. */
async function readmeQuery(name: string): Promise<string> {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const at = readme.indexOf(`<!-- readme-query: ${name} -->`);
  const block = /```sql\n([\s\S]*?)```/.exec(readme.slice(at));
  if (at < 0 || !block) throw new Error(`README.md has no sql block after <!-- readme-query: ${name} -->`);
  return block[1]!;
}

describe("the README's DuckDB query over data/*.parquet", () => {
  const seed = useSeedRepo();

  it('runs as written on the seed report and gives its frame counts and rates', async () => {
    expect(await main(['analyze', '--workers', '1', '--quiet'], captureIo(seed.pipelineDir))).toBe(0);
    // the README's paths are relative to the repository root
    const sql = (await readmeQuery('duckdb')).replaceAll("'reports/kazakhstan-2022/", `'${seed.repo}/reports/kazakhstan-2022/`);
    expect(sql).toContain(`'${seed.reportDir}/data/hits.parquet'`);
    type Row = { outlet: string; frame: string; voice: string; hits: number; per_1000_words: number; example: string };
    const rows = await readParquet<Row>(path.join(seed.reportDir, 'data', 'hits.parquet'), () => sql.replace('count(*) AS hits', 'count(*)::INTEGER AS hits'));
    const report = JSON.parse(await readFile(path.join(seed.reportDir, 'report.json'), 'utf8')) as {
      outletFrames: { outlet: string; frame: string; hits: number; density: number }[];
      articles: { article: string; title?: string }[];
    };
    // summed over the voices, the hits and rates of each outlet × frame are the report's
    const cells = new Map<string, { hits: number; rate: number }>();
    for (const r of rows) {
      const cell = cells.get(`${r.outlet} ${r.frame}`) ?? { hits: 0, rate: 0 };
      cells.set(`${r.outlet} ${r.frame}`, { hits: cell.hits + r.hits, rate: cell.rate + r.per_1000_words });
    }
    const withHits = report.outletFrames.filter((f) => f.hits > 0);
    expect(withHits.length).toBeGreaterThan(10);
    expect([...cells.keys()].sort()).toEqual(withHits.map((f) => `${f.outlet} ${f.frame}`).sort());
    for (const f of withHits) {
      const cell = cells.get(`${f.outlet} ${f.frame}`)!;
      expect(cell.hits, `${f.outlet} ${f.frame}`).toBe(f.hits);
      expect(Math.abs(cell.rate - f.density), `${f.outlet} ${f.frame}`).toBeLessThan(0.002);
    }
    // each example is an article's title (its id when it has none) and one of its sentences
    const titles = new Set(report.articles.map((a) => a.title ?? a.article));
    for (const r of rows) expect([...titles].some((t) => r.example.startsWith(`${t}: `)), r.example).toBe(true);
  });
});
