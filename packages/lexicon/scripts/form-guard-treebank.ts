// Measures the surface-form guard (src/form-guard.ts) on the UD treebanks in ../shared/data (German
// GSD dev, English EWT dev: every token with its lemma and part of speech): does it keep the real
// inflections of a term and leave out the other words on the term's stem?
//
// 1. Seed lexicon: every treebank word whose stem key is that of a one-word stem-mode term of the
//    kazakhstan-2022 lexicon (as the matcher would find it: stop words and, for a capitalised
//    German term, lower-case words are left out by the older guards already). Truth: the word's
//    lemma equals the lemma the treebank gives the term's own written form; where the treebank
//    never has the written form, the pair is listed for reading.
// 2. Every treebank word as a term: each distinct (form, lemma, POS) of a NOUN, VERB or ADJ (a
//    noun written capitalised in German, every English term in lower case, as lexicons write
//    them) against every other word with its stem. Truth: same lemma and same part of speech (a
//    real inflection), same lemma and another part of speech (arrests/arrested), another lemma.
//
// Run: pnpm exec tsx packages/lexicon/scripts/form-guard-treebank.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { english, german, tokenize, type Doc, type Language, type Token } from '@framelens/text';
import { formReason, leavesOut } from '../src/form-guard.js';
import { compileLexicon, loadLexicon } from '../src/index.js';
import { WordKeys } from '../src/keys.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const data = `${root}../shared/data/`;

interface Word {
  doc: Doc;
  token: Token;
  form: string;
  lemma: string;
  upos: string;
}

/** The treebank's sentences tokenized by framelens, each word aligned with its UD lemma and POS. */
function readTreebank(file: string, language: Language): Word[] {
  const words: Word[] = [];
  for (const block of readFileSync(file, 'utf8').split(/\n\n+/)) {
    const text = /^# text = (.*)$/m.exec(block)?.[1];
    if (text === undefined) continue;
    const rows = block.split('\n').filter((l) => /^\d+\t/.test(l)).map((l) => l.split('\t'));
    const tokens = tokenize(text, language);
    const doc: Doc = { text, tokens, sentences: [{ start: 0, end: text.length }], paragraphs: [], spans: [], boilerplate: [] };
    let k = 0;
    for (const t of tokens) {
      if (t.kind !== 'word') continue;
      const surface = text.slice(t.start, t.end);
      const at = rows.findIndex((r, i) => i >= k && r[1] === surface);
      if (at < 0) continue;
      k = at + 1;
      words.push({ doc, token: t, form: surface, lemma: rows[at]![2]!, upos: rows[at]![3]! });
    }
  }
  return words;
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);
const startsUpper = (s: string) => s[0] !== undefined && s[0] !== s[0].toLowerCase();

/** Would the matcher reach the guard for this word (same stem key; older guards passed)? */
function reaches(keys: WordKeys, w: Word, skey: string, capital: boolean): boolean {
  const k = keys.wordKey(w.token.norm);
  if (k.skey !== skey) return false;
  return !(capital && !startsUpper(w.form)); // the lower-case guard of a capitalised term
}

function seedLexicon(words: Word[], language: Language, compiled: Awaited<ReturnType<typeof compileLexicon>>): void {
  const keys = new WordKeys(language);
  const terms = compiled.lexicon.frames.concat(compiled.lexicon.referents as never[], compiled.lexicon.claims as never[]);
  let kept = 0, same = 0, rejected = 0, other = 0, unknown = 0;
  const unknownPairs = new Map<string, number>();
  const otherKept = new Map<string, number>();
  const sameRejected = new Map<string, number>();
  const unsureSeed = new Map<string, number>();
  for (const entry of terms) {
    for (const t of (entry as { terms?: typeof entry.terms; labels?: typeof entry.terms }).terms ?? (entry as unknown as { labels: typeof entry.terms }).labels) {
      if (t.language !== language.code || t.match !== 'stem' || t.lowercase === true) continue;
      const written = [t.term, ...t.forms].filter((f) => keys.termWords(f).length === 1);
      if (written.length === 0) continue;
      const refs = written.map((f) => ({ norm: keys.termWords(f)[0]!.norm, capital: startsUpper(f) }));
      const skey = keys.termWords(written[0]!)[0]!.skey;
      const lemmas = new Set(words.filter((w) => refs.some((r) => r.norm === keys.wordKey(w.token.norm).norm)).map((w) => w.lemma.toLowerCase()));
      for (const w of words) {
        if (!reaches(keys, w, skey, refs.every((r) => r.capital))) continue;
        const k = keys.wordKey(w.token.norm);
        const reason = formReason(language.code, w.doc, w.token, k.norm, k.stem, refs);
        const ok = !leavesOut(reason);
        if (reason === 'unsure') unsureSeed.set(`${w.form}→${t.term}`, (unsureSeed.get(`${w.form}→${t.term}`) ?? 0) + 1);
        const pair = `${w.form}→${t.term} (lemma ${w.lemma})`;
        if (lemmas.size === 0) {
          unknown++;
          unknownPairs.set(`${pair} ${ok ? 'kept' : 'left out'}`, (unknownPairs.get(`${pair} ${ok ? 'kept' : 'left out'}`) ?? 0) + 1);
        } else if (lemmas.has(w.lemma.toLowerCase())) {
          same++;
          if (ok) kept++;
          else sameRejected.set(pair, (sameRejected.get(pair) ?? 0) + 1);
        } else {
          other++;
          if (!ok) rejected++;
          else otherKept.set(pair, (otherKept.get(pair) ?? 0) + 1);
        }
      }
    }
  }
  console.log(`  seed lexicon: ${same + other + unknown} treebank words reach the guard through a one-word stem-mode term`);
  console.log(`    term's own lemma: ${kept}/${same} kept (${pct(kept, same)})${sameRejected.size ? `; left out: ${[...sameRejected].map(([p, n]) => `${p} ×${n}`).join(', ')}` : ''}`);
  console.log(`    another lemma:    ${rejected}/${other} left out (${pct(rejected, other)})${otherKept.size ? `; kept: ${[...otherKept].map(([p, n]) => `${p} ×${n}`).join(', ')}` : ''}`);
  if (unsureSeed.size) console.log(`    counted but flagged unsure: ${[...unsureSeed].map(([p, n]) => `${p} ×${n}`).join(', ')}`);
  if (unknown) console.log(`    term's form not in the treebank (read them): ${[...unknownPairs].map(([p, n]) => `${p} ×${n}`).join(', ')}`);
}

function everyWord(words: Word[], language: Language): void {
  const keys = new WordKeys(language);
  const byKey = new Map<string, Word[]>();
  for (const w of words) {
    const k = keys.wordKey(w.token.norm);
    if (k.skey.startsWith('\u0001') || k.stem === '') continue;
    const list = byKey.get(k.skey);
    if (list) list.push(w);
    else byKey.set(k.skey, [w]);
  }
  for (const upos of ['NOUN', 'VERB', 'ADJ']) {
    const seen = new Set<string>();
    const c = { same: 0, sameKept: 0, sameUnsure: 0, pos: 0, posOut: 0, other: 0, otherOut: 0, otherUnsure: 0 };
    const examples = { sameOut: new Map<string, number>(), otherKept: new Map<string, number>() };
    for (const term of words) {
      if (term.upos !== upos) continue;
      const capital = language.code === 'de' && upos === 'NOUN';
      const written = capital ? term.form : term.form.toLowerCase();
      const id = `${written}\u0000${term.lemma}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const k = keys.wordKey(term.token.norm);
      if (k.skey.startsWith('\u0001') || k.stem === '') continue;
      const refs = [{ norm: k.norm, capital }];
      for (const w of byKey.get(k.skey) ?? []) {
        const wk = keys.wordKey(w.token.norm);
        if (wk.norm === k.norm || !reaches(keys, w, k.skey, capital)) continue;
        const reason = formReason(language.code, w.doc, w.token, wk.norm, wk.stem, refs);
        const ok = !leavesOut(reason);
        if (reason === 'unsure') {
          if (w.lemma === term.lemma && w.upos === term.upos) c.sameUnsure++;
          else if (w.lemma.toLowerCase() !== term.lemma.toLowerCase()) c.otherUnsure++;
        }
        const pair = `${w.form}→${written}`;
        if (w.lemma === term.lemma && w.upos === term.upos) {
          c.same++;
          if (ok) c.sameKept++;
          else examples.sameOut.set(pair, (examples.sameOut.get(pair) ?? 0) + 1);
        } else if (w.lemma.toLowerCase() === term.lemma.toLowerCase()) {
          c.pos++;
          if (!ok) c.posOut++;
        } else {
          c.other++;
          if (!ok) c.otherOut++;
          else examples.otherKept.set(pair, (examples.otherKept.get(pair) ?? 0) + 1);
        }
      }
    }
    const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 8).map(([p, n]) => `${p} ×${n}`).join(', ');
    console.log(`  every ${upos} form as a term (${seen.size} terms):`);
    console.log(`    same lemma and POS (real inflections): ${c.sameKept}/${c.same} kept (${pct(c.sameKept, c.same)}; ${c.sameUnsure} of them flagged unsure); left out e.g. ${top(examples.sameOut) || 'none'}`);
    console.log(`    same lemma, other POS:                 ${c.posOut}/${c.pos} left out (${pct(c.posOut, c.pos)})`);
    console.log(`    another lemma on the stem:             ${c.otherOut}/${c.other} left out (${pct(c.otherOut, c.other)}), ${c.otherUnsure} more flagged unsure; kept e.g. ${top(examples.otherKept) || 'none'}`);
  }
}

const lexicon = await loadLexicon(`${root}pipelines/kazakhstan-2022/lexicon.yaml`);
for (const [language, file] of [
  [german, 'ud-german-gsd/de_gsd-ud-dev.conllu'],
  [english, 'ud-english-ewt/en_ewt-ud-dev.conllu'],
] as const) {
  const words = readTreebank(data + file, language);
  console.log(`${language.code}: ${file}, ${words.length} words aligned`);
  seedLexicon(words, language, compileLexicon(lexicon, language.code));
  everyWord(words, language);
}
