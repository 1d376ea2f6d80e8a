import type { DistinctiveRow } from '../report-data.js';
import { cmp } from '../compare.js';
import { logOddsZ } from '../stats/log-odds.js';
import { benjaminiHochbergCutoff, presenceP } from '../stats/presence.js';
import type { Prepared, TermGroup, TermState } from './prepared.js';

export interface DistinctiveOptions {
  /** rows per outlet in `distinctive` (default 20) */
  perOutlet?: number;
  /** rows per outlet in `lexiconGaps` (default 10) */
  gapsPerOutlet?: number;
  /** α0, the prior's total pseudo-count: α_w = α0 × (corpus count of w / corpus total) (default 1000) */
  priorScale?: number;
  /** a stem needs at least this many occurrences in the outlet to be listed (default 2) */
  minCount?: number;
  /** the false discovery rate of the `significant` flag (Benjamini–Hochberg; default 0.05) */
  q?: number;
}

/**
 * Distinctive terms, within one language: for each outlet i and stem w (stop words, numbers and
 * punctuation removed) of language L, the log-odds ratio with informative Dirichlet prior
 * (Monroe, Colaresi & Quinn 2008) of outlet i's articles in L vs the other outlets' articles in L (j):
 * δ = ln[(y_iw+α_w)/(n_i+α0−y_iw−α_w)] − ln[(y_jw+α_w)/(n_j+α0−y_jw−α_w)],
 * z = δ / √(1/(y_iw+α_w) + 1/(y_jw+α_w)), with α_w = α0 · y_w / n over language L.
 * Stems of two languages are never compared: "Krieg" and "war" are not translations the counts
 * could see, and an English stem set against German text is distinctive only for being English.
 * An outlet alone in its language (no other outlet has articles in it) gets no rows.
 * Returns the top `perOutlet` stems by z (z > 0, count ≥ minCount) per outlet × language
 * (`distinctive`), and the top `gapsPerOutlet` among those no lexicon entry
 * covers (`lexiconGaps`). Rows: outlet (by id), language, then z descending, then stem.
 *
 * The token z ranks the rows but treats every token as independent, which words
 * that cluster in articles are not. The `significant` flag therefore rests on an
 * article-level test (`presenceP`, Fisher's exact test: in how many of the outlet's articles vs the
 * rest's articles of the language the stem occurs), with Benjamini–Hochberg at `q` over every
 * outlet × stem tested (count ≥ minCount) in the language, listed or not.
 * Columns: outlet, language, stem, forms (surface forms, most frequent first, at most
 * 5), count, countRest, rate / rateRest (per 1,000 word tokens of the outlet /
 * the rest, in the language), logOdds (δ), z, inLexicon.
 */
export function distinctiveTable(p: Prepared, options: DistinctiveOptions = {}): { distinctive: DistinctiveRow[]; lexiconGaps: DistinctiveRow[] } {
  const perOutlet = options.perOutlet ?? 20;
  const gapsPerOutlet = options.gapsPerOutlet ?? 10;
  const alpha0 = options.priorScale ?? 1000;
  const minCount = options.minCount ?? 2;
  const t = p.terms;
  const known = new Set(p.outlets.map((o) => o.id));
  const compared = comparedGroups(t, known);

  const presence = (o: TermGroup, c: LanguageTotals, id: number) => {
    const di = o.stemArticles[id]!;
    const dj = c.docs[id]! - di;
    return { di, dj, p: presenceP(di, o.articles, dj, c.articles - o.articles) };
  };
  // the Benjamini–Hochberg cut-off per language, over every outlet × stem tested in it (so a
  // language's figures do not change when outlets of another language join the corpus)
  const ps = new Map<LanguageTotals, number[]>();
  for (const [o, c] of compared) {
    const list = ps.get(c) ?? [];
    for (let id = 0; id < o.stemCounts.length; id++) if (o.stemCounts[id]! >= minCount) list.push(presence(o, c, id).p);
    ps.set(c, list);
  }
  const cutoffs = new Map([...ps].map(([c, list]) => [c, benjaminiHochbergCutoff(list, options.q ?? 0.05)]));

  const csr = formsByStem(t);
  // covered by a lexicon entry, by stem id (one look-up per stem, not per outlet)
  const covered = new Uint8Array(t.stems.length);
  if (p.coveredStems.size > 0) for (let id = 0; id < t.stems.length; id++) if (p.coveredStems.has(t.stems[id]!)) covered[id] = 1;
  const distinctive: DistinctiveRow[] = [];
  const lexiconGaps: DistinctiveRow[] = [];
  for (const [o, c] of compared) {
    const restTotal = c.total - o.total;
    const restWords = c.words - o.words;
    // the best stems by z (descending, then stem), kept while scanning: rows are made for these only
    const top = new Best(perOutlet, t.stems);
    const gaps = new Best(gapsPerOutlet, t.stems);
    for (let id = 0; id < o.stemCounts.length; id++) {
      const yi = o.stemCounts[id]!;
      if (yi < minCount) continue;
      const yw = c.counts[id]!;
      const yj = yw - yi;
      const alphaW = (alpha0 * yw) / c.total;
      const { delta, z } = logOddsZ(yi, o.total, yj, restTotal, alphaW, alpha0);
      if (!(z > 0)) continue;
      top.offer(id, z, delta);
      if (covered[id] === 0) gaps.offer(id, z, delta);
    }
    const row = (id: number, z: number, delta: number): DistinctiveRow => {
      const yi = o.stemCounts[id]!;
      const yj = c.counts[id]! - yi;
      const art = presence(o, c, id);
      return {
        outlet: o.outlet,
        language: o.language,
        stem: t.stems[id]!,
        forms: formsOf(t, csr, o.formCounts, id),
        count: yi,
        countRest: yj,
        rate: o.words > 0 ? (yi / o.words) * 1000 : 0,
        rateRest: restWords > 0 ? (yj / restWords) * 1000 : 0,
        logOdds: delta,
        z,
        articles: art.di,
        articlesRest: art.dj,
        pArticles: art.p,
        significant: art.p <= cutoffs.get(c)!,
        inLexicon: covered[id] === 1,
      };
    };
    for (let k = 0; k < top.n; k++) distinctive.push(row(top.ids[k]!, top.zs[k]!, top.deltas[k]!));
    for (let k = 0; k < gaps.n; k++) lexiconGaps.push(row(gaps.ids[k]!, gaps.zs[k]!, gaps.deltas[k]!));
  }
  return { distinctive, lexiconGaps };
}

/** One language's totals over its outlets: token counts and articles using each stem, stem tokens, word tokens, articles. */
interface LanguageTotals {
  counts: Float64Array;
  docs: Float64Array;
  total: number;
  words: number;
  articles: number;
}

/**
 * The outlet × language groups that are compared (with words, of an outlet of the report, in a
 * language at least one other outlet has words in), each with its language's totals; in
 * `t.groups` order (outlet id, then language).
 */
function comparedGroups(t: TermState, known: ReadonlySet<string>): [TermGroup, LanguageTotals][] {
  const byLanguage = groupsByLanguage(t, known);
  const totals = new Map<string, LanguageTotals>();
  for (const [language, gs] of byLanguage) {
    if (gs.length < 2) continue;
    const c: LanguageTotals = { counts: new Float64Array(t.stems.length), docs: new Float64Array(t.stems.length), total: 0, words: 0, articles: 0 };
    for (const g of gs) {
      for (let s = 0; s < g.stemCounts.length; s++) {
        c.counts[s]! += g.stemCounts[s]!;
        c.docs[s]! += g.stemArticles[s]!;
      }
      c.total += g.total;
      c.words += g.words;
      c.articles += g.articles;
    }
    totals.set(language, c);
  }
  const out: [TermGroup, LanguageTotals][] = [];
  for (const g of t.groups.values()) {
    const c = totals.get(g.language);
    if (c && g.total > 0 && known.has(g.outlet)) out.push([g, c]);
  }
  return out;
}

/** The outlet × language groups with words, of outlets of the report, by language (a language with fewer than two is not compared). */
export function groupsByLanguage(t: TermState, known: ReadonlySet<string>): Map<string, TermGroup[]> {
  const byLanguage = new Map<string, TermGroup[]>();
  for (const g of t.groups.values()) {
    if (g.total === 0 || !known.has(g.outlet)) continue;
    const list = byLanguage.get(g.language);
    if (list) list.push(g);
    else byLanguage.set(g.language, [g]);
  }
  return byLanguage;
}

/** The `size` best stems offered, by z descending, then stem (code-unit order), in a sorted array. */
class Best {
  n = 0;
  readonly ids: Int32Array;
  readonly zs: Float64Array;
  readonly deltas: Float64Array;
  constructor(
    readonly size: number,
    private readonly stems: readonly string[],
  ) {
    this.ids = new Int32Array(size);
    this.zs = new Float64Array(size);
    this.deltas = new Float64Array(size);
  }
  /** Does (id, z) come before entry k? */
  private before(id: number, z: number, k: number): boolean {
    const zk = this.zs[k]!;
    return z > zk || (z === zk && cmp(this.stems[id]!, this.stems[this.ids[k]!]!) < 0);
  }
  offer(id: number, z: number, delta: number): void {
    if (this.size === 0 || (this.n === this.size && !this.before(id, z, this.n - 1))) return;
    let k = this.n < this.size ? this.n++ : this.n - 1;
    for (; k > 0 && this.before(id, z, k - 1); k--) {
      this.ids[k] = this.ids[k - 1]!;
      this.zs[k] = this.zs[k - 1]!;
      this.deltas[k] = this.deltas[k - 1]!;
    }
    this.ids[k] = id;
    this.zs[k] = z;
    this.deltas[k] = delta;
  }
}

/** Form ids grouped by stem (counting sort): forms of stem s are ids[offsets[s] … offsets[s + 1]). */
function formsByStem(t: TermState): { offsets: Int32Array; ids: Int32Array } {
  const n = t.forms.length;
  const offsets = new Int32Array(t.stems.length + 1);
  for (let f = 0; f < n; f++) offsets[t.formStem[f]! + 1]!++;
  for (let s = 0; s < t.stems.length; s++) offsets[s + 1]! += offsets[s]!;
  const at = offsets.slice(0, t.stems.length);
  const ids = new Int32Array(n);
  for (let f = 0; f < n; f++) ids[at[t.formStem[f]!]!++] = f;
  return { offsets, ids };
}

/** Surface forms of a stem in one outlet, most frequent first, at most 5 (gathered only for the rows that are kept). */
function formsOf(t: TermState, csr: { offsets: Int32Array; ids: Int32Array }, formCounts: Int32Array, stemId: number): string[] {
  const forms: [string, number][] = [];
  for (let k = csr.offsets[stemId]!; k < csr.offsets[stemId + 1]!; k++) {
    const f = csr.ids[k]!;
    const n = formCounts[f] ?? 0;
    if (n > 0) forms.push([t.forms[f]!, n]);
  }
  return forms.sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, 5).map(([f]) => f);
}
