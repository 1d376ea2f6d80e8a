import type { Article } from '@framelens/corpus';
import type { Hit, Section } from '@framelens/lexicon';
import { foreignWords, isStopword as textIsStopword, OTHER_SCRIPT, type AnalyzedDoc, type Doc, type FormMemo, type Span, type Token } from '@framelens/text';
import type { ArticleSink, HitRow, ReaderPayload, VoiceWords } from './rows.js';
import { cmp } from './compare.js';
import { innermostSpans } from './innermost-span.js';
import { REUSE_SHINGLE_SIZE } from './schema.js';
import { distinctHashes, shingleHashes } from './shingles.js';
import { findSpan } from './span-search.js';
import { TermMemo } from './term-memo.js';

export interface MapOptions {
  /** the analysed title (its hits get section "title"; its words count as article words) */
  titleDoc?: Doc;
  titleHits?: Hit[];
  /** speaker phrase → speaker group id; used when a hit does not carry speakerGroup */
  speakerGroup?: (speaker: string) => string | undefined;
  /** stop-word test on Token.norm for distinctive terms (default: @framelens/text's German list) */
  isStopword?: (norm: string) => boolean;
  /** words per shingle for text reuse (default 5, REUSE_SHINGLE_SIZE) */
  shingleSize?: number;
  /** the surface-form memo of the caller (a worker keeps one for all its articles; default: a new one) */
  termMemo?: TermMemo;
  /** the Analyzer that made `doc` and `titleDoc`: its form ids (AnalyzedDoc.columns.form) then key the term memo */
  analyzer?: object;
  /** that Analyzer's memo of its forms (`Analyzer.forms`): each distinct word's stop-word lists and script looked up once */
  formMemo?: FormMemo;
}

/** @deprecated name: the options of `mapArticle` */
export type SummariseOptions = MapOptions;

/**
 * The map step: one article's text layer and lexicon output (a pure function of article, doc and
 * hits) as rows of the fact tables, handed to `sink` as they are made (a part writer writes them;
 * `summariseArticle` collects them for tests and `inspect`). The article row comes last.
 */
export function mapArticle(article: Article, doc: Doc, hits: readonly Hit[], options: MapOptions, sink: ArticleSink): void {
  const isStop = options.isStopword ?? textIsStopword;
  const { text } = doc;
  const boiler = [...doc.boilerplate].sort((a, b) => a.start - b.start);

  // word tokens: boilerplate vs counted; the body's words (the tokens themselves) for voice and shingles
  const bodyWords: Token[] = [];
  // their form ids (with the analyzer's memo: shingle word hashes once per distinct word)
  const bodyForms: number[] = [];
  const boilerWords = new Array<number>(boiler.length).fill(0);
  const memo = options.termMemo ?? new TermMemo();
  const terms = memo.counter();
  const ids = options.analyzer !== undefined ? memo.idTable(options.analyzer) : undefined;
  const formIds = (doc as Partial<AnalyzedDoc>).columns?.form;
  let boilerplateTokens = 0;
  const tokens = doc.tokens;
  // review F7: words of another script leave the word count and the terms; other-language sentences the terms
  const foreign = foreignWords(doc, article.language, formIds && options.formMemo ? { form: formIds, memo: options.formMemo } : undefined);
  let otherScriptWords = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const b = boiler.length === 0 ? -1 : findSpan(boiler, t.start);
    if (b >= 0) {
      boilerplateTokens++;
      boilerWords[b]!++;
      continue;
    }
    bodyWords.push(t);
    if (formIds !== undefined) bodyForms.push(formIds[i]!);
    if (foreign?.kinds[i] === OTHER_SCRIPT) otherScriptWords++;
    if (t.stem && !foreign?.kinds[i]) terms.addToken(t.stem, t.norm, text, t.start, t.end, isStop, ids, formIds?.[i]);
  }
  let titleWordTokens = 0;
  if (options.titleDoc) {
    const titleIds = (options.titleDoc as Partial<AnalyzedDoc>).columns?.form;
    options.titleDoc.tokens.forEach((t, i) => {
      if (t.kind !== 'word') return;
      titleWordTokens++;
      if (t.stem) terms.addToken(t.stem, t.norm, options.titleDoc!.text, t.start, t.end, isStop, ids, titleIds?.[i]);
    });
  }

  const groupOfSpeaker = speakerGroups(hits, options.speakerGroup);
  for (const row of voiceWords(doc, bodyWords, groupOfSpeaker)) sink.voiceWords(row);

  // one row per hit, counted or not, in evidence order (title first, offset, kind, category)
  const lead = leadParagraph(doc, boiler);
  const rows: HitRow[] = [];
  const hitRow = (hit: Hit, source: Doc, section: Section, boilerplate: boolean): HitRow => {
    // NEGATION (#21): a negated hit ("kein Terrorist") is listed, not counted: it is a rejection of
    // the term, not its use (the hits table's `excluded` column).
    const excluded = boilerplate ? 'boilerplate' : hit.negated ? 'negated' : undefined;
    const sentence: Span = source.sentences[hit.sentence] ?? { start: hit.start, end: hit.end };
    const speakerGroup = hit.speakerGroup ?? (hit.speaker ? groupOfSpeaker(hit.speaker) : undefined);
    const row: HitRow = {
      kind: hit.kind, category: hit.category, label: hit.label, term: hit.term, match: source.text.slice(hit.start, hit.end),
      sentence: source.text.slice(sentence.start, sentence.end), sentenceStart: sentence.start, sentenceEnd: sentence.end,
      start: hit.start, end: hit.end, voice: hit.voice, section,
    };
    if (hit.speaker !== undefined) row.speaker = hit.speaker;
    if (speakerGroup !== undefined) row.speakerGroup = speakerGroup;
    if (hit.cue !== undefined) row.cue = hit.cue;
    if (excluded) row.excluded = excluded;
    if (hit.negation !== undefined) row.negation = hit.negation;
    return row;
  };
  if (options.titleDoc) for (const hit of options.titleHits ?? []) rows.push(hitRow(hit, options.titleDoc, 'title', false));
  for (const hit of hits) {
    const b = boiler.length === 0 ? -1 : findSpan(boiler, hit.start);
    if (b >= 0) rows.push(hitRow(hit, doc, 'caption', true));
    else rows.push(hitRow(hit, doc, lead && hit.start >= lead.start && hit.start < lead.end ? 'lead' : 'body', false));
  }
  rows.sort(compareHits);
  for (const row of rows) sink.hit(row);

  sink.terms(article.outlet, article.language, terms.entries());
  const shingleForms = formIds !== undefined && options.formMemo ? { ids: bodyForms, memo: options.formMemo } : undefined;
  const shingles = distinctHashes(shingleHashes(bodyWords, options.shingleSize ?? REUSE_SHINGLE_SIZE, shingleForms));
  sink.shingles(shingles);
  for (let i = 0; i < boiler.length; i++) sink.boilerplate({ start: boiler[i]!.start, end: boiler[i]!.end, reason: boiler[i]!.reason, words: boilerWords[i]! });
  sink.article({
    article: article.id, outlet: article.outlet, title: article.title, date: article.date, datePrecision: article.datePrecision, url: article.url,
    path: article.source.path, sha256: article.source.sha256, wordTokens: bodyWords.length - otherScriptWords + titleWordTokens, titleWordTokens, boilerplateTokens,
    shingles: shingles.length, language: article.language,
  });
}

/** Who speaks: words inside quoted / reported spans, by the innermost such span's speaker (group, then speaker order). */
function voiceWords(doc: Doc, bodyWords: readonly Token[], groupOfSpeaker: (speaker: string) => string | undefined): VoiceWords[] {
  const speech = doc.spans.filter((s) => s.voice === 'quoted' || s.voice === 'reported');
  if (speech.length === 0) return [];
  const out = new Map<string, VoiceWords>();
  // each span's row, found once per span
  const rowOf = new Map<(typeof speech)[number], VoiceWords>();
  for (const inner of innermostSpans(bodyWords, speech)) {
    if (!inner) continue;
    let row = rowOf.get(inner);
    if (!row) {
      const speaker = inner.speaker && inner.speaker !== 'anonymous' ? inner.speaker : 'anonymous';
      const group = speaker === 'anonymous' ? 'anonymous' : (groupOfSpeaker(speaker) ?? 'unassigned');
      const key = `${group}\u0000${speaker}`;
      row = out.get(key);
      if (!row) out.set(key, (row = { group, speaker, quotedWords: 0, reportedWords: 0 }));
      rowOf.set(inner, row);
    }
    if (inner.voice === 'quoted') row.quotedWords++;
    else row.reportedWords++;
  }
  return [...out.values()].sort((a, b) => cmp(a.group, b.group) || cmp(a.speaker, b.speaker));
}

/** What the page's reader shows of an article: its text, voice spans, boilerplate and hits. */
export function readerPayload(article: Article, doc: Doc, hits: readonly Hit[]): ReaderPayload {
  const reader: ReaderPayload = {
    article: article.id,
    outlet: article.outlet,
    text: doc.text,
    spans: doc.spans.map((s) => {
      const out: ReaderPayload['spans'][number] = { start: s.start, end: s.end, voice: s.voice };
      if (s.speaker !== undefined) out.speaker = s.speaker;
      if (s.cue !== undefined) out.cue = s.cue;
      return out;
    }),
    boilerplate: [...doc.boilerplate].sort((a, b) => a.start - b.start).map((b) => ({ start: b.start, end: b.end, reason: b.reason })),
    hits: hits
      .map((h) => ({ start: h.start, end: h.end, kind: h.kind, category: h.category, voice: h.voice }))
      .sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.kind, b.kind) || cmp(a.category, b.category)),
  };
  if (article.title !== undefined) reader.title = article.title;
  return reader;
}

/** The first paragraph with a word token outside boilerplate. */
function leadParagraph(doc: Doc, boiler: readonly Span[]): Span | undefined {
  let t = 0;
  for (const p of doc.paragraphs) {
    while (t < doc.tokens.length && doc.tokens[t]!.start < p.start) t++;
    for (let i = t; i < doc.tokens.length && doc.tokens[i]!.start < p.end; i++) {
      const tok = doc.tokens[i]!;
      if (tok.kind === 'word' && findSpan(boiler, tok.start) < 0) return p;
    }
  }
  return undefined;
}

/** speaker phrase → group, from the hits' own speakerGroup first, then the resolver. */
function speakerGroups(hits: readonly Hit[], resolver: ((speaker: string) => string | undefined) | undefined) {
  const known = new Map<string, string>();
  for (const h of hits) if (h.speaker && h.speakerGroup && !known.has(h.speaker)) known.set(h.speaker, h.speakerGroup);
  return (speaker: string): string | undefined => known.get(speaker) ?? resolver?.(speaker);
}

/** Evidence order within an article: title before text, offset, kind, category. */
export function compareHits(a: HitRow, b: HitRow): number {
  return (
    (a.section === 'title' ? 0 : 1) - (b.section === 'title' ? 0 : 1) ||
    a.start - b.start ||
    a.end - b.end ||
    cmp(a.kind, b.kind) ||
    cmp(a.category, b.category)
  );
}
