import { boilerplate } from './boilerplate.js';
import { splitAtBoilerplate } from './boilerplate-sentences.js';
import { paragraphs, splitSentences } from './sentences.js';
import { german } from './lang/de/index.js';
import type { Language } from './lang/types.js';
import { Tokenizer, type Tokenized } from './tokenize.js';
import type { BoilerplateSpan, Doc, Token } from './types.js';
import { FormMemo, type FormIds } from './form-memo.js';
import { plausibleSpeakers } from './speaker-phrase.js';
import { detectVoice, VoiceScratch } from './voice/index.js';

/**
 * What downstream passes read per token, as explicit columns (index i: token i). They belong to the
 * document: nothing another call does changes them.
 */
export interface DocColumns {
  /**
   * per token: the id of its surface form in the `Analyzer` that made the document (same id, same
   * surface form; ids of documents from different analyzers are not comparable)
   */
  form: Int32Array;
  /** per token: its form's flags (voice/cues.ts: cue words, word classes, token kind bits) */
  flags: Int32Array;
  /** per token: 1 when it opens a sentence */
  sentenceFirst: Uint8Array;
  /** per token: 1 when it overlaps a boilerplate span (as `wordTokenCount` leaves it out) */
  inBoilerplate: Uint8Array;
  /** the tokens voice detection visits one by one (cue words, quotation marks), ascending */
  marks: Int32Array;
  /** per sentence: its first token; then the number of tokens (length: sentences + 1) */
  sentenceTokens: Int32Array;
}

/** One analysed document with its per-token columns. */
export interface AnalyzedDoc extends Doc {
  columns: DocColumns;
  /**
   * Present (false) when the analyzer's language has no voice rules (`Language.voice` false): `spans` is then
   * empty because voice was not read, not because the text is all authorial. Callers leave such
   * documents out of voice figures (or report them as not analysed for voice), never count them
   * as authorial. Absent for German and English, whose voice rules ran.
   */
  voiceSupported?: false;
}

export interface AnalyzerOptions {
  /** The initial size of the intern table of surface forms (a power of two; it grows). */
  capacity?: number;
  /** The language of the texts (lang/: `german`, the default, or `english`; `languageFor("en")`). */
  language?: Language;
}

/**
 * The text layer with its memos and scratch buffers: the intern table of surface forms (norm, stem
 * and flags computed once per distinct form) and the buffers of voice detection. Create one per
 * worker and reuse it for every document: results never depend on the documents analysed before,
 * so two documents' calls may interleave freely. Not for concurrent use from two threads.
 */
export class Analyzer {
  readonly tokenizer: Tokenizer;
  readonly voice = new VoiceScratch();
  readonly language: Language;
  /** per surface form id: what later passes found once per form (stop-word lists, script), `FormMemo` */
  readonly forms = new FormMemo();

  /**
   * `options`: the language (German by default) and the table's initial capacity; a number alone
   * is the capacity (the older form).
   */
  constructor(options: number | AnalyzerOptions = {}) {
    const o = typeof options === 'number' ? { capacity: options } : options;
    this.language = o.language ?? german;
    this.tokenizer = new Tokenizer(this.language.formFlags, this.language.markBits, o.capacity ?? 1 << 14, this.language);
  }

  /** A document of this analyzer's with the memo of its forms (`foreignWords`, `clearlyReadsAs`). */
  formIds(doc: AnalyzedDoc): FormIds {
    return { form: doc.columns.form, memo: this.forms };
  }

  /** Tokens of `text` with their columns (flags, form ids, voice marks). */
  tokenize(text: string): Tokenized {
    return this.tokenizer.tokenize(text);
  }

  /** Analyse one article text: tokens, sentences, paragraphs, boilerplate, voice spans, and the per-token columns. */
  analyze(text: string): AnalyzedDoc {
    const t = this.tokenizer.tokenize(text);
    const tokens = t.tokens;
    const paras = paragraphs(text);
    const boiler = boilerplate(text, paras);
    // a sentence starting in page furniture (" date 2022-01 In Belarus …") starts after it
    const sents = splitAtBoilerplate(tokens, splitSentences(text, tokens, t.flags, this.tokenizer.arena, this.language), boiler);
    const voiced = this.language.voice;
    // SPEAKERS (#21): adverbs, subheads and accusative objects are not speakers (speaker-phrase.ts)
    // a language with rules of its own (English) runs them instead of the German ones
    const input = { text, tokens, sentences: sents.spans, paragraphs: paras, boilerplate: boiler, flags: t.flags, marks: t.marks, sentenceFirsts: sents.firsts };
    const own = this.language.detectVoice;
    const spans = !voiced ? [] : own !== undefined ? own(input, this.voice) : plausibleSpeakers(detectVoice(input, this.voice));
    const sentenceFirst = new Uint8Array(tokens.length);
    for (let s = 0; s < sents.spans.length; s++) sentenceFirst[sents.firsts[s]!] = 1;
    const columns: DocColumns = {
      form: t.form, flags: t.flags, sentenceFirst, inBoilerplate: boilerplateColumn(tokens, boiler), marks: t.marks, sentenceTokens: sents.firsts,
    };
    const doc: AnalyzedDoc = { text, tokens, sentences: sents.spans, paragraphs: paras, spans, boilerplate: boiler, columns };
    if (!voiced) doc.voiceSupported = false;
    return doc;
  }
}

/** Per token: 1 when it overlaps a boilerplate span (spans sorted by start, as `boilerplate` returns them). */
function boilerplateColumn(tokens: Token[], b: BoilerplateSpan[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  if (b.length === 0) return out;
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (k < b.length && b[k]!.end <= t.start) k++;
    const span = b[k];
    if (span === undefined) break;
    if (span.start < t.end && t.start < span.end) out[i] = 1;
  }
  return out;
}
