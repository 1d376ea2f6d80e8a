// Article files in other encodings and line ends through the real CLI: read with the right text
// (or refused with the exact message), the previous report intact otherwise (harness.ts).
import { expect } from 'vitest';
import { EVENT, write, type Case } from './harness.js';


/** A short article whose analysis is known: one quoted frame hit, title with an umlaut. */
const ARTICLE = '---\ntitle: "Über die Lage"\n---\nDie Regierung sprach von „Terrorbanden“. Präsident Tokajew äußerte sich.\nZweiter Absatz.\n';
const SENTENCE = 'Die Regierung sprach von „Terrorbanden“.';

const CP1252_NOTICE =
  'notice: corpus/kazakhstan-2022/nd/2022-01-08-kodierung.md: is not UTF-8; read it as Windows-1252 (Latin-1). Check the umlauts, then convert the file once: ' +
  'iconv -f WINDOWS-1252 -t UTF-8 old.txt > new.txt   (or save as "UTF-8" in your editor)';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

export function encodingCases(): Case[] {
  const variants: [string, Buffer, string?][] = [
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(ARTICLE)])],
    // „ and “ are 0x84 and 0x93 in Windows-1252; latin1 cannot hold them, so write those bytes by hand
    ['Windows-1252', Buffer.from(ARTICLE.replace('„', '\x84').replace('“', '\x93'), 'latin1'), CP1252_NOTICE],
    ['CRLF line endings', Buffer.from(ARTICLE.replace(/\n/g, '\r\n'))],
    ['CR line endings', Buffer.from(ARTICLE.replace(/\n/g, '\r'))],
  ];
  const cases: Case[] = variants.map(([name, bytes, stderr = '']) => ({
    name: `encoding: ${name} is read`,
    breakRepo: (repo) => write(repo, `${EVENT}/nd/2022-01-08-kodierung.md`, bytes),
    exit: 0,
    stderr,
    report: (report) => {
      expect(report.articles.find((a) => a.article === 'nd/2022-01-08-kodierung')?.title).toBe('Über die Lage');
      const frames = report.evidence.filter((e) => e.article === 'nd/2022-01-08-kodierung' && e.kind === 'frame');
      expect(frames.map((e) => [e.category, e.term, e.voice, e.sentence])).toEqual([['terror-extremism', 'Terrorbanden', 'quoted', SENTENCE]]);
    },
  }));
  cases.push({
    name: 'encoding: NUL bytes are refused',
    breakRepo: (repo) => write(repo, `${EVENT}/nd/2022-01-08-kodierung.md`, Buffer.from(ARTICLE.replace('Zweiter', 'Zweiter\0'))),
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/nd/2022-01-08-kodierung.md contains NUL bytes: it is a binary file (PDF, Word, image …) or UTF-16 text without a byte-order mark
    expected: plain text in UTF-8
    example:  export the text as UTF-8 plain text, or convert: iconv -f UTF-16LE -t UTF-8 old.txt > new.txt`,
  });
  return cases;
}
