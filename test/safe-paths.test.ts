// Hostile ids (paths, "..", NUL bytes) in every command that takes one: refused, and nothing is
// written anywhere, inside the repository or next to it.
import { createHash } from 'node:crypto';
import { cp, lstat, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '@framelens/cli';
import { captureIo, seedRepo, type SeedRepo } from '@framelens/tools/seed-repo';

/** Every entry under `dir` (not following links) → a hash of its content, link target or "dir". */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const p = path.join(dir, name);
    const info = await lstat(p);
    const what = info.isSymbolicLink() ? `link:${await readlink(p)}` : info.isDirectory() ? 'dir' : createHash('sha256').update(await readFile(p)).digest('hex');
    out.set(name, what);
  }
  return out;
}

describe('safe paths: hostile ids write nothing, anywhere', () => {
  let seed: SeedRepo;
  let sandbox: string;
  let repo: string;
  beforeAll(async () => {
    // the seed repository with its report sits in a sandbox folder, so writes next to it (../x) can be seen too
    seed = await seedRepo({ analyze: true });
    sandbox = await mkdtemp(path.join(os.tmpdir(), 'framelens-sandbox-'));
    repo = path.join(sandbox, 'repo');
    await cp(seed.repo, repo, { recursive: true });
    await writeFile(path.join(sandbox, 'artikel.txt'), 'Die Regierung sprach von „Terrorbanden“.\n');
  });
  afterAll(async () => {
    await rm(sandbox, { recursive: true, force: true });
    await seed.remove();
  });

  const hostile = ['../x', 'a/b', '..', '.', '', 'x/../../y', '..\\x', 'Nd', 'nd ', '/tmp/framelens-evil', `nd/../../../evil`, '%2e%2e', 'nul\u0000x'];
  const commands: [string, (id: string, sandbox: string) => string[]][] = [
    ['add-outlet <event>', (id) => ['add-outlet', id, 'taz', '--name', 'taz']],
    ['add-outlet <outlet-id>', (id) => ['add-outlet', 'kazakhstan-2022', id, '--name', 'taz']],
    ['import <event>', (id, sb) => ['import', id, 'nd', path.join(sb, 'artikel.txt')]],
    ['import <outlet-id>', (id, sb) => ['import', 'kazakhstan-2022', id, path.join(sb, 'artikel.txt')]],
    ['new-pipeline <name>', (id) => ['new-pipeline', id, '--corpus', 'kazakhstan-2022']],
    ['new-pipeline --corpus', (id) => ['new-pipeline', 'neu', '--corpus', id]],
    ['new-pipeline --lexicon', (id, sb) => ['new-pipeline', 'neu', '--corpus', 'kazakhstan-2022', '--lexicon', id || path.join(sb, 'artikel.txt')]],
    ['analyze <pipeline>', (id) => ['analyze', id, '--workers', '1']],
  ];
  for (const [what, args] of commands) {
    it(`${what}: every hostile id is refused (exit 1 or 2) and the sandbox is unchanged`, async () => {
      const before = await snapshot(sandbox);
      for (const id of hostile) {
        const io = captureIo(repo);
        const code = await main(args(id, sandbox), io);
        expect([1, 2], `${args(id, sandbox).join(' ')}: exit ${code}\n${io.err.join('\n')}`).toContain(code);
        expect(await snapshot(sandbox), `${args(id, sandbox).join(' ')} changed files`).toEqual(before);
      }
    });
  }

  it('an import whose records carry hostile ids and titles writes only into the outlet folder', async () => {
    const records = ['../../../evil', '/etc/passwd', 'a/b\\c', '..', '<script>alert(1)</script>'].map((t) => JSON.stringify({ id: t, title: t, date: '2022-01-08', text: `Ein Text über ${t}.` }));
    await writeFile(path.join(sandbox, 'export.jsonl'), `${records.join('\n')}\n`);
    const before = await snapshot(sandbox);
    const io = captureIo(repo);
    expect(await main(['import', 'kazakhstan-2022', 'nd', path.join(sandbox, 'export.jsonl'), '--format', 'jsonl'], io), io.err.join('\n')).toBe(0);
    const after = await snapshot(sandbox);
    const added = [...after.keys()].filter((k) => !before.has(k));
    expect(added.length).toBe(records.length);
    for (const file of added) expect(file).toMatch(/^repo\/corpus\/kazakhstan-2022\/nd\/[a-z0-9-]+\.md$/);
    for (const [k, v] of before) expect(after.get(k), k).toBe(v);
  });
});