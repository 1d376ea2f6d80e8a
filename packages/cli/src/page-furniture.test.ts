// A saved news page with page furniture (a date line, the reading time, share buttons, a photo
// caption) imported and inspected through the real CLI: what Readability leaves of the furniture is
// labelled boilerplate, left out of the word count, and no sentence starts in it.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFixtures } from '@framelens/tools';
import { captureIo, useSeedRepo } from '@framelens/tools/seed-repo';
import { main } from './main.js';

const seed = useSeedRepo();

interface Span {
  start: number;
  end: number;
}
interface Inspected {
  bodyStart: number;
  counted: { words: number; boilerplateWords: number };
  sentences: Span[];
  boilerplate: (Span & { reason: string })[];
}

describe('page furniture in an imported web page', () => {
  it('is labelled (share buttons, caption and credit), not counted, and never part of a sentence of the article', async () => {
    const io = captureIo(seed.repo);
    const page = path.join(corpusFixtures, 'import', 'seite-mit-leisten.html');
    expect(await main(['import', 'kazakhstan-2022', 'nd', page], io), io.err.join('\n')).toBe(0);
    const outlet = path.join(seed.corpusDir, 'nd');
    const file = (await readdir(outlet)).find((n) => n.includes('tokajew-spricht-von-terroristen'));
    expect(file).toBeDefined();
    const inspect = captureIo(seed.repo);
    expect(await main(['inspect', path.join(outlet, file!), '--json'], inspect), inspect.err.join('\n')).toBe(0);
    const doc = JSON.parse(inspect.out.join('\n')) as Inspected;
    // offsets are into the file, the body starts after the front matter the import wrote
    const body = await readFile(path.join(outlet, file!), 'utf8');
    expect(doc.bodyStart).toBeGreaterThan(0);
    const text = (s: Span) => body.slice(s.start, s.end);
    expect(doc.boilerplate.map((b) => [b.reason, text(b)])).toEqual([
      ['caption', 'Demonstranten vor dem Rathaus in Almaty.'],
      ['credit', 'Foto: AFP'],
      ['furniture', 'Artikel teilen'],
    ]);
    // counted by hand: the title (5 words) and the two paragraphs (15 + 10 + 5 and 12 + 18 + 6 words) …
    expect(doc.counted.words).toBe(5 + 30 + 36);
    // … not the caption (6), the credit (2) and the share button (2)
    expect(doc.counted.boilerplateWords).toBe(6 + 2 + 2);
    expect(doc.sentences.map(text).filter((t) => /teilen|Foto|Lesezeit/.test(t))).toEqual(['Foto: AFP', 'Artikel teilen']);
  });
});
