import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closestPath, existingNear } from './closest-path.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'framelens-closest-'));
  for (const dir of ['corpus/kazakhstan-2022/nd', 'corpus/belarus-2020', 'pipelines/kazakhstan-2022']) await mkdir(path.join(root, dir), { recursive: true });
  await writeFile(path.join(root, 'pipelines/kazakhstan-2022/lexicon.yaml'), 'frames: []\n');
  await writeFile(path.join(root, 'pipelines/kazakhstan-2022/pipeline.yaml'), 'title: x\n');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('closestPath', () => {
  it('replaces each misspelt part by the closest existing name of its kind', async () => {
    expect(await closestPath(root, path.join(root, 'corpus/kazakstan-2022'), 'folder')).toBe(path.join(root, 'corpus/kazakhstan-2022'));
    expect(await closestPath(root, path.join(root, 'korpus/Kazakhstan-2022'), 'folder')).toBe(path.join(root, 'corpus/kazakhstan-2022'));
    expect(await closestPath(root, path.join(root, 'pipelines/kazakhstan-2022/lexicn.yaml'), 'file')).toBe(path.join(root, 'pipelines/kazakhstan-2022/lexicon.yaml'));
  });
  it('gives nothing when no name is close, when the path exists, or outside the root', async () => {
    expect(await closestPath(root, path.join(root, 'corpus/ukraine-2014'), 'folder')).toBeUndefined();
    expect(await closestPath(root, path.join(root, 'corpus/kazakhstan-2022'), 'folder')).toBeUndefined();
    // a file is not suggested for a folder
    expect(await closestPath(root, path.join(root, 'pipelines/kazakhstan-2022/lexicon.yml'), 'folder')).toBeUndefined();
    expect(await closestPath(root, path.join(os.tmpdir(), 'elsewhere'), 'folder')).toBeUndefined();
  });
});

describe('existingNear', () => {
  it('lists the closest existing folder above a missing path, with the kind of entry asked for', async () => {
    expect(await existingNear(path.join(root, 'corpus/ukraine-2014/x'), 'folder')).toEqual({ dir: path.join(root, 'corpus'), names: ['belarus-2020', 'kazakhstan-2022'] });
    expect(await existingNear(path.join(root, 'pipelines/kazakhstan-2022/other.yaml'), 'file', (n) => n !== 'pipeline.yaml')).toEqual({ dir: path.join(root, 'pipelines/kazakhstan-2022'), names: ['lexicon.yaml'] });
  });
});
