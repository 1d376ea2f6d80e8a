// Properties shared by test/fuzz.test.ts (fixed seed, CI) and scripts/fuzz.ts (random seeds, longer budget).
// They use plain assertions (no vitest) so that both can run them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { readArticle, type Outlet } from '@framelens/corpus';
import { compileLexicon, match, parseLexicon, type CompiledLexicon } from '@framelens/lexicon';
import { analyze, type Span } from '@framelens/text';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export class PropertyFailure extends Error {}

function check(condition: boolean, message: () => string): asserts condition {
  if (!condition) throw new PropertyFailure(message());
}

// ---------- generators ----------

/** Words and punctuation from German news, with every quotation-mark convention and voice cue. */
const WORDS = [
  'Tokajew', 'Präsident', 'Kassym-Schomart', 'Demonstranten', 'Terroristen', 'Banditen', 'Terrorbanden', 'Almaty', 'Kasachstan',
  'Russland', 'OVKS', 'Friedenstruppen', 'Anti-Terror-Operation', 'Putin', 'die', 'der', 'das', 'und', 'nicht', 'von', 'im',
  'Regierung', 'Polizei', 'Proteste', 'Gaspreise', 'sagte', 'erklärte', 'betonte', 'sprach', 'laut', 'zufolge', 'nach', 'Angaben',
  'sei', 'seien', 'habe', 'hätten', 'soll', 'sollen', 'sogenannte', 'sogenannten', 'angeblich', 'so', 'er', 'sie', 'es', 'dpa',
  'z. B.', 'Dr.', 'u.a.', '1.800', '6. Januar', '16.', 'Öl-', 'ß', 'ẞ', 'Straße', '😀', 'e\u0301', '\u05e9\u05dc\u05d5\u05dd', '\u202e',
];
const MARKS = ['„', '“', '”', '‚', '‘', '’', '»', '«', '›', '‹', '"', "'", '``', "''", '(', ')', '[', ']', '–', '—', '-', '…'];
const PUNCT = ['.', ',', ':', ';', '!', '?', '.', ',', ' ', ' ', '\n', '\n\n', '\r\n', '\u00a0', '\u00ad', '\u200b', '\t'];

/** German-like text: words, random quotation marks and punctuation, joined by spaces or glued. */
export const germanLike: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...MARKS) }, { weight: 2, arbitrary: fc.constantFrom(...PUNCT) }), { maxLength: 120 }), fc.boolean())
  .map(([xs, glued]) => xs.join(glued ? '' : ' '));

/** Any text: random code units (lone surrogates included), random graphemes, German-like. */
export const anyText: fc.Arbitrary<string> = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), germanLike);

const BYTE_PREFIXES = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [...Buffer.from('---\n')], [...Buffer.from('---\r\ntitle: x\r\n---\r\n')]];
/** Random file content: raw bytes after a BOM or fence, or text in UTF-8/UTF-16/Windows-1252. */
const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.tuple(fc.constantFrom(...BYTE_PREFIXES), fc.uint8Array({ maxLength: 400 })).map(([p, b]) => Uint8Array.from([...p, ...b])),
  fc.tuple(anyText, fc.constantFrom('utf8', 'utf16le', 'latin1') as fc.Arbitrary<BufferEncoding>).map(([t, enc]) => Uint8Array.from(Buffer.from(t, enc))),
);

const FIELDS = ['title', 'date', 'datePrecision', 'url', 'author', 'language', 'note', 'titel', 'Date', '', 'tags', '---'];
const yamlValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('2022-01-07', '2022-01', '2022', '07.01.2022', '2022-02-30', 'day', 'inferred', 'https://nd-aktuell.de/a', 'javascript:alert(1)', 'de', ''),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);
/** Front matter: a random structure written as YAML, or random lines; then a body. */
const frontMatterFile: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 10 })), yamlValue, { maxKeys: 8 }).map((o) => stringify(o)),
      fc.array(fc.oneof(fc.constantFrom('title: a: b', 'date: "2022', '  - x', '? y', '&a', '*a', '{', 'date: [1, 2]', '"'), fc.string({ maxLength: 20 })), { maxLength: 6 }).map((ls) => `${ls.join('\n')}\n`),
    ),
    fc.boolean(),
    fc.oneof(germanLike, fc.constant(''), fc.constant('   \n')),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([yaml, closed, body, eol]) => `---${eol}${yaml.replace(/\n/g, eol)}${closed ? `---${eol}` : ''}${body}`);

// ---------- checks ----------

const OUTLET: Outlet = { id: 'nd', name: 'nd', language: 'de', attribution: { status: 'confirmed' } };
let tmp: string | undefined;
let counter = 0;

/** readArticle on a file holding `bytes`: never throws; an article xor error problems, each placed in the file. */
async function checkReadArticle(bytes: Uint8Array, ext: '.md' | '.txt'): Promise<void> {
  tmp ??= mkdtempSync(path.join(os.tmpdir(), 'framelens-fuzz-'));
  const file = path.join(tmp, `a${counter++}${ext}`);
  await writeFile(file, bytes);
  const result = await readArticle({ path: file, outlet: 'nd', id: 'nd/a' }, OUTLET, { repoRoot: tmp });
  const lineCount = Buffer.from(bytes).toString('latin1').split(/\r\n|\r|\n/).length;
  const errors = result.problems.filter((p) => p.severity === 'error');
  check((result.article === undefined) === errors.length > 0, () => `article and errors: ${JSON.stringify(result.problems)}`);
  for (const p of result.problems) {
    check(p.file === path.basename(file), () => `problem names ${p.file}`);
    check(p.message.length > 0, () => 'empty message');
    check(p.line === undefined || (Number.isInteger(p.line) && p.line >= 1 && p.line <= lineCount + 1), () => `line ${p.line} outside the file (${lineCount} lines): ${p.message}`);
  }
  if (result.article) check(result.article.text.trim() !== '', () => 'an article without text');
}

function checkSpansInText(what: string, spans: readonly Span[], length: number): void {
  for (const s of spans) check(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= length, () => `${what} ${JSON.stringify(s)} outside 0..${length}`);
}

function checkOrdered(what: string, spans: readonly Span[], strict: boolean): void {
  for (let i = 1; i < spans.length; i++) {
    const [a, b] = [spans[i - 1]!, spans[i]!];
    check(strict ? a.end <= b.start : a.start <= b.start, () => `${what} out of order: ${JSON.stringify(a)} then ${JSON.stringify(b)}`);
  }
}

/** analyze: offsets valid; tokens and sentences ordered; voice spans inside the text and well nested. */
export function checkAnalyze(text: string): void {
  const doc = analyze(text);
  check(doc.text === text, () => 'doc.text differs from the input');
  checkSpansInText('token', doc.tokens, text.length);
  for (const t of doc.tokens) check(t.end > t.start, () => `empty token at ${t.start}`);
  checkOrdered('tokens', doc.tokens, true);
  checkSpansInText('sentence', doc.sentences, text.length);
  checkOrdered('sentences', doc.sentences, true);
  checkSpansInText('paragraph', doc.paragraphs, text.length);
  checkSpansInText('boilerplate', doc.boilerplate, text.length);
  checkSpansInText('voice span', doc.spans, text.length);
  for (const s of doc.spans) check(s.end > s.start, () => `empty voice span ${JSON.stringify(s)}`);
  // well nested: two spans are disjoint or one contains the other, never a partial overlap
  const spans = [...doc.spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const open: Span[] = [];
  for (const s of spans) {
    while (open.length && open[open.length - 1]!.end <= s.start) open.pop();
    const parent = open[open.length - 1];
    check(!parent || s.end <= parent.end, () => `voice spans overlap partly: ${JSON.stringify(parent)} and ${JSON.stringify(s)} in ${JSON.stringify(text)}`);
    open.push(s);
  }
}

let lexicon: CompiledLexicon | undefined;
function seedLexicon(): CompiledLexicon {
  if (lexicon) return lexicon;
  const file = path.join(root, 'pipelines', 'kazakhstan-2022', 'lexicon.yaml');
  const parsed = parseLexicon(readFileSync(file, 'utf8'), file);
  if (!parsed.lexicon) throw new Error(`the seed lexicon does not parse: ${JSON.stringify(parsed.problems)}`);
  return (lexicon = compileLexicon(parsed.lexicon));
}

/** match: hits inside the text, ordered by start, each inside the sentence it names. */
export function checkMatch(text: string): void {
  const doc = analyze(text);
  const hits = match(doc, seedLexicon());
  checkSpansInText('hit', hits, text.length);
  checkOrdered('hits', hits, false);
  for (const h of hits) {
    check(h.end > h.start, () => `empty hit ${JSON.stringify(h)}`);
    const s = doc.sentences[h.sentence];
    check(s !== undefined && s.start <= h.start && h.end <= s.end, () => `hit ${h.start}-${h.end} "${text.slice(h.start, h.end)}" not inside its sentence ${h.sentence} ${JSON.stringify(s)}`);
  }
}

// ---------- the properties ----------

export interface NamedProperty {
  name: string;
  property: () => fc.IAsyncProperty<[unknown]> | fc.IProperty<[unknown]>;
}

export const properties: NamedProperty[] = [
  {
    name: 'corpus: readArticle on random bytes never throws and places every problem in the file',
    property: () => fc.asyncProperty(fc.tuple(fileBytes, fc.constantFrom('.md', '.txt') as fc.Arbitrary<'.md' | '.txt'>), ([bytes, ext]) => checkReadArticle(bytes, ext)) as fc.IAsyncProperty<[unknown]>,
  },
  {
    name: 'corpus: readArticle on random front matter never throws and places every problem in the file',
    property: () => fc.asyncProperty(frontMatterFile, (text) => checkReadArticle(Buffer.from(text, 'utf8'), '.md')) as fc.IAsyncProperty<[unknown]>,
  },
  {
    name: 'text: analyze on random Unicode and German-like text: offsets valid, voice spans well nested',
    property: () => fc.property(anyText, (text) => checkAnalyze(text)) as fc.IProperty<[unknown]>,
  },
  {
    name: 'lexicon: match hits are inside the text, ordered, each inside its sentence',
    property: () => fc.property(anyText, (text) => checkMatch(text)) as fc.IProperty<[unknown]>,
  },
];

/** Remove the temporary files the corpus properties wrote. */
export function cleanup(): void {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
}
