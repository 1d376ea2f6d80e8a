import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../load.js';
import { articleFromTxt, importArticles, parseDateOption, parseFieldMap } from './import-articles.js';
import { datelineOf } from './dateline.js';
import { writeImported } from './write-imported.js';

const cwd = fileURLToPath(new URL('../__fixtures__/import/', import.meta.url));

let tmpDir: string | undefined;
afterEach(async () => {
  if (tmpDir) await rm(tmpDir, { recursive: true, force: true });
  tmpDir = undefined;
});

describe('importArticles', () => {
  it('txt: a short first line followed by a blank line is the title', async () => {
    const r = await importArticles(['schiessbefehl.txt', 'ohne-titel.txt'], { cwd });
    expect(r.articles.map((a) => [a.source, a.title, a.text.slice(0, 40)])).toEqual([
      ['schiessbefehl.txt', 'Tokajew erteilt Schießbefehl ohne Vorwarnung', 'Die Entsendung ausländischer Soldaten na'],
      ['ohne-titel.txt', undefined, 'Noch am Dienstag waren sich viele Expert'],
    ]);
    expect(r.skipped).toEqual([]);
  });

  it('refuses an empty text with a clear message', async () => {
    const r = await importArticles(['leer.txt'], { cwd });
    expect(r.articles).toEqual([]);
    expect(r.skipped).toEqual([{ source: 'leer.txt', reason: 'empty text: the file has no article text' }]);
  });

  it('md: front matter fields, with a German date normalised; unknown fields kept in note', async () => {
    const r = await importArticles(['artikel.md'], { cwd });
    expect(r.articles[0]).toMatchObject({ title: 'Russland greift in Kasachstan ein', date: '2022-01-07', datePrecision: 'day', author: 'Anna Müller', note: 'ressort: Ausland' });
    expect(r.articles[0]?.text.startsWith('Noch am Dienstag')).toBe(true);
    expect(r.warnings).toEqual([{ source: 'artikel.md', reason: 'front-matter field "ressort" kept in note (a corpus article has only title, date, datePrecision, url, author, language, note)' }]);
  });

  it('md: an existing note comes first, lists and mapped keys are handled, and the file loads', async () => {
    tmpDir = await mkdtemp(path.join(os.tmpdir(), 'framelens-md-'));
    await writeFile(
      path.join(tmpDir, 'a.md'),
      '---\nÜberschrift: "Tokajew: „Terroristen“ aus dem Ausland"\nnote: Aus dem Archiv\ntags: [Kasachstan, OVKS]\nseite: 3\nleer:\n---\nTokajew sprach von 20.000 Banditen.\n',
    );
    const r = await importArticles(['a.md'], { cwd: tmpDir, map: { title: 'Überschrift' } });
    expect(r.articles[0]).toMatchObject({ title: 'Tokajew: „Terroristen“ aus dem Ausland', note: 'Aus dem Archiv; tags: Kasachstan, OVKS; seite: 3' });
    expect(r.warnings[0]?.reason).toMatch(/^front-matter fields "tags", "seite" kept in note/);
    const outlet = path.join(tmpDir, 'corpus', 'neu');
    await writeImported(outlet, r.articles);
    await writeFile(path.join(outlet, 'outlet.yaml'), 'name: Neu\n');
    const loaded = await loadCorpus(path.join(tmpDir, 'corpus'), { repoRoot: tmpDir });
    expect(loaded.problems).toEqual([]);
    expect(loaded.articles).toHaveLength(1);
  });

  it('jsonl: common key names, missing date, bad URL, empty text and a broken line', async () => {
    const r = await importArticles(['export.jsonl'], { cwd, format: 'auto' });
    expect(r.articles.map((a) => [a.source, a.title, a.date, a.datePrecision, a.url, a.author])).toEqual([
      ['export.jsonl:1', 'Militärbündnis OVKS: Russland greift in Kasachstan ein', '2022-01-06', 'day', 'https://www.nd-aktuell.de/artikel/1160198', 'Ulrich Heyden'],
      ['export.jsonl:2', 'Unruhen in Almaty – ohne Datum', undefined, undefined, undefined, undefined],
      ['export.jsonl:4', 'Ungültiges Datum', undefined, undefined, undefined, undefined],
    ]);
    expect(r.skipped.map((s) => s.source)).toEqual(['export.jsonl:3', 'export.jsonl:5']);
    expect(r.skipped[0]?.reason).toBe('empty text: the article has no text, nothing to analyse');
    expect(r.skipped[1]?.reason).toMatch(/^not a JSON object: /);
    expect(r.warnings).toEqual([
      { source: 'export.jsonl:2', reason: 'url left out: "javascript:alert(1)" is not an http(s) URL' },
      { source: 'export.jsonl:4', reason: expect.stringMatching(/^date left out: "gestern Abend" is not a date format/) },
    ]);
  });

  it('csv: semicolon-separated with a column mapping and German dates', async () => {
    const map = parseFieldMap('text=Text,title=Überschrift,date=Datum,url=Link');
    const r = await importArticles(['export.csv'], { cwd, map });
    expect(r.articles.map((a) => [a.source, a.title, a.date, a.datePrecision, a.url])).toEqual([
      ['export.csv row 1', 'Nun hilft Moskau', '2022-01-06', 'day', 'https://www.example.de/politik/kasachstan-nun-hilft-moskau'],
      ['export.csv row 2', 'Rückblick: Kasachstans Januar', '2022-01', 'month', undefined],
    ]);
    expect(r.articles[0]?.text).toContain('normalisieren».');
    expect(r.articles[0]?.text).toContain('\n\n');
    expect(r.skipped).toEqual([{ source: 'export.csv row 3', reason: 'empty text: the article has no text, nothing to analyse' }]);
  });

  it('csv: a mapping to a column that does not exist names the columns', async () => {
    const r = await importArticles(['export.csv'], { cwd, map: { text: 'body' } });
    expect(r.skipped).toEqual([{ source: 'export.csv', reason: '--map text=body: there is no column "body" (columns: Überschrift, Text, Datum, Link)' }]);
  });

  it('news-please: its field names, authors joined, source domain noted', async () => {
    const r = await importArticles(['news-please.json', 'news-please-list.json'], { cwd });
    expect(r.articles.map((a) => [a.source, a.title, a.date, a.author, a.language, a.url])).toEqual([
      ['news-please.json', 'Militärbündnis OVKS: Russland greift in Kasachstan ein', '2022-01-06', 'Ulrich Heyden, Daniel Säwert', 'de', 'https://www.nd-aktuell.de/artikel/1160198'],
      ['news-please-list.json[0]', 'Kasachstan: ohne Datum', undefined, 'Ulrich Heyden, Daniel Säwert', 'de', 'https://www.nd-aktuell.de/artikel/1160200'],
    ]);
    expect(r.articles[0]?.note).toBe('Imported from news-please (source_domain: www.nd-aktuell.de)');
    expect(r.skipped).toEqual([{ source: 'news-please-list.json[1]', reason: 'empty text: the article has no text, nothing to analyse' }]);
  });

  it('html: main text without navigation, metadata from JSON-LD and meta tags', async () => {
    const r = await importArticles(['seite.html', 'leere-seite.html'], { cwd });
    const [page] = r.articles;
    expect(page).toMatchObject({
      title: 'Dutzende Tote: Kasachstan: Und wieder reagiert ein Autokrat mit Gewalt',
      date: '2022-01-07',
      datePrecision: 'day',
      author: 'Christian Esch',
      url: 'https://www.kleinezeitung.at/politik/aussenpolitik/6082388/',
      language: 'de',
    });
    const paragraphs = page?.text.split('\n\n') ?? [];
    expect(paragraphs.map((p) => p.slice(0, 30))).toEqual([
      'In Almaty wird scharf geschoss',
      'Nacht der langen Messer',
      'Die Nacht auf Donnerstag schei',
      'Dort landete nach Angaben mehr',
    ]);
    for (const boilerplate of ['Startseite', 'Cookies', 'Meistgelesen', 'Impressum', 'dataLayer']) expect(page?.text).not.toContain(boilerplate);
    expect(r.skipped).toEqual([
      { source: 'leere-seite.html', reason: 'empty text: no article text found in the page (only 1 word); save the article page itself, completely ("Web page, complete" or "HTML only")' },
    ]);
  });

  it('rejects a bad --map', () => {
    expect(() => parseFieldMap('body')).toThrow(/expected <field>=<column>/);
  });
});

describe('datelines and --date', () => {
  it('reads a German, English or British dateline at the start of the text, only when it is one', () => {
    const cases: [string, string | undefined][] = [
      ['Minsk, 16. August 2020. Zehntausende demonstrierten.', '2020-08-16'],
      ['ALMATY, 6. Januar 2022 (dpa) – Die Polizei ging vor.', '2022-01-06'],
      ['Nur-Sultan (AFP), 7. Januar 2022: Tokajew sprach.', '2022-01-07'],
      ['Frankfurt am Main, 3. Oktober 1990\nDie Einheit.', '1990-10-03'],
      ['Wien, 1. März 2022 – Die Regierung.', '2022-03-01'],
      // not a dateline: a sentence, no place, a numeric or impossible date, not at the start
      ['Berlin, 3. Oktober 1990 war ein Feiertag.', undefined],
      ['Am 6. Januar 2022 ging die Polizei vor.', undefined],
      ['Minsk, 16.08.2020. Zehntausende demonstrierten.', undefined],
      ['Minsk, 31. Februar 2020. Zehntausende demonstrierten.', undefined],
      ['Die Polizei ging vor. Minsk, 16. August 2020.', undefined],
      ['minsk, 16. August 2020. Zehntausende demonstrierten.', undefined],
      // English and British wire datelines (review2 F16)
      ['ALMATY, Jan 7, 2022 (Reuters) - Kazakh security forces fired on protesters.', '2022-01-07'],
      ['MOSCOW, January 7, 2022 — Russia sent troops.', '2022-01-07'],
      ['ALMATY, Kazakhstan, Jan. 7, 2022 (AP) — Gunfire was heard.', '2022-01-07'],
      ['London, 7 January 2022 - The Foreign Office said.', '2022-01-07'],
      ['ALMATY, Jan 7 (Reuters) - No year here.', undefined],
      ['Almaty, January 7, 2022 was a cold day.', undefined],
      ['ALMATY, Feb 30, 2022 (Reuters) - Not a day.', undefined],
    ];
    expect(cases.map(([text]) => datelineOf(text)?.date)).toEqual(cases.map(([, date]) => date));
  });

  it('txt: a dateline is not taken for a title, and dates the article after a title', () => {
    expect(articleFromTxt('ALMATY, 6. Januar 2022 (dpa)\n\nDie Polizei ging gegen Demonstranten vor.\n', 'a.txt')).toEqual({
      source: 'a.txt',
      date: '2022-01-06',
      datePrecision: 'day',
      text: 'ALMATY, 6. Januar 2022 (dpa)\n\nDie Polizei ging gegen Demonstranten vor.\n',
    });
    expect(articleFromTxt('Proteste in Minsk\n\nMinsk, 16. August 2020. Zehntausende demonstrierten.\n', 'b.txt')).toEqual({
      source: 'b.txt',
      title: 'Proteste in Minsk',
      date: '2020-08-16',
      datePrecision: 'day',
      text: 'Minsk, 16. August 2020. Zehntausende demonstrierten.\n',
    });
  });

  it('--date dates only the articles without a date of their own', async () => {
    const r = await importArticles(['schiessbefehl.txt', 'export.jsonl'], { cwd, date: '2022-01-08' });
    expect(r.articles.map((a) => [a.source, a.date, a.datePrecision])).toEqual([
      ['schiessbefehl.txt', '2022-01-08', 'day'],
      ['export.jsonl:1', '2022-01-06', 'day'],
      ['export.jsonl:2', '2022-01-08', 'day'],
      ['export.jsonl:4', '2022-01-08', 'day'],
    ]);
    expect(parseDateOption(' 2024-02-29 ')).toBe('2024-02-29');
    expect(() => parseDateOption('2023-02-29')).toThrow('--date "2023-02-29": expected a date as YYYY-MM-DD that exists in the calendar, e.g. --date 2022-01-07');
    expect(() => parseDateOption('2022-01')).toThrow('--date "2022-01": expected a date as YYYY-MM-DD, e.g. --date 2022-01-07');
    await expect(importArticles(['schiessbefehl.txt'], { cwd, date: '07.01.2022' })).rejects.toThrow('--date "07.01.2022"');
  });
});

describe('writeImported', () => {
  let tmp: string | undefined;
  afterEach(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
    tmp = undefined;
  });

  it('writes corpus files that load without problems, and never overwrites without force', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'framelens-import-'));
    const outletDir = path.join(tmp, 'neu');
    const { articles } = await importArticles(['schiessbefehl.txt', 'ohne-titel.txt', 'export.jsonl', 'news-please.json', 'seite.html'], { cwd });
    const first = await writeImported(outletDir, articles);
    // export.jsonl:1 holds the text of ohne-titel.txt (with a title, date and URL): it is stored once
    expect(first.written.map((p) => path.basename(p))).toEqual([
      'undated-tokajew-erteilt-schiessbefehl-ohne-vorwarnung.md',
      'undated-noch-am-dienstag-waren-sich-viele-experten-einig.md',
      'undated-unruhen-in-almaty-ohne-datum.md',
      'undated-ungueltiges-datum.md',
      '2022-01-06-militaerbuendnis-ovks-russland-greift-in-kasachstan-ein.md',
      '2022-01-07-dutzende-tote-kasachstan-und-wieder-reagiert-ein-autokrat.md',
    ]);
    expect(first.skipped).toEqual([
      {
        path: path.join(outletDir, 'undated-noch-am-dienstag-waren-sich-viele-experten-einig.md'),
        reason: 'already imported (same text) from export.jsonl:1, but its title, date, datePrecision, url, author differ; pass --force to update its front matter',
      },
    ]);
    expect((await readdir(outletDir)).filter((n) => n.startsWith('.'))).toEqual([]);
    await writeFile(path.join(outletDir, 'outlet.yaml'), 'name: Neu\n');
    const loaded = await loadCorpus(tmp, { repoRoot: tmp });
    expect(loaded.problems).toEqual([]);
    expect(loaded.articles).toHaveLength(6);
    const html = loaded.articles.find((a) => a.id === 'neu/2022-01-07-dutzende-tote-kasachstan-und-wieder-reagiert-ein-autokrat');
    expect(html).toMatchObject({ author: 'Christian Esch', date: '2022-01-07', datePrecision: 'day', language: 'de' });
    expect(html?.text).toBe(`${articles[6]?.text}\n`);

    // the same import again: identical files are left alone
    const again = await writeImported(outletDir, articles);
    expect(again.written).toEqual([]);
    expect(again.skipped.map((s) => s.reason.split(' from ')[0])).toEqual(Array(7).fill('already imported (same text)'));

    // a changed text from the same source under the same name needs --force, and then replaces that file
    const changed = [{ ...articles[0]!, text: 'Eine neue Fassung des Artikels über Almaty.\n\n' }];
    const refused = await writeImported(outletDir, changed);
    expect(refused.written).toEqual([]);
    expect(refused.skipped[0]?.reason).toBe(
      `this article was imported from schiessbefehl.txt before, with a different text than it has now; to replace it with the new text: framelens import ${path.basename(tmp)} neu schiessbefehl.txt --force`,
    );
    const forced = await writeImported(outletDir, changed, { force: true });
    expect(forced.written).toEqual([]);
    expect(forced.replaced).toEqual([path.join(outletDir, 'undated-tokajew-erteilt-schiessbefehl-ohne-vorwarnung.md')]);
    // one final newline, whatever white space the text ended with
    expect(await readFile(forced.replaced[0]!, 'utf8')).toBe(
      '---\ntitle: "Tokajew erteilt Schießbefehl ohne Vorwarnung"\nnote: "import source: schiessbefehl.txt"\n---\nEine neue Fassung des Artikels über Almaty.\n',
    );
  });

  it('an article with the same URL and title: --force replaces it, a different URL gets a suffix', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'framelens-import-'));
    const outletDir = path.join(tmp, 'neu');
    const base = { source: 'x.jsonl:1', title: 'Nun hilft Moskau', date: '2022-01-06', datePrecision: 'day' as const, url: 'https://example.de/a', text: 'Erste Fassung.' };
    expect((await writeImported(outletDir, [base])).written.map((p) => path.basename(p))).toEqual(['2022-01-06-nun-hilft-moskau.md']);
    // the site updated the article; exported from another file, so only the URL says it is the same
    const updated = { ...base, source: 'y.jsonl:3', text: 'Zweite Fassung.' };
    const refused = await writeImported(outletDir, [updated]);
    expect(refused.skipped.map((s) => s.reason)).toEqual([
      `this article has the same URL (https://example.de/a) and a different text; to replace it with the new text: framelens import ${path.basename(tmp)} neu y.jsonl --force`,
    ]);
    const forced = await writeImported(outletDir, [updated, { ...updated, source: 'y.jsonl:4', url: 'https://example.de/b', text: 'Ein anderer Artikel.' }], { force: true });
    expect(forced.replaced.map((p) => path.basename(p))).toEqual(['2022-01-06-nun-hilft-moskau.md']);
    expect(forced.written.map((p) => path.basename(p))).toEqual(['2022-01-06-nun-hilft-moskau-2.md']);
    expect(await readFile(path.join(outletDir, '2022-01-06-nun-hilft-moskau.md'), 'utf8')).toBe(
      '---\ntitle: "Nun hilft Moskau"\ndate: "2022-01-06"\ndatePrecision: "day"\nurl: "https://example.de/a"\nnote: "import source: y.jsonl:3"\n---\nZweite Fassung.\n',
    );
  });
});
