import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRepo } from '@framelens/tools';
import { captureIo } from './__fixtures__/test-repo.js';
import { main } from './main.js';


describe('a lexicon with 125,000 problems', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await tempRepo({ pipeline: true });
    // 125,000 terms that are empty lists instead of words: each is a problem
    const terms = Array(125_000).fill('[]').join(', ');
    await writeFile(path.join(repo, 'pipelines', 'kazakhstan-2022', 'lexicon.yaml'), `name: many\nlanguage: de\nversion: 1\nframes:\n  - id: f\n    label: F\n    description: Many.\n    terms: [${terms}]\n`);
  }, 60_000);
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  for (const command of ['analyze', 'validate']) {
    it(`${command}: exit code 1, the first 200 problems and "… and N more", no stack overflow`, async () => {
      const io = captureIo(repo);
      const code = await main([command, 'pipelines/kazakhstan-2022', '--workers', '1'].slice(0, command === 'analyze' ? 4 : 2), io);
      const err = io.err.join('\n');
      expect(err, err.slice(0, 3000)).not.toContain('Maximum call stack');
      expect(code).toBe(1);
      expect(err.match(/^error /gm)).toHaveLength(200);
      expect(err).toMatch(/^… and 124,800 more \(--json lists all of them\)$/m);
    }, 300_000);
  }
});
