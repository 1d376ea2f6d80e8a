import type { Article } from '@framelens/corpus';
import type { Hit, Section } from '@framelens/lexicon';
import { boilerplate, foreignWords, isStopword as textIsStopword, OTHER_SCRIPT, paragraphs, tokenize, type Doc, type Span } from '@framelens/text';
import { REUSE_SHINGLE_SIZE } from '@framelens/facts';
import type { ArticleEvidence, ArticleResult, HitCount, Shingles, TermCounts, VoiceWords } from './article-result.js';
import { shingle, termKey } from './shingles.js';
import { cmp, own } from './compare.js';
import { innermostSpans } from './innermost-span.js';

export interface SummariseOptions {
  /** the analysed title (its hits get section "title"; its words count as article words) */
  titleDoc?: Doc;
  titleHits?: Hit[];
  /** speaker phrase → speaker group id; used when a hit does not carry speakerGroup */
  speakerGroup?: (speaker: string) => string | undefined;
  /** stop-word test on Token.norm for distinctive terms (default: @framelens/text's German list) */
  isStopword?: (norm: string) => boolean;
  /** words per shingle for text reuse (default 5, REUSE_SHINGLE_SIZE) */
  shingleSize?: number;
}

/**
 * The per-article map step: a pure function of (article, doc, hits) returning
 * small, serialisable counts, evidence rows, shingles and the reader payload.
 */
export function summariseArticle(article: Article, doc: Doc, hits: Hit[], options: SummariseOptions = {}): ArticleResult {
  const isStop = options.isStopword ?? textIsStopword;
  const { text } = doc;
  const boiler = [...doc.boilerplate].sort((a, b) => a.start - b.start);
  const boilerAt = (pos: number) => findSpan(boiler, pos);

  // word tokens: boilerplate vs counted, body words for shingles
  const bodyWords: { norm: string; start: number; end: number }[] = [];
  const boilerWords = new Array<number>(boiler.length).fill(0);
  const terms = new TermCounter();
  let boilerplateTokens = 0;
  // F7: words of another script leave the word count and the terms; other-language sentences the terms
  const foreign = foreignWords(doc, article.language);
  let otherScriptWords = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'word') continue;
    const b = boilerAt(t.start);
    if (b >= 0) {
      boilerplateTokens++;
      boilerWords[b]!++;
      continue;
    }
    bodyWords.push({ norm: t.norm, start: t.start, end: t.end });
    if (foreign?.kinds[i] === OTHER_SCRIPT) otherScriptWords++;
    if (t.stem && !isStop(t.norm) && !foreign?.kinds[i]) terms.add(t.stem, text.slice(t.start, t.end));
  }
  let titleWordTokens = 0;
  if (options.titleDoc) {
    for (const t of options.titleDoc.tokens) {
      if (t.kind !== 'word') continue;
      titleWordTokens++;
      if (t.stem && !isStop(t.norm)) terms.add(t.stem, options.titleDoc.text.slice(t.start, t.end));
    }
  }

  // who speaks: words inside quoted / reported spans, by the innermost such span's speaker
  const groupOfSpeaker = speakerGroups(hits, options.speakerGroup);
  const speech = doc.spans.filter((s) => s.voice === 'quoted' || s.voice === 'reported');
  const voiceWords = new Map<string, VoiceWords>();
  if (speech.length > 0) {
    // each span's row, found once per span
    const rowOf = new Map<(typeof speech)[number], VoiceWords>();
    const innermost = innermostSpans(bodyWords, speech);
    for (const inner of innermost) {
      if (!inner) continue;
      let row = rowOf.get(inner);
      if (!row) {
        const speaker = inner.speaker && inner.speaker !== 'anonymous' ? inner.speaker : 'anonymous';
        const group = speaker === 'anonymous' ? 'anonymous' : (groupOfSpeaker(speaker) ?? 'unassigned');
        const key = `${group}\u0000${speaker}`;
        row = voiceWords.get(key);
        if (!row) voiceWords.set(key, (row = { group, speaker, quotedWords: 0, reportedWords: 0 }));
        rowOf.set(inner, row);
      }
      if (inner.voice === 'quoted') row.quotedWords++;
      else row.reportedWords++;
    }
  }

  // evidence and counts
  const lead = leadParagraph(doc, boiler);
  const evidence: ArticleEvidence[] = [];
  const counts = new Map<string, HitCount>();
  const addHit = (hit: Hit, source: Doc, section: Section, boilerplate: boolean, title: boolean) => {
    // NEGATION (#21): a negated hit ("kein Terrorist") is listed, not counted: it is a rejection of
    // the term, not its use. Ported as the hits table's `excluded` column.
    const excluded = boilerplate ? 'boilerplate' : hit.negated ? 'negated' : undefined;
    const sentence: Span = source.sentences[hit.sentence] ?? { start: hit.start, end: hit.end };
    const speakerGroup = hit.speakerGroup ?? (hit.speaker ? groupOfSpeaker(hit.speaker) : undefined);
    const row: ArticleEvidence = {
      id: `${article.id}#${title ? 'title:' : ''}${hit.start}-${hit.end}:${hit.kind}:${hit.category}`,
      article: article.id,
      outlet: article.outlet,
      kind: hit.kind,
      category: hit.category,
      label: hit.label,
      term: hit.term,
      match: source.text.slice(hit.start, hit.end),
      sentence: source.text.slice(sentence.start, sentence.end),
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      start: hit.start,
      end: hit.end,
      voice: hit.voice,
      section,
    };
    if (hit.speaker !== undefined) row.speaker = hit.speaker;
    if (speakerGroup !== undefined) row.speakerGroup = speakerGroup;
    if (hit.cue !== undefined) row.cue = hit.cue;
    if (excluded) row.excluded = excluded;
    if (hit.negation !== undefined) row.negation = hit.negation;
    evidence.push(row);
    if (excluded) return;
    const key = `${hit.kind}\u0000${hit.category}\u0000${hit.label}\u0000${hit.voice}\u0000${section}`;
    const c = counts.get(key);
    if (c) c.hits++;
    else counts.set(key, { kind: hit.kind, category: hit.category, label: hit.label, voice: hit.voice, section, hits: 1 });
  };
  if (options.titleDoc) for (const hit of options.titleHits ?? []) addHit(hit, options.titleDoc, 'title', false, true);
  for (const hit of hits) {
    const b = boilerAt(hit.start);
    if (b >= 0) addHit(hit, doc, 'caption', true, false);
    else addHit(hit, doc, lead && hit.start >= lead.start && hit.start < lead.end ? 'lead' : 'body', false, false);
  }
  evidence.sort(compareEvidence);
  const shingles = shingle(bodyWords, options.shingleSize ?? REUSE_SHINGLE_SIZE);

  const result: ArticleResult = {
    article: article.id,
    outlet: article.outlet,
    path: article.source.path,
    sha256: article.source.sha256,
    wordTokens: bodyWords.length - otherScriptWords + titleWordTokens,
    titleWordTokens,
    boilerplateTokens,
    boilerplate: boiler.map((b, i) => ({ start: b.start, end: b.end, reason: b.reason, words: boilerWords[i]! })),
    counts: [...counts.values()].sort(compareCounts),
    evidence,
    voiceWords: [...voiceWords.values()].sort((a, b) => cmp(a.group, b.group) || cmp(a.speaker, b.speaker)),
    terms: terms.rows(),
    shingles,
    // made when first read: the map step keeps the reader payload of a few articles per outlet
    // only, and making it for every article (a copy of every span and hit) cost garbage collection
    get reader() {
      return (reader ??= readerPayload(article, doc, hits, boiler));
    },
  };
  let reader: ArticleResult['reader'] | undefined;
  if (article.title !== undefined) result.title = article.title;
  if (article.date !== undefined) result.date = article.date;
  if (article.datePrecision !== undefined) result.datePrecision = article.datePrecision;
  if (article.url !== undefined) result.url = article.url;
  if (article.language !== undefined) result.language = article.language;
  return result;
}

/** What the page's reader shows of an article: its text, voice spans, boilerplate and hits. */
function readerPayload(article: Article, doc: Doc, hits: readonly Hit[], boiler: readonly Doc['boilerplate'][number][]): ArticleResult['reader'] {
  const reader: ArticleResult['reader'] = {
    article: article.id,
    outlet: article.outlet,
    text: doc.text,
    spans: doc.spans.map((s) => {
      const out: ArticleResult['reader']['spans'][number] = { start: s.start, end: s.end, voice: s.voice };
      if (s.speaker !== undefined) out.speaker = s.speaker;
      if (s.cue !== undefined) out.cue = s.cue;
      return out;
    }),
    boilerplate: boiler.map((b) => ({ start: b.start, end: b.end, reason: b.reason })),
    hits: hits
      .map((h) => ({ start: h.start, end: h.end, kind: h.kind, category: h.category, voice: h.voice }))
      .sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.kind, b.kind) || cmp(a.category, b.category)),
  };
  if (article.title !== undefined) reader.title = article.title;
  return reader;
}

/**
 * The shingles `summariseArticle` computes, recomputed from the article text
 * alone (tokens, paragraphs and boilerplate of @framelens/text, as `analyze`
 * finds them; no voice detection): what the streaming aggregator uses to check
 * near-duplicate candidates on texts re-read from the corpus.
 */
export function textShingles(text: string, size = REUSE_SHINGLE_SIZE): Shingles {
  const tokens = tokenize(text);
  const boiler = [...boilerplate(text, paragraphs(text))].sort((a, b) => a.start - b.start);
  const words: { norm: string; start: number; end: number }[] = [];
  for (const t of tokens) if (t.kind === 'word' && findSpan(boiler, t.start) < 0) words.push({ norm: t.norm, start: t.start, end: t.end });
  return shingle(words, size);
}

/** Index of the span (sorted, non-overlapping) containing pos, or −1. */
function findSpan(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // overlapping spans: walk back while an earlier one still covers pos
  for (let i = found; i >= 0; i--) if (pos < spans[i]!.end) return i;
  return -1;
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

/** A surface form met before, with its token's stem and 64-bit term key (see TermCounter). */
interface FormEntry {
  readonly form: string;
  readonly stem: string;
  readonly k0: number;
  readonly k1: number;
  /** the TermCounter that counted it last, and its count there */
  counter: number;
  count: number;
}

/** Surface form → entry, across articles (bounded: cleared when full; news vocabularies are far smaller). */
const FORMS = new Map<string, FormEntry>();
const MAX_FORMS = 500_000;
let counters = 0;

/**
 * An article's terms: one look-up per token in a memo of surface forms (which also keeps each
 * (stem, form) pair's term key, computed once), counted on the entries themselves; `rows()` sorts
 * the article's distinct forms once.
 */
class TermCounter {
  private readonly id = ++counters;
  private readonly met: FormEntry[] = [];
  /** forms met with another stem than their memo entry's (tokens of one surface form stem alike, so this stays empty) */
  private other: Map<string, FormEntry> | undefined;

  add(stem: string, form: string) {
    let e = FORMS.get(form);
    if (e === undefined) {
      if (FORMS.size >= MAX_FORMS) FORMS.clear();
      FORMS.set(form, (e = formEntry(stem, form)));
    } else if (e.stem !== stem) {
      const key = `${stem}\u0000${form}`;
      e = (this.other ??= new Map()).get(key);
      if (e === undefined) this.other.set(key, (e = formEntry(stem, form)));
    }
    if (e.counter !== this.id) {
      e.counter = this.id;
      e.count = 0;
      this.met.push(e);
    }
    e.count++;
  }

  rows(): TermCounts {
    // stems in code-unit order (distinct), a stem's forms most frequent first, then in code-unit order
    const met = this.met.sort((a, b) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : b.count - a.count || cmp(a.form, b.form)));
    const out: TermCounts = { stems: new Array(met.length), forms: new Array(met.length), counts: new Array(met.length), keys: new Array(2 * met.length) };
    for (let i = 0; i < met.length; i++) {
      const e = met[i]!;
      out.stems[i] = e.stem;
      out.forms[i] = e.form;
      out.counts[i] = e.count;
      out.keys[2 * i] = e.k0;
      out.keys[2 * i + 1] = e.k1;
    }
    return out;
  }
}

function formEntry(stem: string, form: string): FormEntry {
  // a copy: a slice of the article text would keep the whole text alive in the memo
  const copy = own(form);
  const key = [0, 0];
  termKey(stem, copy, key, 0);
  return { form: copy, stem, k0: key[0]!, k1: key[1]!, counter: 0, count: 0 };
}

/** Evidence order: article, title before text, offset, kind, category. */
export function compareEvidence(a: ArticleEvidence, b: ArticleEvidence): number {
  return (
    cmp(a.article, b.article) ||
    (a.section === 'title' ? 0 : 1) - (b.section === 'title' ? 0 : 1) ||
    a.start - b.start ||
    a.end - b.end ||
    cmp(a.kind, b.kind) ||
    cmp(a.category, b.category)
  );
}

function compareCounts(a: HitCount, b: HitCount): number {
  return cmp(a.kind, b.kind) || cmp(a.category, b.category) || cmp(a.label, b.label) || cmp(a.voice, b.voice) || cmp(a.section, b.section);
}
