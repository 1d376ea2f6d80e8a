import type { Outlet } from '@framelens/corpus';
import { cellLabel, cellNumbering, cellVoice, type ArticleEvidence, type ArticleResult, type CellNumbering, type HitCount } from './article-result.js';
import { cmp, own } from './compare.js';
import { grow } from './grow.js';
import type { LexiconLike } from './lexicon-like.js';
import { KeyTable } from './key-table.js';
import { termKey } from './shingles.js';
import { SignatureStore } from './minhash.js';
import type { EvidenceCell, EvidenceRow, ReaderArticle } from './report-data.js';
import { arqueroTables } from './tables/arquero-tables.js';
import type { ArticleRecord, Prepared, SpeakerCell, TermState } from './tables/prepared.js';

export interface FoldOptions {
  /** counted evidence rows kept per outlet × kind × category */
  evidencePerCell: number;
  /** reader payloads kept per outlet, its lowest-indexed articles' (`readersPerOutlet`; 0: none) */
  readersPerOutlet: number;
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
  /** the row as the report shows it (`fresh`) */
  row: EvidenceRow;
}

/** Sort order of kept rows: < 0 when (round, index, ord) comes before b. */
type Order = (round: number, index: number, ord: number, b: Kept) => number;
/** The first claim rows ignore the round. */
const firstBefore: Order = (_round, index, ord, b) => index - b.index || ord - b.ord;

/** Insert into a list sorted by `order`, keeping at most `cap` items (a row that would fall off is neither copied nor wrapped). */
function offer(list: Kept[], round: number, index: number, ord: number, row: ArticleEvidence, cap: number, order: Order, copy: (row: ArticleEvidence) => EvidenceRow): void {
  if (list.length >= cap && order(round, index, ord, list[list.length - 1]!) >= 0) return;
  // binary search: the first position whose item comes after this one
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (order(round, index, ord, list[mid]!) < 0) hi = mid;
    else lo = mid + 1;
  }
  list.splice(lo, 0, { round, index, ord, row: copy(row) });
  if (list.length > cap) list.pop();
}

/**
 * A cell's candidate rows for the page: the first `cap` by (round, index, ord), held as one list per
 * round, each sorted by (index, ord). Rows of a round arrive nearly in index order (the CLI hands
 * articles out in corpus order), so a row is mostly appended to its round's list and the largest
 * kept row is the last of the highest round: no search and no shifting of a long sorted list, which
 * cost a quarter of `add` with one list.
 */
class Candidates {
  /** rounds[r]: the kept rows of round r; the last list is never empty */
  readonly rounds: Kept[][] = [];
  size = 0;

  /** Offer a row (copied only when kept). */
  offer(round: number, index: number, ord: number, row: ArticleEvidence, cap: number, copy: (row: ArticleEvidence) => EvidenceRow): void {
    const rounds = this.rounds;
    if (this.size >= cap) {
      const top = rounds.length - 1;
      if (round > top) return;
      if (round === top) {
        const last = rounds[top]![rounds[top]!.length - 1]!;
        if ((index - last.index || ord - last.ord) >= 0) return;
      }
    }
    while (rounds.length <= round) rounds.push([]);
    const list = rounds[round]!;
    const item: Kept = { round, index, ord, row: copy(row) };
    const n = list.length;
    if (n === 0 || (index - list[n - 1]!.index || ord - list[n - 1]!.ord) > 0) list.push(item);
    else {
      // out of order: binary search for the first item after this one
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((index - list[mid]!.index || ord - list[mid]!.ord) < 0) hi = mid;
        else lo = mid + 1;
      }
      list.splice(lo, 0, item);
    }
    if (++this.size > cap) {
      rounds[rounds.length - 1]!.pop();
      this.size--;
      while (rounds.length > 0 && rounds[rounds.length - 1]!.length === 0) rounds.pop();
    }
  }
}

/** Reader payloads (full texts) the report keeps: about this many in all, spread evenly over the outlets. */
export const DEFAULT_READER_ARTICLES = 300;

/** Reader payloads kept per outlet (0: none) when `readerArticles` are spread evenly over `outlets` (see `readerQuota`). */
export function readersPerOutlet(readerArticles: number, outlets: number): number {
  return readerArticles > 0 ? Math.max(1, Math.ceil(readerArticles / Math.max(1, outlets))) : 0;
}

/** Shared copies of recurring strings (labels, terms, voices, speakers): a kept row then holds little of its own. */
class Strings {
  private readonly map = new Map<string, string>();
  get(s: string): string {
    let t = this.map.get(s);
    if (t === undefined) this.map.set(s, (t = own(s)));
    return t;
  }
}

/**
 * A kept evidence row as the report shows it (`labelledEvidenceRow`, with its category's label),
 * made once: its strings do not share memory with the article text, and recurring ones (outlet,
 * kind, category, label, term, voice, section, speaker, cue) are shared between rows.
 */
function fresh(e: ArticleEvidence, kc: KindCategory, outlet: string, article: string, strings: Strings, label: string | undefined, voice: string | undefined): EvidenceRow {
  // label and voice: the cell's (from its id), else interned; the term is mostly the label
  const l = label ?? strings.get(e.label);
  const row: EvidenceRow = {
    id: e.id, article: e.article === article ? article : e.article, outlet: e.outlet === outlet ? outlet : e.outlet, kind: kc.kind as ArticleEvidence['kind'], category: kc.category,
    categoryLabel: kc.categoryLabel,
    label: l, term: e.term === l ? l : strings.get(e.term), match: own(e.match), sentence: own(e.sentence), sentenceStart: e.sentenceStart, sentenceEnd: e.sentenceEnd,
    start: e.start, end: e.end, voice: (voice ?? strings.get(e.voice)) as ArticleEvidence['voice'], section: section(e.section, strings),
  };
  if (e.speaker !== undefined) row.speaker = strings.get(e.speaker);
  if (e.speakerGroup !== undefined) row.speakerGroup = strings.get(e.speakerGroup);
  if (e.cue !== undefined) row.cue = strings.get(e.cue);
  if (e.excluded !== undefined) row.excluded = e.excluded;
  if (e.negation !== undefined) row.negation = strings.get(e.negation);
  return row;
}

/** A section as one shared string (a comparison, not a hash look-up, for the four the map step writes). */
function section(s: string, strings: Strings): ArticleEvidence['section'] {
  switch (s) {
    case 'body':
      return 'body';
    case 'lead':
      return 'lead';
    case 'title':
      return 'title';
    case 'caption':
      return 'caption';
  }
  return strings.get(s) as ArticleEvidence['section'];
}

/** The distinct reasons of boilerplate spans, sorted, joined by ", ". */
function reasons(spans: ArticleResult['boilerplate']): string {
  if (spans.length === 1) return spans[0]!.reason;
  return [...new Set(spans.map((b) => b.reason))].sort(cmp).join(', ');
}

/** `KindCategory.bound` round of a list that is not full: every row may enter */
const NOT_FULL = 0x7fffffff;

/** (form id, count) pairs logged per outlet before they are added to its counts */
const TERM_LOG = 1 << 15;

/** `KindCategory.code` of each kind */
const FRAME = 0;
const REFERENT = 1;
const CLAIM = 2;
const OTHER = 3;

/** The state of one kind × category (frame, referent or claim), per outlet (index o). */
interface KindCategory {
  kind: string;
  /** FRAME, REFERENT, CLAIM, or OTHER for a kind the lexicon does not have */
  code: number;
  category: string;
  /** the category's lexicon label (its id when the lexicon has no such category) */
  categoryLabel: string;
  /** frame index, or −1 */
  frame: number;
  labels: Map<string, LabelCell>;
  /** counted evidence rows per outlet */
  counted: Int32Array;
  /** page evidence candidates per outlet */
  lists: (Candidates | undefined)[];
  /**
   * per outlet o, at 3o … 3o + 2: the (round, index, ord) of the last row its full list keeps, so
   * that a row that cannot enter is turned away from a small typed array (round 2^31 − 1 while the
   * list is not full): most rows are, and reading the list's last row instead costs a chain of
   * cache misses through 1,100 lists of objects
   */
  bound: Int32Array;
  /** claims: first counted rows per outlet */
  first: (Kept[] | undefined)[];
  /** claims: articles with a counted hit, per outlet */
  articles: Int32Array;
  /** scratch of `add`: the slot whose rows `round` counts, and that count */
  stamp: number;
  round: number;
  /** scratch of `add`: the slot last counted in `articles` */
  claimStamp: number;
}

interface LabelCell {
  label: string;
  voices: VoiceCell[];
}

/** Counted hits per outlet of one kind × category × label × voice. */
interface VoiceCell {
  kc: KindCategory;
  voice: string;
  hits: Float64Array;
}

/**
 * The aggregation state: everything `add` keeps of an article, in a form that
 * does not depend on the order in which articles arrive. Strings that recur
 * (categories, labels, stems, surface forms, dates) are interned once; counts
 * live in typed arrays indexed by outlet.
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
  private indexes = new Uint8Array(0);

  /** kind → category → state */
  private readonly kinds: { kind: string; categories: Map<string, KindCategory> }[] = [];
  /** in creation order */
  private readonly kindCategories: KindCategory[] = [];
  private readonly voiceCells: { kc: KindCategory; label: string; cell: VoiceCell }[] = [];
  /** the cell numbering of the lexicon (`ArticleResult.cells`) */
  private readonly numbering: CellNumbering;
  /** by cell id: the cell, once met */
  private readonly cellById: (VoiceCell | undefined)[];
  /** by cell id: its kind × category, once met */
  private readonly kcByCell: (KindCategory | undefined)[];
  private readonly dayIds = new Map<string, number>();
  private readonly dayList: string[] = [];
  /** counted frame hits by (day × outlets + outlet) × frames + frame */
  private dayHits = new Int32Array(0);
  /** per outlet: speaker group → words */
  private readonly speakerCells: Map<string, SpeakerCell>[];

  /**
   * stem key (`termKey(stem, "")`) → stem id: looked up once per new surface form, ~200,000 times
   * in the bench; a string-keyed Map of 150,000 stems cost 1.2 µs a look-up (hashing the string,
   * then cache misses through its buckets and entries)
   */
  private readonly stemKeys = new KeyTable();
  private readonly stemKey = new Int32Array(2);
  /** (stem, surface form) key → form id */
  private readonly formKeys = new KeyTable();
  private readonly stemList: string[] = [];
  private readonly formList: string[] = [];
  private formStem = new Int32Array(0);
  /**
   * per outlet: count per form id, and a log of (form id, count) pairs not yet added to it. `add`
   * appends to the log (sequential writes); a full log is added to its outlet's counts in one go,
   * while that outlet's array is in the cache (random writes into 150,000 forms × 50 outlets
   * would each miss it). Stem counts and totals are summed from these in `prepared`.
   */
  private readonly formCounts: Int32Array[];
  private readonly termLogs: Int32Array[];
  private readonly termLogLength: Int32Array;

  evidenceTotal = 0;
  private readonly strings = new Strings();
  /** under collapse: ids of evidence rows inside passages shared with an earlier article */
  readonly duplicateIds = new Set<string>();
  private readonly hitsBySlot = new Map<number, { start: number; end: number; kc: KindCategory; label: string; voice: string; title: boolean }[]>();

  private readonly readerQuota: number;
  /** "kind\u0000category" → the category's lexicon label */
  private readonly categoryLabels: Map<string, string>;
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
    this.speakerCells = this.outlets.map(() => new Map());
    this.formCounts = this.outlets.map(() => new Int32Array(0));
    this.termLogs = this.outlets.map(() => new Int32Array(TERM_LOG));
    this.termLogLength = new Int32Array(this.O);
    this.readerQuota = options.readersPerOutlet;
    this.categoryLabels = categoryLabels(lexicon);
    this.readers = this.outlets.map(() => []);
    this.numbering = cellNumbering(lexicon);
    this.cellById = new Array<VoiceCell | undefined>(this.numbering.cells).fill(undefined);
    this.kcByCell = new Array<KindCategory | undefined>(this.numbering.cells).fill(undefined);
  }

  get size(): number {
    return this.records.length;
  }

  private kindCategory(kind: string, category: string): KindCategory {
    let k = this.kinds.find((x) => x.kind === kind);
    if (!k) this.kinds.push((k = { kind, categories: new Map() }));
    let kc = k.categories.get(category);
    if (!kc) {
      const O = this.O;
      kc = {
        kind, code: kind === 'frame' ? FRAME : kind === 'referent' ? REFERENT : kind === 'claim' ? CLAIM : OTHER, category,
        categoryLabel: this.categoryLabels.get(`${kind}\u0000${category}`) ?? category, frame: kind === 'frame' ? (this.frameIndex.get(category) ?? -1) : -1, labels: new Map(),
        counted: new Int32Array(O), lists: new Array<undefined>(O).fill(undefined), bound: new Int32Array(3 * O).fill(NOT_FULL), first: new Array<undefined>(O).fill(undefined),
        articles: new Int32Array(O), stamp: -1, round: 0, claimStamp: -1,
      };
      k.categories.set(category, kc);
      this.kindCategories.push(kc);
    }
    return kc;
  }

  private voiceCell(kc: KindCategory, label: string, voice: string): VoiceCell {
    let l = kc.labels.get(label);
    if (!l) kc.labels.set(label, (l = { label, voices: [] }));
    for (const v of l.voices) if (v.voice === voice) return v;
    const cell: VoiceCell = { kc, voice, hits: new Float64Array(this.O) };
    l.voices.push(cell);
    this.voiceCells.push({ kc, label, cell });
    return cell;
  }

  /** Whether `id` is a cell id of the numbering. */
  private validCell(id: number): boolean {
    return Number.isInteger(id) && id >= 0 && id < this.numbering.cells;
  }

  /** The cell of a count row with cell id `id` met for the first time (created as the string path would), or by the row's strings when `id` is not a cell id. */
  private numberedCell(id: number, c: HitCount): VoiceCell {
    if (!this.validCell(id)) return this.voiceCell(this.kindCategory(c.kind, c.category), c.label, c.voice);
    const n = this.numbering;
    const l = cellLabel(id);
    const k = n.labelKc[l]!;
    const cell = this.voiceCell(this.kindCategory(n.kinds[k]!, n.categories[k]!), n.labels[l]!, cellVoice(id));
    this.cellById[id] = cell;
    this.kcByCell[id] = cell.kc;
    return cell;
  }

  /** The kind × category of an evidence row with cell id `id` met for the first time, or by the row's strings when `id` is not a cell id. */
  private numberedKc(id: number, e: ArticleEvidence): KindCategory {
    if (!this.validCell(id)) return this.kindCategory(e.kind, e.category);
    const n = this.numbering;
    const k = n.labelKc[cellLabel(id)]!;
    return (this.kcByCell[id] = this.kindCategory(n.kinds[k]!, n.categories[k]!));
  }

  add(r: ArticleResult, index: number): void {
    const o = this.outletIndex.get(r.outlet);
    if (o === undefined)
      throw new Error(`aggregate: article "${r.article}" (${r.path}) names outlet "${r.outlet}", which is not in the outlet list (${this.outlets.map((x) => x.id).join(', ') || 'empty'})`);
    if (this.ids.has(r.article))
      throw new Error(`aggregate: article id "${r.article}" occurs twice (${r.path}); article ids must be unique, e.g. "junge-welt/2022-01-07-friedenstruppe-entsandt"`);
    if (!Number.isInteger(index) || index < 0 || this.indexes[index] === 1)
      throw new Error(`aggregate: article "${r.article}" has index ${index}; each article needs its own non-negative integer index (its position in the sorted corpus), e.g. 0, 1, 2`);
    this.ids.add(r.article);
    if (index >= this.indexes.length) this.indexes = grow(this.indexes, index + 1);
    this.indexes[index] = 1;
    const slot = this.records.length;
    const F = this.F;
    const O = this.O;

    // per-article record
    const rec: ArticleRecord = {
      index,
      article: r.article,
      outlet: this.outlets[o]!.id,
      path: r.path,
      wordTokens: r.wordTokens,
      boilerplateTokens: r.boilerplateTokens,
      frameHits: 0,
      boilerplateSpans: r.boilerplate.length,
      boilerplateReasons: r.boilerplateTokens > 0 ? reasons(r.boilerplate) : '',
    };
    if (r.title !== undefined) rec.title = r.title;
    // NEGATION (#21): negated hits are listed in a warning, never counted
    for (const e of r.evidence) if (e.excluded === 'negated') (rec.negated ??= []).push(`"${e.match}" (${e.negation ?? 'negated'})`);
    if (r.date !== undefined) rec.date = this.strings.get(r.date);
    if (r.datePrecision !== undefined) rec.datePrecision = this.strings.get(r.datePrecision);
    if (r.url !== undefined) rec.url = r.url;
    this.records.push(rec);

    // hit counts: outlet cells, per-article frame counts, days, claim articles
    if ((slot + 1) * F > this.frameCounts.length) this.frameCounts = grow(this.frameCounts, (slot + 1) * F);
    const day = r.date !== undefined && r.date.length === 10 ? this.day(r.date) : -1;
    const dayAt = day >= 0 ? (day * O + o) * F : -1;
    if (dayAt >= 0 && dayAt + F > this.dayHits.length) this.dayHits = grow(this.dayHits, dayAt + F);
    // cell ids from the map step, when they are of this lexicon's numbering: no string is read
    const ids = r.cells !== undefined && r.cells.numbering === this.numbering.key ? r.cells : undefined;
    const hitCounts = r.counts;
    const countIds = ids !== undefined && ids.counts.length === hitCounts.length ? ids.counts : undefined;
    const cellById = this.cellById;
    for (let i = 0; i < hitCounts.length; i++) {
      const c = hitCounts[i]!;
      const id = countIds !== undefined ? countIds[i]! : -1;
      const cell = id >= 0 ? (cellById[id] ?? this.numberedCell(id, c)) : this.voiceCell(this.kindCategory(c.kind, c.category), c.label, c.voice);
      const kc = cell.kc;
      const n = c.hits;
      cell.hits[o]! += n;
      if (kc.code === FRAME) {
        rec.frameHits += n;
        if (kc.frame >= 0) {
          this.frameCounts[slot * F + kc.frame]! += n;
          if (dayAt >= 0) this.dayHits[dayAt + kc.frame]! += n;
        }
      } else if (kc.code === CLAIM && kc.claimStamp !== slot) {
        kc.claimStamp = slot;
        kc.articles[o]!++;
      }
    }

    // evidence: candidates for the page (round robin rank), first claim sentence, collapse positions
    const collapse = this.options.collapse;
    const perCell = collapse ? this.options.evidencePerCell * 2 : this.options.evidencePerCell;
    const firstCap = collapse ? 4 : 1;
    const hits: NonNullable<ReturnType<typeof this.hitsBySlot.get>> = [];
    const evidence = r.evidence;
    const outletId = this.outlets[o]!.id;
    let kc: KindCategory;
    /** the row's valid cell id, or −1 */
    let rowCell = -1;
    const labels = this.numbering.labels;
    // a kept row takes its label and voice from its cell (rows with a valid cell id)
    const copy = (e: ArticleEvidence) => fresh(e, kc, outletId, rec.article, this.strings, rowCell >= 0 ? labels[cellLabel(rowCell)] : undefined, rowCell >= 0 ? cellVoice(rowCell) : undefined);
    this.evidenceTotal += evidence.length;
    const evidenceIds = ids !== undefined && ids.evidence.length === evidence.length ? ids.evidence : undefined;
    const kcByCell = this.kcByCell;
    for (let ord = 0; ord < evidence.length; ord++) {
      const e = evidence[ord]!;
      if (e.excluded) continue;
      const id = evidenceIds !== undefined ? evidenceIds[ord]! : -1;
      if (id >= 0) {
        const known = kcByCell[id];
        if (known !== undefined) {
          kc = known;
          rowCell = id;
        } else {
          kc = this.numberedKc(id, e);
          rowCell = kcByCell[id] !== undefined ? id : -1; // an invalid id left kc to the strings
        }
      } else {
        kc = this.kindCategory(e.kind, e.category);
        rowCell = -1;
      }
      if (kc.stamp !== slot) {
        kc.stamp = slot;
        kc.round = 0;
      }
      const round = kc.round++;
      kc.counted[o]!++;
      if (perCell > 0) {
        const bound = kc.bound;
        const b = 3 * o;
        const r = bound[b]!;
        if (round < r || (round === r && (index < bound[b + 1]! || (index === bound[b + 1]! && ord < bound[b + 2]!)))) {
          let candidates = kc.lists[o];
          if (!candidates) kc.lists[o] = candidates = new Candidates();
          candidates.offer(round, index, ord, e, perCell, copy);
          if (candidates.size >= perCell) {
            const rounds = candidates.rounds;
            const top = rounds[rounds.length - 1]!;
            const last = top[top.length - 1]!;
            bound[b] = rounds.length - 1;
            bound[b + 1] = last.index;
            bound[b + 2] = last.ord;
          }
        }
      }
      if (kc.code === CLAIM) {
        const list = kc.first[o];
        if (!list) kc.first[o] = [{ round: 0, index, ord, row: copy(e) }];
        else offer(list, 0, index, ord, e, firstCap, firstBefore, copy);
      }
      if (collapse) hits.push({ start: e.start, end: e.end, kc, label: e.label, voice: e.voice, title: e.section === 'title' });
    }
    if (collapse && hits.length > 0) this.hitsBySlot.set(slot, hits);

    // who speaks
    const speakers = this.speakerCells[o]!;
    for (const v of r.voiceWords) {
      let c = speakers.get(v.group);
      if (!c) speakers.set(v.group, (c = { quoted: 0, reported: 0, speakers: new Map() }));
      c.quoted += v.quotedWords;
      c.reported += v.reportedWords;
      c.speakers.set(v.speaker, (c.speakers.get(v.speaker) ?? 0) + v.quotedWords + v.reportedWords);
    }

    // stems and surface forms: counted by their 64-bit key; the strings are read only for a key not seen before
    const { stems, forms, counts, keys } = r.terms;
    if (this.termLogLength[o]! + 2 * counts.length > this.termLogs[o]!.length) {
      this.flushTerms(o);
      if (2 * counts.length > this.termLogs[o]!.length) this.termLogs[o] = new Int32Array(2 * counts.length);
    }
    const log = this.termLogs[o]!;
    let at = this.termLogLength[o]!;
    for (let i = 0; i < counts.length; i++) {
      let f = this.formKeys.get(keys[2 * i]!, keys[2 * i + 1]!);
      if (f < 0) f = this.newForm(keys[2 * i]!, keys[2 * i + 1]!, stems[i]!, forms[i]!);
      log[at++] = f;
      log[at++] = counts[i]!;
    }
    this.termLogLength[o] = at;

    // near-duplicate signature
    this.shingleSize = r.shingles.size;
    if (r.signature !== undefined) this.signatures.set(slot, r.signature);
    else this.signatures.add(slot, r.shingles.hashes);

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

  private day(date: string): number {
    let d = this.dayIds.get(date);
    if (d === undefined) {
      d = this.dayList.length;
      this.dayIds.set(date, d);
      this.dayList.push(date);
    }
    return d;
  }

  private stemId(stem: string): number {
    const key = this.stemKey;
    termKey(stem, '', key, 0);
    let s = this.stemKeys.get(key[0]!, key[1]!);
    if (s < 0) {
      s = this.stemKeys.add(key[0]!, key[1]!);
      this.stemList.push(own(stem));
    }
    return s;
  }

  /** Add outlet o's logged (form id, count) pairs to its form counts. */
  private flushTerms(o: number): void {
    const log = this.termLogs[o]!;
    const n = this.termLogLength[o]!;
    const counts = (this.formCounts[o] = grow(this.formCounts[o]!, this.formList.length, 1.5));
    for (let k = 0; k < n; k += 2) counts[log[k]!]! += log[k + 1]!;
    this.termLogLength[o] = 0;
  }

  /** A (stem, form) pair met for the first time: its id. */
  private newForm(hi: number, lo: number, stem: string, form: string): number {
    const f = this.formKeys.add(hi, lo);
    this.formList.push(own(form));
    this.formStem = grow(this.formStem, f + 1);
    this.formStem[f] = this.stemId(stem);
    return f;
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
    const F = this.F;
    const day = rec.date !== undefined && rec.date.length === 10 ? this.day(rec.date) : -1;
    const hits = this.hitsBySlot.get(slot) ?? [];
    const claimLeft = new Map<KindCategory, number>();
    for (const h of hits) if (h.kc.kind === 'claim') claimLeft.set(h.kc, (claimLeft.get(h.kc) ?? 0) + 1);
    for (const h of hits) {
      if (h.title || !chars.some(([s, e]) => h.start >= s && h.start < e)) continue;
      const kc = h.kc;
      this.duplicateIds.add(`${rec.article}#${h.start}-${h.end}:${kc.kind}:${kc.category}`);
      const cell = kc.labels.get(h.label)?.voices.find((v) => v.voice === h.voice);
      if (!cell) throw new Error('aggregate: internal: unknown hit cell');
      cell.hits[o]!--;
      kc.counted[o]!--;
      if (kc.kind === 'frame') {
        rec.frameHits--;
        if (kc.frame >= 0) {
          this.frameCounts[slot * F + kc.frame]!--;
          if (day >= 0) this.dayHits[(day * O + o) * F + kc.frame]!--;
        }
      } else if (kc.kind === 'claim') {
        const left = claimLeft.get(kc)! - 1;
        claimLeft.set(kc, left);
        if (left === 0) kc.articles[o]!--;
      }
    }
  }

  /** Slots in index order. */
  order(): number[] {
    // indexes are distinct non-negative integers: place each slot at its index, then read them off in order
    const at = new Int32Array(this.indexes.length).fill(-1);
    this.records.forEach((r, slot) => (at[r.index] = slot));
    const out: number[] = [];
    for (const slot of at) if (slot >= 0) out.push(slot);
    return out;
  }

  /** The page's evidence: at most evidencePerCell counted rows per cell, by outlet, index, position. */
  cappedEvidence(): { rows: EvidenceRow[]; cappedCells: number; cells: EvidenceCell[] } {
    const per = this.options.evidencePerCell;
    // per outlet (outlets are in id order, and a row's outlet is its article's): the kept rows
    const kept: Kept[][] = this.outlets.map(() => []);
    const cells: EvidenceCell[] = [];
    let cappedCells = 0;
    for (const kc of this.kindCategories) {
      for (let o = 0; o < this.O; o++) {
        // a cell whose rows were all excluded as duplicates (total 0) has nothing to show
        const total = kc.counted[o]!;
        if (total === 0) continue;
        if (total > per) cappedCells++;
        let n = 0;
        const rounds = kc.lists[o]?.rounds ?? [];
        for (let r = 0; r < rounds.length && n < per; r++) {
          for (const item of rounds[r]!) {
            if (n >= per) break;
            if (this.duplicateIds.size > 0 && this.duplicateIds.has(item.row.id)) continue;
            kept[o]!.push(item);
            n++;
          }
        }
        cells.push({ outlet: this.outlets[o]!.id, kind: kc.kind as EvidenceCell['kind'], category: kc.category, total, shown: n });
      }
    }
    cells.sort((a, b) => cmp(a.outlet, b.outlet) || cmp(a.kind, b.kind) || cmp(a.category, b.category));
    const byRow = (a: Kept, b: Kept) => a.index - b.index || a.ord - b.ord;
    // a result whose evidence names another outlet than the result does (not from summariseArticle) sorts by the row's outlet
    const ordered = kept.every((list, o) => list.every((item) => item.row.outlet === this.outlets[o]!.id))
      ? kept.flatMap((list) => sortByRow(list, byRow)) // (index, position) is unique within an outlet
      : kept.flat().sort((a, b) => cmp(a.row.outlet, b.row.outlet) || byRow(a, b));
    // the rows were made as the report shows them when they were kept (`fresh`)
    return { rows: ordered.map((item) => item.row), cappedCells, cells };
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
    for (const { kc, label, cell } of this.voiceCells) {
      for (let o = 0; o < O; o++) {
        const hits = cell.hits[o]!;
        if (hits > 0) cells.push({ outlet: this.outlets[o]!.id, kind: kc.kind, category: kc.category, label, voice: cell.voice, hits });
      }
    }
    const days: { outlet: string; date: string; category: string; hits: number }[] = [];
    for (let d = 0; d < this.dayList.length; d++) {
      for (let o = 0; o < O; o++) {
        for (let f = 0; f < F; f++) {
          const hits = this.dayHits[(d * O + o) * F + f] ?? 0;
          if (hits > 0) days.push({ outlet: this.outlets[o]!.id, date: this.dayList[d]!, category: this.lexicon.frames[f]!.id, hits });
        }
      }
    }
    const claimFirst = new Map<string, { sentence: string; article: string }>();
    const claimArticles = new Map<string, number>();
    for (const kc of this.kindCategories) {
      if (kc.kind !== 'claim') continue;
      for (let o = 0; o < O; o++) {
        const outlet = this.outlets[o]!.id;
        if (kc.articles[o]! > 0) claimArticles.set(`${outlet}\u0000${kc.category}`, kc.articles[o]!);
        const first = kc.first[o]?.find((item) => !this.duplicateIds.has(item.row.id));
        if (first) claimFirst.set(`${outlet}\u0000${kc.category}`, { sentence: first.row.sentence, article: first.row.article });
      }
    }
    const speakers = new Map<string, SpeakerCell>();
    this.speakerCells.forEach((groups, o) => {
      for (const [group, cell] of groups) speakers.set(`${this.outlets[o]!.id}\u0000${group}`, cell);
    });
    const words = new Map<string, number>();
    for (const r of records) words.set(r.outlet, (words.get(r.outlet) ?? 0) + r.wordTokens);
    // per outlet: form counts, stem counts and the total
    const perOutlet = this.outlets.map((_, o) => {
      this.flushTerms(o); // also grows the outlet's counts to the whole vocabulary
      const formCounts = this.formCounts[o]!.subarray(0, this.formList.length);
      const stemCounts = new Int32Array(this.stemList.length);
      return { formCounts, stemCounts, total: sumByStem(formCounts, this.formStem, stemCounts) };
    });
    const byOutlet = this.outlets.map((outlet, o) => [outlet.id, { ...perOutlet[o]!, words: words.get(outlet.id) ?? 0 }] as const);
    const terms: TermState = { stems: this.stemList, forms: this.formList, formStem: this.formStem, byOutlet: new Map(byOutlet) };
    return {
      outlets: this.outlets,
      lexicon: this.lexicon,
      coveredStems,
      records,
      frameCounts,
      ...arqueroTables(records, cells, days),
      speakers,
      claimArticles,
      claimFirst,
      terms,
    };
  }
}

/** Add each form's count to its stem's (`stemCounts[formStem[f]] += formCounts[f]`); returns the total. */
function sumByStem(formCounts: Int32Array, formStem: Int32Array, stemCounts: Int32Array): number {
  let total = 0;
  for (let f = 0; f < formCounts.length; f++) {
    const n = formCounts[f]!;
    if (n === 0) continue; // most forms do not occur in a given outlet: no write into the stem counts
    stemCounts[formStem[f]!]! += n;
    total += n;
  }
  return total;
}

/** Bits to write the non-negative integer x (0 for 0). */
function bitsFor(x: number): number {
  let bits = 0;
  while (x >= 2 ** bits) bits++;
  return bits;
}

/**
 * One outlet's kept rows in (index, position) order, unique within an outlet: each row's index,
 * position and place in the list packed into one integer below 2^53, and those sorted as numbers
 * (a typed-array sort, no comparator calls that chase two objects each); `byRow` when they do not fit.
 */
function sortByRow(list: Kept[], byRow: (a: Kept, b: Kept) => number): Kept[] {
  const n = list.length;
  if (n < 2) return list;
  let maxIndex = 0;
  let maxOrd = 0;
  for (const item of list) {
    if (item.index > maxIndex) maxIndex = item.index;
    if (item.ord > maxOrd) maxOrd = item.ord;
  }
  const ordScale = 2 ** bitsFor(maxOrd);
  const posScale = 2 ** bitsFor(n - 1);
  if ((maxIndex + 1) * ordScale * posScale > 2 ** 53) return list.sort(byRow);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (list[i]!.index * ordScale + list[i]!.ord) * posScale + i;
  keys.sort();
  const out = new Array<Kept>(n);
  for (let i = 0; i < n; i++) out[i] = list[keys[i]! % posScale]!;
  return out;
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
  return labelledEvidenceRow(e, labels.get(`${e.kind}\u0000${e.category}`) ?? e.category);
}

function labelledEvidenceRow(e: ArticleEvidence, categoryLabel: string): EvidenceRow {
  const row: EvidenceRow = {
    id: e.id, article: e.article, outlet: e.outlet, kind: e.kind, category: e.category,
    categoryLabel,
    label: e.label, term: e.term, match: e.match, sentence: e.sentence, sentenceStart: e.sentenceStart, sentenceEnd: e.sentenceEnd,
    start: e.start, end: e.end, voice: e.voice, section: e.section,
  };
  if (e.speaker !== undefined) row.speaker = e.speaker;
  if (e.speakerGroup !== undefined) row.speakerGroup = e.speakerGroup;
  if (e.cue !== undefined) row.cue = e.cue;
  if (e.excluded !== undefined) row.excluded = e.excluded;
  if (e.negation !== undefined) row.negation = e.negation;
  return row;
}

/**
 * Fold a list of results (their order is their index) into the Prepared
 * state, without near-duplicate detection: for table functions and tests.
 */
export function prepare(results: readonly ArticleResult[], outlets: readonly Outlet[], lexicon: LexiconLike, coveredStems: ReadonlySet<string>): Prepared {
  const fold = new Fold(outlets, lexicon, { evidencePerCell: 0, readersPerOutlet: 0, collapse: false });
  results.forEach((r, i) => fold.add(r, i));
  return fold.prepared(coveredStems);
}
