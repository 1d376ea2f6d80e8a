/**
 * The coding page in headless Chromium (launched as the report's browser tests launch it): five
 * items coded with the keyboard only, progress kept over a reload, the export read back.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '@framelens/tools';
import type { Browser } from 'playwright-core';
import { describeInChromium } from '@framelens/tools/browser-test';
import { launchChromium } from '@framelens/tools/chromium';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ArticleText } from './context.js';
import { parseCsv } from './csv.js';
import { codingPage } from './page.js';
import type { SampleItem, SampleMeta } from './sample.js';

/** generous: the test machine may be busy */
const WAIT = { timeout: 15_000 };
const ARTICLE = path.join(repoRoot, 'corpus/kazakhstan-2022/nd/2022-01-06-russland-greift-ein.md');

/** Six items from a seed article: its first sentences, each with its longest word as the "match". */
async function items(): Promise<SampleItem[]> {
  const text = new ArticleText('nd/2022-01-06-russland-greift-ein', 'nd', (await readFile(ARTICLE, 'utf8')).replace(/^---[\s\S]*?\n---\n/, ''));
  return text.sentences.slice(0, 6).map((s, i) => {
    const word = [...s.text.matchAll(/\p{L}+/gu)].sort((a, b) => b[0].length - a[0].length)[0]!;
    return {
      item: `2026-12-07/00${i + 1}`, kind: 'hit', frame: 'protest-unrest', frameLabel: 'Protest and unrest', frameDescription: 'Citizens protest.', outlet: 'nd', article: s.article,
      term: word[0], match: word[0], sentence: s.text, matchStart: word.index, matchEnd: word.index + word[0].length, context: text.context(s.start, s.end),
      hitId: `x${i}`, voice: 'authorial', speaker: '', sentenceStart: s.start,
    };
  });
}

describeInChromium('coding page in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let file: string;
  let sample: SampleItem[];

  beforeAll(async () => {
    sample = await items();
    const meta = { pipeline: 'kazakhstan-2022', date: '2026-12-07', seed: 7 } as SampleMeta;
    dir = await mkdtemp(path.join(os.tmpdir(), 'framelens-coding-'));
    file = path.join(dir, 'sample-2026-12-07.html');
    await writeFile(file, codingPage(meta, sample));
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('codes five items with the keyboard, keeps them over a reload, exports a CSV with the coder', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => void (r.url().startsWith('file:') || r.url().startsWith('blob:') || r.url().startsWith('data:') || requests.push(r.url())));
    const errors: string[] = [];
    page.on('pageerror', (e) => void errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
    // the first item: its sentence with the match marked, the context closed
    await expect.poll(() => page.textContent('.sentence mark'), WAIT).toBe(sample[0]!.match);
    // the context marks the sentence
    await expect.poll(() => page.textContent('#context mark.here'), WAIT).toBe(sample[0]!.sentence);
    await expect.poll(() => page.textContent('.sentence'), WAIT).toBe(sample[0]!.sentence);
    expect(await page.getAttribute('#context', 'open')).toBeNull();
    await page.keyboard.press('c');
    await expect.poll(() => page.getAttribute('#context', 'open'), WAIT).toBe('');
    await page.fill('#coder', 'Anna Schmidt');
    await page.locator('h1').click();
    // five items: both answers by key; the page moves on after the second
    for (const keys of [['y', '1'], ['n', '2'], ['u', '3'], ['y', '4'], ['1', 'n']]) for (const k of keys) await page.keyboard.press(k);
    await expect.poll(() => page.textContent('#progress'), WAIT).toBe('5 of 6 coded · item 6');
    // back to item 2 and change the voice: still coded, the answer replaced
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('3');
    await expect.poll(() => page.textContent('#progress'), WAIT).toBe('5 of 6 coded · item 2');
    await expect.poll(() => page.getAttribute('button[data-value="reported"]', 'aria-pressed'), WAIT).toBe('true');

    await page.reload();
    await expect.poll(() => page.textContent('#progress'), WAIT).toBe('5 of 6 coded · item 2');
    await expect.poll(() => page.inputValue('#coder'), WAIT).toBe('Anna Schmidt');
    await page.keyboard.press('g'); // next uncoded: item 6
    await expect.poll(() => page.textContent('#progress'), WAIT).toBe('5 of 6 coded · item 6');

    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('x')]);
    expect(download.suggestedFilename()).toBe('coded-anna-schmidt-2026-12-07.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const rows = parseCsv(csv).rows.map((r) => r.values);
    expect(rows).toEqual([
      { item: '2026-12-07/001', pipeline: 'kazakhstan-2022', coder: 'Anna Schmidt', present: 'yes', voice: 'own voice', note: '' },
      { item: '2026-12-07/002', pipeline: 'kazakhstan-2022', coder: 'Anna Schmidt', present: 'no', voice: 'reported', note: '' },
      { item: '2026-12-07/003', pipeline: 'kazakhstan-2022', coder: 'Anna Schmidt', present: 'unsure', voice: 'reported', note: '' },
      { item: '2026-12-07/004', pipeline: 'kazakhstan-2022', coder: 'Anna Schmidt', present: 'yes', voice: 'distanced', note: '' },
      { item: '2026-12-07/005', pipeline: 'kazakhstan-2022', coder: 'Anna Schmidt', present: 'no', voice: 'own voice', note: '' },
    ]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });

  it('asks for the name before exporting', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    let downloaded = false;
    page.on('download', () => void (downloaded = true));
    await page.click('#export');
    await expect.poll(() => page.textContent('#progress'), WAIT).toBe('Enter your name before exporting.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('coder');
    expect(downloaded).toBe(false);
    await context.close();
  });
});
