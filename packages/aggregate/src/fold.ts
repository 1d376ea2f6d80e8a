import type { Outlet } from '@framelens/corpus';
import type { ArticleEvidence, ArticleResult } from './article-result.js';
import { cmp } from './compare.js';
import type { LexiconLike } from './lexicon-like.js';
import { SignatureStore } from './minhash.js';
import type { EvidenceCell, EvidenceRow, ReaderArticle } from './report-data.js';
import { arqueroTables } from './tables/arquero-tables.js';
import type { ArticleRecord, Prepared, SpeakerCell, TermState } from './tables/prepared.js';

export interface FoldOptions {
  /** counted evidence rows kept per outlet × kind × category */
  evidencePerCell: number;
  /** reader payloads kept (spread over outlets, lowest indexes first) */
  readerArticles: number;
  /** keep each article's counted hit positions, so duplicated passages can be subtracted later */
  collapse: boolean;
}

/** A counted evidence row kept as a candidate for the page, with its round-robin rank. */
interface Kept {
  /** how many counted rows of the same cell come before it in its article */
  round: number;
  index: number;
  /** position in the article's evidence list */
  ord: number;
  row: ArticleEvidence;
}

const before = (a: Kept, b: Kept) => a.round - b.round || a.index - b.index || a.ord - b.ord;
const firstBefore = (a: Kept, b: Kept) => a.index - b.index || a.ord - b.ord;

/** Insert into a list sorted by `order`, keeping at most `cap` items. */
function offer(list: Kept[], item: Kept, cap: number, order: (a: Kept, b: Kept) => number): void {
  if (list.length >= cap && order(item, list[list.length - 1]!) >= 0) return;
  let i = list.length;
  while (i > 0 && order(item, list[i - 1]!) < 0) i--;
  list.splice(i, 0, { ...item, row: fresh(item.row) });
  if (list.length > cap) list.pop();
}

/** A copy whose strings do not share memory with the article text (a sliced string keeps its whole parent alive). */
function fresh(e: ArticleEvidence): ArticleEvidence {
  return { ...e, sentence: JSON.parse(JSON.stringify(e.sentence)) as string, match: JSON.parse(JSON.stringify(e.match)) as string };
}

function grow<T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(arr: T, needed: number): T {
  if (needed <= arr.length) return arr;
  let size = Math.max(16, arr.length);
  while (size < needed) size *= 2;
  const out = new (arr.constructor as new (n: number) => T)(size);
  out.set(arr);
  return out;
}

/** Interning of nested string keys to small integers. */
class Codes<T> {
  readonly items: T[] = [];
  private readonly map = new Map<string, number>();
  id(key: string, make: () => T): number {
    let id = this.map.get(key);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(make());
      this.map.set(key, id);
    }
    return id;
  }
}

interface CellCode {
  kind: string;
  category: string;
  label: string;
  voice: string;
  /** frame index, or −1 */
  frame: number;
}

/**
 * The aggregation state: everything `add` keeps of an article, in a form that
 * does not depend on the order in which articles arrive.
 */
export class Fold {
  readonly outlets: Outlet[];
  private readonly outletIndex = new Map<string, number>();
  private readonly frameIndex = new Map<string, number>();
  private readonly F: number;
  private readonly O: number;

  /** by slot (arrival order) */
  readonly records: ArticleRecord[] = [];
  frameCounts = new Int32Array(0);
  readonly signatures = new SignatureStore();
  shingleSize = 8;
  private readonly ids = new Set<string>();
  private readonly indexes = new Set<number>();

  private readonly cellCodes = new Codes<CellCode>();
  private cellHits = new Float64Array(0);
  private readonly dayCodes = new Codes<string>();
  private readonly dayHits = new Map<number, number>();
  readonly speakers = new Map<string, SpeakerCell>();
  readonly claimArticles = new Map<string, number>();
  private readonly claimFirst = new Map<string, Kept[]>();

  private readonly stems = new Map<string, { id: number; forms: Map<string, number> }>();
  private readonly stemList: string[] = [];
  private readonly formList: string[] = [];
  private formStem = new Int32Array(0);
  private readonly termsByOutlet: { stemCounts: Float64Array; formCounts: Float64Array; total: number }[];

  private readonly evidence = new Map<string, Kept[]>();
  /** counted evidence rows per outlet × kind × category */
  readonly evidenceCounted = new Map<string, number>();
  evidenceTotal = 0;
  /** under collapse: ids of evidence rows inside passages shared with an earlier article */
  readonly duplicateIds = new Set<string>();
  private readonly hitsBySlot = new Map<number, { start: number; end: number; kind: string; category: string; label: string; voice: string; title: boolean }[]>();

  private readonly readerQuota: number;
  private readonly readers: { index: number; reader: ReaderArticle }[][];

  constructor(
    outlets: readonly Outlet[],
    readonly lexicon: LexiconLike,
    readonly options: FoldOptions,
  ) {
    this.outlets = [...outlets].sort((a, b) => cmp(a.id, b.id));
    this.outlets.forEach((o, i) => this.outletIndex.set(o.id, i));
    lexicon.frames.forEach((f, i) => this.frameIndex.set(f.id, i));
    this.F = lexicon.frames.length;
    this.O = this.outlets.length;
    this.termsByOutlet = this.outlets.map(() => ({ stemCounts: new Float64Array(0), formCounts: new Float64Array(0), total: 0 }));
    this.readerQuota = options.readerArticles > 0 ? Math.max(1, Math.ceil(options.readerArticles / Math.max(1, this.O))) : 0;
    this.readers = this.outlets.map(() => []);
  }

  get size(): number {
    return this.records.length;
  }

  add(r: ArticleResult, index: number): void {
    const o = this.outletIndex.get(r.outlet);
    if (o === undefined)
      throw new Error(`aggregate: article "${r.article}" (${r.path}) names outlet "${r.outlet}", which is not in the outlet list (${this.outlets.map((x) => x.id).join(', ') || 'empty'})`);
    if (this.ids.has(r.article))
      throw new Error(`aggregate: article id "${r.article}" occurs twice (${r.path}); article ids must be unique, e.g. "junge-welt/2022-01-07-friedenstruppe-entsandt"`);
    if (!Number.isInteger(index) || index < 0 || this.indexes.has(index))
      throw new Error(`aggregate: article "${r.article}" has index ${index}; each article needs its own non-negative integer index (its position in the sorted corpus), e.g. 0, 1, 2`);
    this.ids.add(r.article);
    this.indexes.add(index);
    const slot = this.records.length;
    const F = this.F;
    const O = this.O;

    // per-article record
    const rec: ArticleRecord = {
      index,
      article: r.article,
      outlet: r.outlet,
      path: r.path,
      wordTokens: r.wordTokens,
      boilerplateTokens: r.boilerplateTokens,
      frameHits: 0,
      boilerplateSpans: r.boilerplate.length,
      boilerplateReasons: r.boilerplateTokens > 0 ? [...new Set(r.boilerplate.map((b) => b.reason))].sort(cmp).join(', ') : '',
    };
    if (r.title !== undefined) rec.title = r.title;
    if (r.date !== undefined) rec.date = r.date;
    if (r.datePrecision !== undefined) rec.datePrecision = r.datePrecision;
    if (r.url !== undefined) rec.url = r.url;
    this.records.push(rec);

    // hit counts: outlet cells, per-article frame counts, days, claim articles
    this.frameCounts = grow(this.frameCounts, (slot + 1) * F);
    const day = r.date !== undefined && r.date.length === 10 ? this.dayCodes.id(r.date, () => r.date!) : -1;
    let claims: Set<string> | undefined;
    for (const c of r.counts) {
      const code = this.cellCodes.id(`${c.kind}\u0000${c.category}\u0000${c.label}\u0000${c.voice}`, () => ({
        kind: c.kind, category: c.category, label: c.label, voice: c.voice, frame: c.kind === 'frame' ? (this.frameIndex.get(c.category) ?? -1) : -1,
      }));
      const cell = this.cellCodes.items[code]!;
      if ((code + 1) * O > this.cellHits.length) this.cellHits = grow(this.cellHits, (code + 1) * O);
      this.cellHits[code * O + o]! += c.hits;
      if (c.kind === 'frame') {
        rec.frameHits += c.hits;
        if (cell.frame >= 0) {
          this.frameCounts[slot * F + cell.frame]! += c.hits;
          if (day >= 0) {
            const k = (day * O + o) * F + cell.frame;
            this.dayHits.set(k, (this.dayHits.get(k) ?? 0) + c.hits);
          }
        }
      } else if (c.kind === 'claim') (claims ??= new Set()).add(c.category);
    }
    if (claims) for (const claim of claims) this.claimArticles.set(`${r.outlet}\u0000${claim}`, (this.claimArticles.get(`${r.outlet}\u0000${claim}`) ?? 0) + 1);

    // evidence: candidates for the page (round robin rank), first claim sentence, collapse positions
    const perCell = this.options.collapse ? this.options.evidencePerCell * 2 : this.options.evidencePerCell;
    const rounds = new Map<string, number>();
    const hits: NonNullable<ReturnType<typeof this.hitsBySlot.get>> = [];
    this.evidenceTotal += r.evidence.length;
    r.evidence.forEach((e, ord) => {
      if (e.excluded) return;
      const k = `${r.outlet}\u0000${e.kind}\u0000${e.category}`;
      const round = rounds.get(k) ?? 0;
      rounds.set(k, round + 1);
      this.evidenceCounted.set(k, (this.evidenceCounted.get(k) ?? 0) + 1);
      if (perCell > 0) {
        let list = this.evidence.get(k);
        if (!list) this.evidence.set(k, (list = []));
        offer(list, { round, index, ord, row: e }, perCell, before);
      }
      if (e.kind === 'claim') {
        let list = this.claimFirst.get(k);
        if (!list) this.claimFirst.set(k, (list = []));
        offer(list, { round: 0, index, ord, row: e }, this.options.collapse ? 4 : 1, firstBefore);
      }
      if (this.options.collapse) hits.push({ start: e.start, end: e.end, kind: e.kind, category: e.category, label: e.label, voice: e.voice, title: e.section === 'title' });
    });
    if (this.options.collapse && hits.length > 0) this.hitsBySlot.set(slot, hits);

    // who speaks
    for (const v of r.voiceWords) {
      const k = `${r.outlet}\u0000${v.group}`;
      let c = this.speakers.get(k);
      if (!c) this.speakers.set(k, (c = { quoted: 0, reported: 0, speakers: new Map() }));
      c.quoted += v.quotedWords;
      c.reported += v.reportedWords;
      c.speakers.set(v.speaker, (c.speakers.get(v.speaker) ?? 0) + v.quotedWords + v.reportedWords);
    }

    // stems and surface forms, interned
    const t = this.termsByOutlet[o]!;
    for (const term of r.terms) {
      let s = this.stems.get(term.stem);
      if (!s) {
        s = { id: this.stemList.length, forms: new Map() };
        this.stems.set(term.stem, s);
        this.stemList.push(term.stem);
      }
      if (s.id >= t.stemCounts.length) t.stemCounts = grow(t.stemCounts, s.id + 1);
      t.stemCounts[s.id]! += term.count;
      t.total += term.count;
      for (const [form, n] of term.forms) {
        let f = s.forms.get(form);
        if (f === undefined) {
          f = this.formList.length;
          s.forms.set(form, f);
          this.formList.push(form);
          this.formStem = grow(this.formStem, f + 1);
          this.formStem[f] = s.id;
        }
        if (f >= t.formCounts.length) t.formCounts = grow(t.formCounts, f + 1);
        t.formCounts[f]! += n;
      }
    }

    // near-duplicate signature
    this.shingleSize = r.shingles.size;
    this.signatures.add(slot, r.shingles.hashes);

    // reader payload: the lowest indexes of each outlet
    if (this.readerQuota > 0) {
      const list = this.readers[o]!;
      if (list.length < this.readerQuota || index < list[list.length - 1]!.index) {
        let i = list.length;
        while (i > 0 && index < list[i - 1]!.index) i--;
        list.splice(i, 0, { index, reader: r.reader });
        if (list.length > this.readerQuota) list.pop();
      }
    }
  }

  /**
   * syndication = collapse, for the later article of near-duplicate pairs:
   * counted hits starting inside `chars` (title hits never) leave every count,
   * `duplicatedWords` leave its word tokens.
   */
  exclude(slot: number, chars: readonly [number, number][], duplicatedWords: number, duplicateOf: string): void {
    const rec = this.records[slot]!;
    rec.wordTokens -= duplicatedWords;
    rec.duplicateOf = duplicateOf;
    const o = this.outletIndex.get(rec.outlet)!;
    const O = this.O;
    const day = rec.date !== undefined && rec.date.length === 10 ? this.dayCodes.id(rec.date, () => rec.date!) : -1;
    const hits = this.hitsBySlot.get(slot) ?? [];
    const claimLeft = new Map<string, number>();
    for (const h of hits) if (h.kind === 'claim') claimLeft.set(h.category, (claimLeft.get(h.category) ?? 0) + 1);
    for (const h of hits) {
      if (h.title || !chars.some(([s, e]) => h.start >= s && h.start < e)) continue;
      this.duplicateIds.add(`${rec.article}#${h.start}-${h.end}:${h.kind}:${h.category}`);
      const code = this.cellCodes.id(`${h.kind}\u0000${h.category}\u0000${h.label}\u0000${h.voice}`, () => {
        throw new Error('aggregate: internal: unknown hit cell');
      });
      const cell = this.cellCodes.items[code]!;
      this.cellHits[code * O + o]!--;
      const k = `${rec.outlet}\u0000${h.kind}\u0000${h.category}`;
      this.evidenceCounted.set(k, this.evidenceCounted.get(k)! - 1);
      if (h.kind === 'frame') {
        rec.frameHits--;
        if (cell.frame >= 0) {
          this.frameCounts[slot * this.F + cell.frame]!--;
          if (day >= 0) {
            const dk = (day * O + o) * this.F + cell.frame;
            this.dayHits.set(dk, this.dayHits.get(dk)! - 1);
          }
        }
      } else if (h.kind === 'claim') {
        const left = claimLeft.get(h.category)! - 1;
        claimLeft.set(h.category, left);
        if (left === 0) this.claimArticles.set(`${rec.outlet}\u0000${h.category}`, this.claimArticles.get(`${rec.outlet}\u0000${h.category}`)! - 1);
      }
    }
  }

  /** Slots in index order. */
  order(): number[] {
    return this.records.map((_, i) => i).sort((a, b) => this.records[a]!.index - this.records[b]!.index);
  }

  /** The page's evidence: at most evidencePerCell counted rows per cell, by outlet, index, position. */
  cappedEvidence(labels: ReadonlyMap<string, string>): { rows: EvidenceRow[]; cappedCells: number; cells: EvidenceCell[] } {
    const per = this.options.evidencePerCell;
    const kept: Kept[] = [];
    const cells: EvidenceCell[] = [];
    let cappedCells = 0;
    for (const [k, total] of this.evidenceCounted) {
      if (total > per) cappedCells++;
      const list = this.evidence.get(k) ?? [];
      let n = 0;
      for (const item of list) {
        if (n >= per) break;
        if (this.duplicateIds.has(item.row.id)) continue;
        kept.push(item);
        n++;
      }
      if (total === 0) continue;
      const [outlet, kind, category] = k.split('\u0000') as [string, EvidenceCell['kind'], string];
      cells.push({ outlet, kind, category, total, shown: n });
    }
    kept.sort((a, b) => cmp(a.row.outlet, b.row.outlet) || a.index - b.index || a.ord - b.ord);
    cells.sort((a, b) => cmp(a.outlet, b.outlet) || cmp(a.kind, b.kind) || cmp(a.category, b.category));
    return { rows: kept.map((k) => evidenceRow(k.row, labels)), cappedCells, cells };
  }

  readerPayloads(): ReaderArticle[] {
    return this.readers.flat().sort((a, b) => a.index - b.index).map((r) => r.reader);
  }

  /** Build the table functions' input (after any `exclude`). */
  prepared(coveredStems: ReadonlySet<string>): Prepared {
    const order = this.order();
    const F = this.F;
    const O = this.O;
    const records = order.map((s) => this.records[s]!);
    const frameCounts = new Int32Array(order.length * F);
    order.forEach((s, i) => frameCounts.set(this.frameCounts.subarray(s * F, s * F + F), i * F));
    const cells: { outlet: string; kind: string; category: string; label: string; voice: string; hits: number }[] = [];
    this.cellCodes.items.forEach((c, code) => {
      for (let o = 0; o < O; o++) {
        const hits = this.cellHits[code * O + o] ?? 0;
        if (hits > 0) cells.push({ outlet: this.outlets[o]!.id, kind: c.kind, category: c.category, label: c.label, voice: c.voice, hits });
      }
    });
    const days: { outlet: string; date: string; category: string; hits: number }[] = [];
    for (const [k, hits] of this.dayHits) {
      if (hits <= 0) continue;
      const f = k % F;
      const rest = (k - f) / F;
      const o = rest % O;
      days.push({ outlet: this.outlets[o]!.id, date: this.dayCodes.items[(rest - o) / O]!, category: this.lexicon.frames[f]!.id, hits });
    }
    const claimFirst = new Map<string, { sentence: string; article: string }>();
    for (const [k, list] of this.claimFirst) {
      const first = list.find((item) => !this.duplicateIds.has(item.row.id));
      if (first) claimFirst.set(`${first.row.outlet}\u0000${first.row.category}`, { sentence: first.row.sentence, article: first.row.article });
    }
    const words = new Map<string, number>();
    for (const r of records) words.set(r.outlet, (words.get(r.outlet) ?? 0) + r.wordTokens);
    const terms: TermState = {
      stems: this.stemList,
      forms: this.formList,
      formStem: this.formStem,
      byOutlet: new Map(this.outlets.map((o, i) => [o.id, { ...this.termsByOutlet[i]!, words: words.get(o.id) ?? 0 }])),
    };
    return {
      outlets: this.outlets,
      lexicon: this.lexicon,
      coveredStems,
      records,
      frameCounts,
      ...arqueroTables(records, cells, days),
      speakers: this.speakers,
      claimArticles: this.claimArticles,
      claimFirst,
      terms,
    };
  }
}

/** category id → lexicon label, keyed "kind\u0000category". */
export function categoryLabels(lexicon: LexiconLike): Map<string, string> {
  const labels = new Map<string, string>();
  for (const f of lexicon.frames) labels.set(`frame\u0000${f.id}`, f.label);
  for (const r of lexicon.referents ?? []) labels.set(`referent\u0000${r.id}`, r.label);
  for (const c of lexicon.claims ?? []) labels.set(`claim\u0000${c.id}`, c.label);
  return labels;
}

/** An evidence row as the report shows it: the map step's row plus the category's lexicon label. */
export function evidenceRow(e: ArticleEvidence, labels: ReadonlyMap<string, string>): EvidenceRow {
  const row: EvidenceRow = {
    id: e.id, article: e.article, outlet: e.outlet, kind: e.kind, category: e.category,
    categoryLabel: labels.get(`${e.kind}\u0000${e.category}`) ?? e.category,
    label: e.label, term: e.term, match: e.match, sentence: e.sentence, sentenceStart: e.sentenceStart, sentenceEnd: e.sentenceEnd,
    start: e.start, end: e.end, voice: e.voice, section: e.section,
  };
  if (e.speaker !== undefined) row.speaker = e.speaker;
  if (e.speakerGroup !== undefined) row.speakerGroup = e.speakerGroup;
  if (e.cue !== undefined) row.cue = e.cue;
  if (e.excluded !== undefined) row.excluded = e.excluded;
  return row;
}
