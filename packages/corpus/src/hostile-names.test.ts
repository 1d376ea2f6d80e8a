import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, scanCorpus, shellQuote, splitFrontMatter } from './index.js';
import { articleFromBytes } from './read-article.js';

describe('file names and front matter a hostile source may send', () => {
  it('escape sequences in a file name are shown, not sent to the terminal', () => {
    const text = formatProblem({ file: 'corpus/e/o/\u001b]0;pwned\u0007\u001b[2J.md', severity: 'error', message: 'is empty (0 bytes)\r' });
    expect(text).toBe('error corpus/e/o/\\x1B]0;pwned\\x07\\x1B[2J.md is empty (0 bytes)\\r');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(formatProblem({ file: 'a\u202Etxt.md', severity: 'warning', message: 'x' })).toBe('warning a\\u202Etxt.md x');
  });

  it('suggested commands quote $(…), backticks, spaces and quotes', () => {
    expect(shellQuote('corpus/e/$(rm -rf ~)')).toBe("'corpus/e/$(rm -rf ~)'");
    expect(shellQuote('it`s')).toBe("'it`s'");
    expect(shellQuote("O'Brien.md")).toBe("'O'\\''Brien.md'");
    expect(shellQuote('corpus/kazakhstan-2022/nd')).toBe('corpus/kazakhstan-2022/nd');
  });

  it('the scan quotes a folder name holding $(…) in its "mv" hint, and suggests rm + cp -r for a linked folder', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'framelens-names-'));
    const corpus = path.join(root, 'corpus', 'e');
    await mkdir(path.join(corpus, '$(touch pwned)'), { recursive: true });
    const elsewhere = await mkdtemp(path.join(os.tmpdir(), 'framelens-elsewhere-'));
    await symlink(elsewhere, path.join(corpus, 'linked'));
    const { problems } = await scanCorpus(corpus, { repoRoot: root });
    const rename = problems.find((p) => p.file.includes('$(touch'));
    expect(rename?.example).toBe("rename it: mv 'corpus/e/$(touch pwned)' corpus/e/touch-pwned");
    const link = problems.find((p) => p.file === 'corpus/e/linked');
    expect(link?.example).toBe(`copy it into the corpus instead: rm corpus/e/linked && cp -r ${elsewhere} corpus/e/linked`);
    await rm(root, { recursive: true, force: true });
    await rm(elsewhere, { recursive: true, force: true });
  });

  it('"---js" front matter is refused, not read as article text', () => {
    expect(splitFrontMatter('---js\n{ title: "x" }\n---\nText')).toEqual({ kind: 'language', language: 'js' });
    const entry = { path: '/r/corpus/e/o/a.md', outlet: 'o', id: 'o/a' };
    const outlet = { id: 'o', name: 'O', language: 'de', attribution: { status: 'confirmed' } };
    const read = articleFromBytes(Buffer.from('---js\nmodule.exports = { title: "x" }\n---\nDer Text.\n'), entry as never, outlet as never, { repoRoot: '/r' });
    expect(read.article).toBeUndefined();
    expect(read.problems).toMatchObject([{ file: 'corpus/e/o/a.md', line: 1, message: 'the front matter is marked as "js" ("---js" on line 1); framelens reads YAML front matter only, between two lines "---"' }]);
  });
});
