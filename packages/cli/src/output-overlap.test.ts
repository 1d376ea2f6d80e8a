import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRepo } from '@framelens/tools';
import { captureIo } from './__fixtures__/test-repo.js';
import { main } from './main.js';


describe("analyze refuses an output that would destroy another pipeline's report, the corpus or a file", () => {
  let repo: string;
  let config: string;
  let original: string;
  const otherCsvs = async () => (await readdir(path.join(repo, 'reports', 'other', 'data'))).filter((f) => f.endsWith('.csv')).length;
  const setOutput = (output: string) => writeFile(config, original.replace(/^output: .*$/m, `output: ${output}`));
  const analyze = async () => {
    const io = captureIo(repo);
    const code = await main(['analyze', 'pipelines/kazakhstan-2022', '--workers', '1', '--quiet'], io);
    return { code, err: io.err.join('\n') };
  };

  beforeAll(async () => {
    repo = await tempRepo({ pipeline: true });
    config = path.join(repo, 'pipelines', 'kazakhstan-2022', 'pipeline.yaml');
    original = await readFile(config, 'utf8');
    // a second pipeline on the same corpus, with its own report
    await mkdir(path.join(repo, 'pipelines', 'other'));
    await writeFile(path.join(repo, 'pipelines', 'other', 'pipeline.yaml'), original.replace(/^output: .*$/m, 'output: ../../reports/other').replace('lexicon: lexicon.yaml', 'lexicon: ../kazakhstan-2022/lexicon.yaml'));
    expect(await main(['analyze', 'pipelines/other', '--workers', '1', '--quiet'], captureIo(repo))).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it("an output inside another pipeline's output: exit code 1 naming both, the other's CSVs kept", async () => {
    const before = await otherCsvs();
    expect(before).toBeGreaterThan(10);
    await setOutput('../../reports/other/data');
    const { code, err } = await analyze();
    expect(code).toBe(1);
    expect(err).toMatch(/^error pipelines\/kazakhstan-2022\/pipeline\.yaml:\d+ output: reports\/other\/data is inside reports\/other, the output of pipeline "other" \(pipelines\/other\/pipeline\.yaml\): a run of pipeline "kazakhstan-2022" would replace or delete pipeline "other"'s report/);
    expect(err).toContain('example:  output: ../../reports/kazakhstan-2022');
    expect(await otherCsvs()).toBe(before);
  });

  it("an output holding another pipeline's output, and the same output", async () => {
    await setOutput('../../reports');
    expect((await analyze()).code).toBe(1);
    await writeFile(path.join(repo, 'pipelines', 'other', 'pipeline.yaml'), original.replace(/^output: .*$/m, 'output: ../../reports/group/other').replace('lexicon: lexicon.yaml', 'lexicon: ../kazakhstan-2022/lexicon.yaml'));
    await setOutput('../../reports/group');
    const holds = await analyze();
    expect(holds.code).toBe(1);
    expect(holds.err).toContain('reports/group holds reports/group/other, the output of pipeline "other"');
    await setOutput('../../reports/group/other');
    const same = await analyze();
    expect(same.code).toBe(1);
    expect(same.err).toContain('reports/group/other is also the output of pipeline "other"');
    await writeFile(path.join(repo, 'pipelines', 'other', 'pipeline.yaml'), original.replace(/^output: .*$/m, 'output: ../../reports/other').replace('lexicon: lexicon.yaml', 'lexicon: ../kazakhstan-2022/lexicon.yaml'));
  });

  it('a file at the output path is not deleted; a file where a parent folder belongs is named', async () => {
    await writeFile(path.join(repo, 'reports', 'notes.txt'), 'my notes\n');
    await setOutput('../../reports/notes.txt');
    const file = await analyze();
    expect(file.code).toBe(1);
    expect(file.err).toContain('reports/notes.txt is a file, not a folder: analyze would delete it');
    expect(await readFile(path.join(repo, 'reports', 'notes.txt'), 'utf8')).toBe('my notes\n');
    await setOutput('../../reports/notes.txt/kazakhstan');
    const parent = await analyze();
    expect(parent.code).toBe(1);
    expect(parent.err).toContain('reports/notes.txt/kazakhstan cannot be a folder: reports/notes.txt is a file');
    expect(existsSync(path.join(repo, 'reports', '.notes.txt.lock'))).toBe(false);
  });

  it('its own folder is fine', async () => {
    await setOutput('../../reports/kazakhstan-2022');
    const ok = await analyze();
    expect(ok.code, ok.err).toBe(0);
  }, 60_000);
});
