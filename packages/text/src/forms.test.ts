import { describe, expect, it } from 'vitest';
import { seedText } from './__fixtures__/seed-text.js';
import { boilerplate } from './boilerplate.js';
import { foldKey } from './normalize.js';
import { paragraphs, sentences, splitSentences } from './sentences.js';
import { stem } from './stem.js';
import { Analyzer } from './analyzer.js';
import { tokenize, Tokenizer } from './tokenize.js';
import { CAP, CUE, FINITE, formFlags, isCue, KONJ1, MARK_BITS, NUMBER, PUNCT, SENTENCE_FINAL, SEP, SPEECH, TOKEN_KIND_BITS, WORD } from './voice/cues.js';
import { detectVoice } from './voice/index.js';

// The tokenizer interns surface forms (hash table, grown as the vocabulary grows) and keeps
// per-form flags, returned as per-token columns that sentences and voice detection read instead of
// looking norms up. These tests pin that the fast paths give the same result as computing
// everything from the norm.

/** Tokens and their columns, from an analyzer's tokenizer (with the voice flags). */
const tokenized = (text: string) => new Analyzer().tokenize(text);

const SEEDS = ['000', '001', '002', '003', '004'] as const;

describe('interned forms', () => {
  it('norm and stem of every token equal foldKey/stem of its text, over a vocabulary that grows the table several times', () => {
    // 20,000 distinct German-like words (the table starts with 16,384 slots and grows at half load: twice here)
    const syllables = ['ka', 'sach', 'stan', 'pro', 'test', 'grü', 'ße', 'Ös', 'ter', 'reich', 'an', 'ti', 'ter', 'ror'];
    const words: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      let w = '';
      for (let n = i; ; n = Math.floor(n / syllables.length)) {
        w += syllables[n % syllables.length];
        if (n < syllables.length) break;
      }
      words.push(i % 3 === 0 ? w[0]!.toUpperCase() + w.slice(1) + 'en' : w + 'ung');
    }
    const text = words.join(' ') + '. ' + words.slice(0, 500).join(' ');
    const tokens = new Tokenizer(undefined, 0, 1 << 14).tokenize(text).tokens;
    expect(tokens.filter((t) => t.kind === 'word')).toHaveLength(20_500);
    const wrong: string[] = [];
    for (const t of tokens) {
      const surface = text.slice(t.start, t.end);
      if (t.norm !== foldKey(surface) || (t.kind === 'word' && t.stem !== stem(t.norm))) wrong.push(`${surface}: ${t.norm} ${t.stem}`);
    }
    expect(wrong).toEqual([]);
    expect(new Set(words).size).toBeGreaterThan(16_384);
  });
});

describe('per-form flags', () => {
  it('flag each token by its norm: speech verbs, Konjunktiv I, sentence-final abbreviations, cues', () => {
    const text = 'Tokajew sagte, die Lage sei stabil, usw. Das Haus steht.';
    const { tokens, flags } = tokenized(text);
    expect(flags.length).toBe(tokens.length);
    const at = (w: string) => flags[tokens.findIndex((t) => text.slice(t.start, t.end) === w)]!;
    expect(at('sagte') & SPEECH).not.toBe(0);
    expect(at('sei') & KONJ1).not.toBe(0);
    expect(at('usw.') & SENTENCE_FINAL).not.toBe(0);
    expect(at('Haus')).toBe(WORD | CAP);
    expect(at('steht')).toBe(WORD | FINITE);
    expect(at(',')).toBe(PUNCT | SEP);
    expect(at('.')).toBe(PUNCT);
    for (let i = 0; i < tokens.length; i++) {
      // the norm's flags and the token's kind bits
      expect(flags[i]! & ~TOKEN_KIND_BITS).toBe(formFlags(tokens[i]!.norm));
      expect((flags[i]! & CUE) !== 0).toBe(isCue(tokens[i]!.norm));
    }
  });

  it('token bits: WORD (with CAP for a capital first letter), NUMBER, PUNCT (with SEP for , ; : and dashes), per surface form', () => {
    const text = 'Ärger in Almaty – 164 Tote; die Polizei: ärgerlich, Über-Ich. Ärger';
    const { tokens, flags } = tokenized(text);
    const kinds = tokens.map((t, i) => {
      const f = flags[i]!;
      const kind = (f & WORD) !== 0 ? ((f & CAP) !== 0 ? 'Word' : 'word') : (f & NUMBER) !== 0 ? 'number' : (f & SEP) !== 0 ? 'sep' : 'punct';
      return `${text.slice(t.start, t.end)}:${kind}`;
    });
    expect(kinds).toEqual([
      'Ärger:Word', 'in:word', 'Almaty:Word', '–:sep', '164:number', 'Tote:Word', ';:sep', 'die:word', 'Polizei:Word', '::sep',
      'ärgerlich:word', ',:sep', 'Über-Ich:Word', '.:punct', 'Ärger:Word',
    ]);
    // exactly one kind bit per token, agreeing with the token's kind
    tokens.forEach((t, i) => {
      const f = flags[i]!;
      expect([(f & WORD) !== 0, (f & NUMBER) !== 0, (f & PUNCT) !== 0]).toEqual([t.kind === 'word', t.kind === 'number', t.kind === 'punct']);
    });
  });

  it('the columns belong to the document: tokenizing other texts with the same tokenizer changes none of them', () => {
    const analyzer = new Analyzer();
    const text = 'Er sagte: „Nein.“ Sie sagte nichts.';
    const first = analyzer.tokenize(text);
    const copy = { flags: first.flags.slice(), form: first.form.slice(), marks: first.marks.slice() };
    const other = analyzer.tokenize('Die Lage sei ruhig, meldete die Agentur Tass „heute“.');
    analyzer.tokenize(seedText('003'));
    expect(first.flags).toEqual(copy.flags);
    expect(first.form).toEqual(copy.form);
    expect(first.marks).toEqual(copy.marks);
    // and they are what a fresh tokenizer gives
    const fresh = tokenized(text);
    expect(first.flags).toEqual(fresh.flags);
    expect(first.marks).toEqual(fresh.marks);
    expect(Array.from(first.marks, (i) => text.slice(first.tokens[i]!.start, first.tokens[i]!.end))).toEqual(['sagte', '„', '“', 'sagte']);
    // one form id per distinct surface form, shared across the tokenizer's documents
    const sagte = first.form[first.tokens.findIndex((t) => text.slice(t.start, t.end) === 'sagte')]!;
    expect(first.form[8]).toBe(sagte);
    expect(new Set(first.form).size).toBe(new Set(first.tokens.map((t) => text.slice(t.start, t.end))).size);
    const die = other.tokens.findIndex((t) => t.norm === 'die');
    expect(other.form[die]).not.toBe(sagte);
  });

  it("the tokenizer's list of marked tokens (cues, attribution words, quotation marks) is exactly the tokens whose flags have a MARK_BITS bit", () => {
    const text = seedText('002');
    const { tokens, flags, marks } = tokenized(text);
    const expected = tokens.map((_, i) => i).filter((i) => (flags[i]! & MARK_BITS) !== 0);
    expect(Array.from(marks)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(50);
    const marked = new Set(expected.map((i) => text.slice(tokens[i]!.start, tokens[i]!.end)));
    for (const w of ['erklärte', '»', '«']) expect(marked.has(w), w).toBe(true);
    expect(marked.has('Kasachstan')).toBe(false);
  });

  it('voice detection gives the same spans with the tokenizer\'s columns and without them (the fallback reads the norms)', () => {
    const text = seedText('003');
    const { tokens, flags, marks } = tokenized(text);
    const sents = splitSentences(text, tokens, flags);
    const input = { text, tokens, sentences: sents.spans, paragraphs: paragraphs(text), boilerplate: [] };
    const withFlags = detectVoice({ ...input, flags, marks, sentenceFirsts: sents.firsts });
    expect(detectVoice(input)).toEqual(withFlags);
    expect(withFlags.length).toBeGreaterThan(20);
  });

  it('sentences and voice spans are the same with the flags and without them (every seed)', () => {
    for (const id of SEEDS) {
      const text = seedText(id);
      const { tokens, flags, marks } = tokenized(text);
      const fast = splitSentences(text, tokens, flags);
      expect(sentences(text, tokens)).toEqual(fast.spans); // no flags: every test reads the norm
      const paras = paragraphs(text);
      const input = { text, tokens, sentences: fast.spans, paragraphs: paras, boilerplate: boilerplate(text, paras) };
      const spans = detectVoice({ ...input, flags, marks, sentenceFirsts: fast.firsts });
      expect(spans.length).toBeGreaterThan(5);
      expect(detectVoice(input)).toEqual(spans);
    }
  });
});

describe('paragraphs', () => {
  it('blocks between blank lines (also lines of spaces, CRLF), trimmed', () => {
    const text = '  Erster Absatz\r\nzweite Zeile  \r\n \t \r\nZweiter Absatz\n\n\n Dritter\u00a0 ';
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['Erster Absatz\r\nzweite Zeile', 'Zweiter Absatz', 'Dritter']);
  });
});
