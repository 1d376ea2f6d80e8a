// Bad input in the corpus (article files, outlet folders, front matter) through the real CLI: the
// exact message and exit code, and the previous report left byte-identical (harness.ts).
import { mkdir, readdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { EVENT, write, type Case } from './harness.js';

/** The front-matter example that corpus messages show, as it prints (continuation lines indented). */
export const FM_EXAMPLE = [
  '    example:  ---',
  '              title: "Militärbündnis OVKS: Russland greift in Kasachstan ein"',
  '              date: "2022-01-06"',
  '              url: https://www.nd-aktuell.de/artikel/1160198',
  '              ---',
  '              Noch am Dienstag waren sich viele Experten einig: …',
].join('\n');

export const corpusCases: Case[] = [
  { name: 'empty file', fixture: 'empty-file', exit: 1, stderr: `error corpus/kazakhstan-2022/nd/2022-01-08-leer.md is empty (0 bytes)
    expected: the article text
${FM_EXAMPLE}` },
  { name: 'front matter not closed', fixture: 'unclosed-front-matter', exit: 1, stderr: `error corpus/kazakhstan-2022/nd/2022-01-08-offen.md:1 the front matter starting with "---" on line 1 is never closed
    expected: a line with only "---" after the metadata, then the article text
${FM_EXAMPLE}` },
  { name: 'YAML syntax error', fixture: 'yaml-syntax-error', exit: 1, stderr: `error corpus/kazakhstan-2022/nd/2022-01-08-doppelpunkt.md:2:8 YAML syntax error: the value of "title" contains ": ", so it must be in quotes
    expected: a value with ": " in double quotes
    example:  title: "Kasachstan: Tokajew spricht von Terroristen"` },
  { name: 'unknown fields', fixture: 'unknown-field', exit: 1, stderr: `error corpus/kazakhstan-2022/nd/2022-01-08-felder.md:2 titel: unknown field "titel" (did you mean "title"?)
    expected: one of: title, date, datePrecision, url, author, language, note, renamedFrom
    example:  title: "Russland greift in Kasachstan ein"
error corpus/kazakhstan-2022/nd/2022-01-08-felder.md:4 rubrik: unknown field "rubrik"
    expected: one of: title, date, datePrecision, url, author, language, note, renamedFrom
    example:  remove the line "rubrik: …" or rename it to one of the fields above` },
  { name: 'missing field', fixture: 'missing-field', exit: 1, stderr: `error corpus/kazakhstan-2022/nd/outlet.yaml:1 name: is required
    expected: the outlet's display name
    example:  name: Nd` },
  { name: 'wrong date formats', fixture: 'wrong-dates', exit: 1, stderr: `error corpus/kazakhstan-2022/nd/datum-ausgeschrieben.md:3 date: "7. Januar 2022" is not an ISO date: write "2022-01-07"
    expected: an ISO date: YYYY-MM-DD, YYYY-MM or YYYY, in quotes
    example:  date: "2022-01-07"
error corpus/kazakhstan-2022/nd/datum-gestern.md:3 date: "gestern" is not an ISO date; it is not a date format framelens knows (e.g. 2022-01-07, 07.01.2022, 7. Januar 2022, Januar 2022)
    expected: an ISO date: YYYY-MM-DD, YYYY-MM or YYYY, in quotes
    example:  date: "2022-01-07"
error corpus/kazakhstan-2022/nd/datum-kein-kalendertag.md:3 date: "2022-02-30" is not a calendar date
    expected: an ISO date: YYYY-MM-DD, YYYY-MM or YYYY, in quotes
    example:  date: "2022-01-07"
error corpus/kazakhstan-2022/nd/datum-punkte.md:3 date: "07.01.2022" is not an ISO date: write "2022-01-07"
    expected: an ISO date: YYYY-MM-DD, YYYY-MM or YYYY, in quotes
    example:  date: "2022-01-07"
error corpus/kazakhstan-2022/nd/datum-schraegstriche.md:3 date: "2022/01/07" is not an ISO date: write "2022-01-07"
    expected: an ISO date: YYYY-MM-DD, YYYY-MM or YYYY, in quotes
    example:  date: "2022-01-07"` },
  { name: 'duplicate article ids', fixture: 'duplicate-ids', exit: 1, stderr: `error corpus/kazakhstan-2022/nd/2022-01-06-russland-greift-ein.txt id: duplicate article id "nd/2022-01-06-russland-greift-ein": corpus/kazakhstan-2022/nd/2022-01-06-russland-greift-ein.md has the same name without its extension
    expected: one file per article name in an outlet folder
    example:  rename one of them, e.g. 2022-01-06-russland-greift-ein-2.txt` },
  { name: 'outlet folder without outlet.yaml', fixture: 'outlet-without-outlet-yaml', exit: 1, stderr: `error corpus/kazakhstan-2022/taz/outlet.yaml missing: the outlet folder "taz" has no outlet.yaml
    expected: an outlet.yaml with at least the outlet's name
    example:  framelens add-outlet kazakhstan-2022 taz --name Taz   or write:
              name: Taz            # the outlet's name as the report shows it
              country: XX          # replace: its ISO 3166 country code, e.g. DE, AT, CH
              kind: daily          # daily, weekly, wire, broadcaster, online or magazine
              attribution:
                status: unverified # confirmed, with evidence, once you checked the articles are this outlet's` },
  {
    name: 'binary file (an image saved as .txt)',
    breakRepo: (repo) => write(repo, `${EVENT}/nd/foto.txt`, Buffer.from('89504e470d0a1a0a0000000d4948445200000010', 'hex')),
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/nd/foto.txt contains NUL bytes: it is a binary file (PDF, Word, image …) or UTF-16 text without a byte-order mark
    expected: plain text in UTF-8
    example:  export the text as UTF-8 plain text, or convert: iconv -f UTF-16LE -t UTF-8 old.txt > new.txt`,
  },
  {
    name: 'binary file without NUL bytes',
    breakRepo: (repo) => write(repo, `${EVENT}/nd/daten.txt`, Buffer.from([0x41, 0x01, 0x02, 0x42, 0x03, 0x1b, 0x43])),
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/nd/daten.txt contains 4 control characters: it is a binary file, not text
    expected: plain text in UTF-8
    example:  export the article as plain text (.txt) or Markdown (.md) in UTF-8`,
  },
  {
    name: 'a 50 MB single article',
    breakRepo: async (repo) => {
      const line = Buffer.from('Die Sicherheitskräfte gingen in Almaty gegen Demonstranten vor.\n');
      await write(repo, `${EVENT}/nd/riesig.txt`, Buffer.concat(Array.from({ length: Math.ceil((50 * 1024 * 1024) / line.length) }, () => line)).subarray(0, 50 * 1024 * 1024));
    },
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/nd/riesig.txt is 50.0 MB, over the limit of 20.0 MB for one article
    expected: one article per file
    example:  split a file that holds many articles: framelens import <event> <outlet> export.jsonl --format jsonl`,
  },
  {
    name: 'a corpus with no outlets and no articles (0 bytes)',
    breakRepo: async (repo) => {
      await rm(path.join(repo, EVENT), { recursive: true });
      await mkdir(path.join(repo, EVENT));
    },
    exit: 1,
    stderr: `error corpus/kazakhstan-2022 the corpus has no outlets and no articles
    expected: corpus/<event>/<outlet-id>/outlet.yaml and at least one article file next to it
    example:  framelens add-outlet kazakhstan-2022 my-outlet --name "My Outlet" && framelens import kazakhstan-2022 my-outlet article.txt`,
  },
  {
    name: 'outlets without articles',
    breakRepo: async (repo) => {
      for (const outlet of await readdir(path.join(repo, EVENT))) {
        for (const f of await readdir(path.join(repo, EVENT, outlet))) if (f !== 'outlet.yaml') await unlink(path.join(repo, EVENT, outlet, f));
      }
    },
    exit: 1,
    stderr: `error corpus/kazakhstan-2022 the corpus has no articles (.md or .txt files in the outlet folders)
    expected: corpus/<event>/<outlet-id>/outlet.yaml and at least one article file next to it
    example:  framelens add-outlet kazakhstan-2022 my-outlet --name "My Outlet" && framelens import kazakhstan-2022 my-outlet article.txt`,
  },
  {
    name: 'a corpus symlink to a file outside the repository',
    breakRepo: async (repo) => {
      // the target sits in the repository's own folder (removed with it), outside the corpus
      await writeFile(path.join(repo, 'secret.txt'), 'geheim');
      await symlink(path.join(repo, 'secret.txt'), path.join(repo, EVENT, 'nd', 'leak.txt'));
    },
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/nd/leak.txt is a symbolic link to <repo>/secret.txt, outside the corpus: not followed
    expected: real files and folders inside the corpus folder
    example:  copy it into the corpus instead: rm corpus/kazakhstan-2022/nd/leak.txt && cp -r <repo>/secret.txt corpus/kazakhstan-2022/nd/leak.txt`,
  },
  {
    name: 'YAML alias without its anchor',
    breakRepo: (repo) => write(repo, `${EVENT}/nd/2022-01-08-alias.md`, '---\ntitle: *titel\n---\nDie Lage blieb angespannt.\n'),
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/nd/2022-01-08-alias.md:2 YAML cannot be read: Unresolved alias (the anchor must be set before the alias): titel
    expected: plain "field: value" lines, without anchors (&name) and aliases (*name)
${FM_EXAMPLE}`,
  },
  {
    name: 'front matter nested too deeply for the YAML parser',
    breakRepo: (repo) => write(repo, `${EVENT}/nd/2022-01-08-tief.md`, `---\ntitle: x\ntags: ${'['.repeat(3000)}${']'.repeat(3000)}\n---\nDie Lage blieb angespannt.\n`),
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/nd/2022-01-08-tief.md:3 YAML nests lists or maps too deeply (hundreds of levels; it gave up here)
    expected: a few levels of "field: value" lines and lists
${FM_EXAMPLE}`,
  },
  {
    name: 'outlet.yaml language: English (the name, not the code)',
    breakRepo: async (repo) => {
      const file = path.join(repo, EVENT, 'fictional-wire-en', 'outlet.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('language: en', 'language: English'));
    },
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/fictional-wire-en/outlet.yaml:3 language: must be an ISO 639 language code, e.g. "de" (got "English"; did you mean "en"?)
    expected: an ISO 639-1 language code in lower case
    example:  language: en`,
  },
  {
    name: 'a sub-folder inside an outlet folder (its articles are not read: said, not skipped silently)',
    breakRepo: async (repo) => {
      await mkdir(path.join(repo, EVENT, 'nd', 'archiv'));
      await write(repo, `${EVENT}/nd/archiv/2022-01-05-alt.md`, '---\ntitle: "Alt"\n---\nDie Lage blieb angespannt.\n');
    },
    exit: 0,
    stderr: 'notice: corpus/kazakhstan-2022/nd/archiv is a folder: articles in folders inside an outlet folder are not read (1 article file in it); move its files up: mv -n corpus/kazakhstan-2022/nd/archiv/* corpus/kazakhstan-2022/nd/ && rmdir corpus/kazakhstan-2022/nd/archiv',
    report: (report) => expect(report.articles.map((a) => a.article)).not.toContain('nd/2022-01-05-alt'),
  },
  {
    name: 'front matter marked as JavaScript ("---js")',
    breakRepo: (repo) => write(repo, `${EVENT}/nd/2022-01-08-js.md`, '---js\n{ title: "Über die Lage" }\n---\nDie Lage blieb angespannt.\n'),
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/nd/2022-01-08-js.md:1 the front matter is marked as "js" ("---js" on line 1); framelens reads YAML front matter only, between two lines "---"
    expected: YAML "field: value" lines between "---" lines
${FM_EXAMPLE}`,
  },
];
