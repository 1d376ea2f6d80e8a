import { boilerplate, german, paragraphs, sentences, tokenize, type Language } from '@framelens/text';
import type { SentenceRecord } from './types.js';

/** Context shown to a coder: the sentence's paragraph and its neighbours, at most this many characters. */
const CONTEXT_CHARS = 1600;

/**
 * The sentences and prose paragraphs of one article text, as the analysis splits them (the
 * offsets equal those of data/hits.parquet): with the text rules of the article's language
 * (German by default). Sentences inside captions, credits, teasers and date lines are left out,
 * as the counts leave them out.
 */
export class ArticleText {
  readonly sentences: SentenceRecord[];
  private readonly paragraphs: { start: number; end: number }[];

  constructor(
    readonly article: string,
    readonly outlet: string,
    readonly text: string,
    language: Language = german,
  ) {
    const tokens = tokenize(text, language);
    const paras = paragraphs(text);
    const boiler = boilerplate(text, paras);
    const inBoilerplate = (s: { start: number; end: number }) => boiler.some((b) => b.start < s.end && s.start < b.end);
    this.paragraphs = paras.filter((p) => !inBoilerplate(p));
    this.sentences = sentences(text, tokens, language)
      .filter((s) => !inBoilerplate(s))
      .map((s) => ({ article, outlet, start: s.start, end: s.end, text: text.slice(s.start, s.end).replace(/\s+/g, ' ').trim() }));
  }

  /**
   * The paragraph holding [start, end) with the paragraphs before and after it, joined by blank
   * lines, white space inside a paragraph collapsed to one space; trimmed around the sentence to
   * about CONTEXT_CHARS characters ("…" marks a cut).
   */
  context(start: number, end: number): string {
    const i = this.paragraphs.findIndex((p) => p.start <= start && end <= p.end + 1);
    if (i < 0) return this.text.slice(start, end);
    const parts = this.paragraphs.slice(Math.max(0, i - 1), i + 2);
    let from = parts[0]!.start;
    let to = parts[parts.length - 1]!.end;
    const spare = CONTEXT_CHARS - (end - start);
    if (to - from > CONTEXT_CHARS) {
      from = Math.max(from, start - Math.floor(spare / 2));
      to = Math.min(to, from + CONTEXT_CHARS);
      from = Math.max(parts[0]!.start, Math.min(from, to - CONTEXT_CHARS));
    }
    // white space as in the sentence (one space), paragraph breaks kept: the sentence is found verbatim in it
    const body = this.text
      .slice(from, to)
      .split(/\n[ \t]*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p !== '')
      .join('\n\n');
    return `${from > parts[0]!.start ? '…' : ''}${body}${to < parts[parts.length - 1]!.end ? '…' : ''}`;
  }
}
