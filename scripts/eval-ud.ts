/**
 * `pnpm eval:ud [FILE.conllu] [--lang de|en] [--errors N] [--json]`: token and sentence-boundary
 * precision/recall/F1 of @framelens/text against a Universal Dependencies treebank (default: the
 * German-GSD dev split in ../shared/data/ud-german-gsd, see its README), per genre, with natural's
 * WordPunctTokenizer and SentenceTokenizer measured in the same run as the baseline.
 * `--lang` picks the text layer's language (default: "en" for a file named en_*, else "de").
 * German-GSD: news (dev-s501 and up) and reviews. English-EWT (`pnpm eval:ud --lang en`, default
 * file ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu): the genres of the sentence ids (weblog,
 * newsgroup, email, answers, reviews), weblog and newsgroup being the closest to news. UD English
 * splits clitics ("do" + "n't") under a multi-word token line; framelens splits them too, so the
 * gold tokens are the parts whenever they spell the surface form.
 *
 * Tokens are compared by character offsets over all sentences. UD German-GSD splits hyphenated
 * compounds ("SPD - Wirtschaftsminister", "Rohstoff - und"); framelens keeps a compound as one token
 * and exposes its parts, so for comparison a compound is projected to its parts and the hyphens
 * between them, and a truncated "Öl-" to "Öl" and "-". Sentence boundaries are compared on the
 * sentences that end in . ! ? : or a closing quote, joined with single spaces into running text.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WordPunctTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';
import SentenceTokenizer from 'natural/lib/natural/tokenizers/sentence_tokenizer.js';
import { languageFor, sentences, tokenize } from '@framelens/text';
import type { Span, Token } from '@framelens/text';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULTS: Record<string, string> = {
  de: path.join(repoRoot, '..', 'shared', 'data', 'ud-german-gsd', 'de_gsd-ud-dev.conllu'),
  en: path.join(repoRoot, '..', 'shared', 'data', 'ud-english-ewt', 'en_ewt-ud-dev.conllu'),
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { errors: { type: 'string', default: '0' }, json: { type: 'boolean', default: false }, lang: { type: 'string' } },
});
const code = values.lang ?? (positionals[0] !== undefined && path.basename(positionals[0]).startsWith('en_') ? 'en' : 'de');
if (DEFAULTS[code] === undefined) {
  console.error(`eval:ud: --lang ${code}: expected de or en, e.g. pnpm eval:ud --lang en`);
  process.exit(2);
}
const language = languageFor(code);
const file = positionals[0] ?? DEFAULTS[code]!;
if (!existsSync(file)) {
  console.error(
    `eval:ud: cannot read ${file}\n  expected a CoNLL-U file, e.g. pnpm eval:ud ../shared/data/ud-german-gsd/de_gsd-ud-dev.conllu`,
  );
  process.exit(2);
}

interface Sentence { id: string; genre: string; text: string; gold: Span[] }

/** German-GSD: news from dev-s501 on, reviews before; English-EWT: the sent_id prefix ("weblog-…"). */
function genreOf(id: string): string {
  if (language.code === 'en') return /^([a-z]+)-/.exec(id)?.[1] ?? 'other';
  return Number(/(\d+)$/.exec(id)?.[1] ?? 0) >= 501 ? 'news' : 'reviews';
}

function parseConllu(source: string): Sentence[] {
  const out: Sentence[] = [];
  for (const [b, block] of source.split(/\r?\n\s*\r?\n/).entries()) {
    if (block.trim() === '') continue;
    let id = '';
    let text: string | undefined;
    const forms: string[] = [];
    let skipUntil = 0;
    let mwt = '';
    let mwtParts: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith('# sent_id = ')) id = line.slice(12).trim();
      else if (line.startsWith('# text = ')) text = line.slice(9);
      else if (line !== '' && !line.startsWith('#')) {
        const [num = '', form = ''] = line.split('\t');
        if (num.includes('.')) continue; // empty node
        const range = /^(\d+)-(\d+)$/.exec(num);
        if (range) {
          // a multi-word token ("zum" = "zu dem") is one surface token; in English its parts when they spell it ("do" + "n't")
          mwt = form;
          mwtParts = [];
          skipUntil = Number(range[2]);
          if (language.code !== 'en') forms.push(form);
        } else if (Number(num) > skipUntil) forms.push(form);
        else if (language.code === 'en') {
          mwtParts.push(form);
          if (Number(num) === skipUntil) forms.push(...(mwtParts.join('') === mwt ? mwtParts : [mwt]));
        }
      }
    }
    if (text === undefined) throw new Error(`${file}: sentence block ${b + 1} (${id || 'no sent_id'}) has no "# text = " line`);
    const gold: Span[] = [];
    let cursor = 0;
    for (const form of forms) {
      const at = text.indexOf(form, cursor);
      if (at < 0) throw new Error(`${file}: ${id}: token "${form}" not found in its text after offset ${cursor}`);
      gold.push({ start: at, end: at + form.length });
      cursor = at + form.length;
    }
    out.push({ id, genre: genreOf(id), text, gold });
  }
  return out;
}

/**
 * UD English (EWT) keeps a hyphenated word whole when it opens with one of these prefixes ("e-mail",
 * "non-Microsoft", "re-wording") or is a phone number ("303-832-8160", "853-3242", extension
 * "3-5290": three groups, or a last group of four digits after one of one or three); it splits the
 * others ("two - state", "al - Qaeda", ranges "13 - 17", "1998 - 30") as UD German does.
 */
const EWT_WHOLE_PREFIXES = new Set(['a', 'anti', 'co', 'counter', 'e', 'mid', 'mis', 'multi', 'non', 'over', 'post', 'pre', 're', 'semi', 'sub', 'un', 'vice']);
const PHONE = /^(\d+-\d+-\d+|(\d|\d{3})-\d{4})$/;
function keptWhole(t: Token): boolean {
  if (language.code !== 'en') return false;
  return EWT_WHOLE_PREFIXES.has(t.norm.slice(0, t.norm.indexOf('-'))) || PHONE.test(t.norm);
}

/** UD convention for comparison: a hyphenated compound as its parts and hyphens; "Öl-" as "Öl" + "-". */
function project(tokens: Token[]): Span[] {
  const out: Span[] = [];
  for (const t of tokens) {
    if (t.parts !== undefined && !keptWhole(t)) {
      for (const [k, p] of t.parts.entries()) {
        if (k > 0) out.push({ start: t.parts[k - 1]!.end, end: p.start });
        out.push(p);
      }
    } else if (t.kind === 'word' && t.norm.length > 1 && t.norm.endsWith('-')) {
      out.push({ start: t.start, end: t.end - 1 }, { start: t.end - 1, end: t.end });
    } else out.push(t);
  }
  return out;
}

/** Offsets of string tokens found in order in `text` (for tokenizers that return strings). */
function locate(text: string, strings: string[]): Span[] {
  const out: Span[] = [];
  let cursor = 0;
  for (const s of strings) {
    const at = text.indexOf(s, cursor);
    if (at < 0) continue;
    out.push({ start: at, end: at + s.length });
    cursor = at + s.length;
  }
  return out;
}

interface Prf { tp: number; pred: number; gold: number }
const prf = (): Prf => ({ tp: 0, pred: 0, gold: 0 });
function add(acc: Prf, pred: Span[], gold: Span[]): Span[] {
  const g = new Set(gold.map((s) => `${s.start}:${s.end}`));
  const missed: Span[] = [];
  for (const s of pred) if (g.has(`${s.start}:${s.end}`)) acc.tp++; else missed.push(s);
  acc.pred += pred.length;
  acc.gold += gold.length;
  return missed;
}
function scores(a: Prf) {
  const p = a.pred === 0 ? 0 : a.tp / a.pred;
  const r = a.gold === 0 ? 0 : a.tp / a.gold;
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { precision: round(p), recall: round(r), f1: round(f), gold: a.gold };
}
const round = (x: number) => Math.round(x * 10000) / 10000;

const all = parseConllu(readFileSync(file, 'utf8'));
const genres = [...new Set(all.map((s) => s.genre))].sort((a, b) => (a === 'news' ? -1 : b === 'news' ? 1 : a.localeCompare(b)));
// English-EWT has five genres: their totals too (German keeps its two genres, as before)
if (language.code !== 'de') genres.push('all');
const wordPunct = new WordPunctTokenizer();
const naturalSentences = new SentenceTokenizer();
const maxErrors = Number(values.errors);
const result: Record<string, unknown> = { file: path.relative(process.cwd(), file) };
if (language.code !== 'de') result.language = language.code;

for (const genre of genres) {
  const group = genre === 'all' ? all : all.filter((s) => s.genre === genre);
  // tokens, by character offsets, over all sentences
  const ours = prf();
  const base = prf();
  let shown = 0;
  for (const s of group) {
    const pred = project(tokenize(s.text, language));
    const wrong = add(ours, pred, s.gold);
    add(base, locate(s.text, wordPunct.tokenize(s.text)), s.gold);
    if (wrong.length > 0 && shown < maxErrors) {
      shown++;
      console.log(`${s.id}: ${wrong.map((w) => JSON.stringify(s.text.slice(w.start, w.end))).join(' ')}\n  gold: ${s.gold.map((g) => s.text.slice(g.start, g.end)).join(' | ')}`);
    }
  }
  // sentence boundaries over terminal-punctuated sentences joined with single spaces
  const terminal = group.filter((s) => /[.!?:'"“”»«‘’`]$/u.test(s.text.trimEnd()));
  let text = '';
  const goldEnds: Span[] = [];
  for (const s of terminal) {
    if (text !== '') text += ' ';
    text += s.text.trimEnd();
    goldEnds.push({ start: text.length, end: text.length });
  }
  goldEnds.pop(); // the end of the text is not a decision
  const endsOf = (spans: Span[]) => spans.map((s) => ({ start: s.end, end: s.end })).filter((s) => s.end < text.length);
  const oursS = prf();
  const missed = add(oursS, endsOf(sentences(text, tokenize(text, language), language)), goldEnds);
  const baseS = prf();
  add(baseS, endsOf(locate(text, naturalSentences.tokenize(text))), goldEnds);
  if (maxErrors > 0) {
    const predEnds = new Set(endsOf(sentences(text, tokenize(text, language), language)).map((s) => s.end));
    for (const g of goldEnds.filter((g) => !predEnds.has(g.end)).slice(0, maxErrors)) console.log(`missed break: …${text.slice(g.end - 40, g.end)}‖${text.slice(g.end, g.end + 30)}…`);
    for (const m of missed.slice(0, maxErrors)) console.log(`extra break: …${text.slice(m.end - 40, m.end)}‖${text.slice(m.end, m.end + 30)}…`);
  }
  result[genre] = {
    sentences: group.length,
    tokens: { framelens: scores(ours), natural: scores(base) },
    sentenceBoundaries: { sentences: terminal.length, framelens: scores(oursS), natural: scores(baseS) },
  };
}

if (values.json) console.log(JSON.stringify(result));
else {
  console.log(`UD evaluation of @framelens/text${language.code === 'de' ? '' : ` (${language.name})`} on ${result.file}`);
  for (const genre of genres) {
    const r = result[genre] as { sentences: number; tokens: Record<string, ReturnType<typeof scores>>; sentenceBoundaries: { sentences: number } & Record<string, ReturnType<typeof scores>> };
    console.log(`\n${genre} (${r.sentences} sentences)`);
    console.log('  measure                     system      P       R       F1');
    for (const [label, block] of [['tokens (all sentences)', r.tokens], [`sentence ends (${r.sentenceBoundaries.sentences} sent.)`, r.sentenceBoundaries]] as const) {
      for (const sys of ['framelens', 'natural'] as const) {
        const s = (block as Record<string, ReturnType<typeof scores>>)[sys]!;
        console.log(`  ${label.padEnd(28)}${sys.padEnd(10)}${s.precision.toFixed(4)}  ${s.recall.toFixed(4)}  ${s.f1.toFixed(4)}`);
      }
    }
  }
}
