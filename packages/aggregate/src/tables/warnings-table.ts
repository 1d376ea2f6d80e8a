import type { NearDuplicateRow, OutletRow, Warning } from '../report-data.js';
import { cmp } from '../compare.js';
import type { ArticleRecord, CorpusFacts } from './prepared.js';

/** undated articles named in the warning; the rest are counted */
export const UNDATED_LISTED = 20;

/** "1 word", "2 words" */
const count = (n: number, noun: string) => `${n} ${n === 1 ? noun : `${noun}s`}`;

/** An outlet's outlet.yaml, next to its articles (or to another outlet's folder when it has none). */
function outletFile(outlet: string, corpus: CorpusFacts): string {
  const dirOf = (p: string) => p.slice(0, Math.max(0, p.lastIndexOf('/')));
  const own = corpus.firstPath.get(outlet);
  if (own !== undefined) return `${dirOf(own)}/outlet.yaml`;
  const any = corpus.firstPath.values().next().value;
  const folder = any !== undefined ? dirOf(dirOf(any)) : '';
  return `${folder ? `${folder}/` : ''}${outlet}/outlet.yaml`;
}

const KIND_ORDER: Warning['kind'][] = ['language-mismatch', 'single-article-outlet', 'inferred-attribution', 'unverified-attribution', 'near-duplicate', 'boilerplate-excluded', 'negated-hits', 'undated-articles', 'shared-outlet-name', 'evidence-capped', 'other'];

/**
 * Warnings the report shows next to the numbers: outlets with one article (or
 * none), inferred and unverified attributions, near-duplicate pairs, boilerplate excluded per
 * article, evidence capped in the HTML, outlets sharing a name, articles without
 * a date (when others have one). Sorted by kind (in the order above),
 * outlet, article, message. Columns: kind, message, outlet?, article?.
 */
export function warningsTable(input: {
  outlets: readonly OutletRow[];
  /** the corpus's article count, undated articles and each outlet's first file */
  corpus: CorpusFacts;
  /** articles with boilerplate left out or negated hits, in corpus order */
  records: readonly ArticleRecord[];
  nearDuplicates: readonly NearDuplicateRow[];
  syndication: 'keep' | 'collapse';
  evidencePerCell: number;
  cappedCells: number;
}): Warning[] {
  const out: Warning[] = [];
  for (const o of input.outlets) {
    if (o.articles === 0) out.push({ kind: 'other', outlet: o.outlet, message: `${o.name}: no articles in the corpus; every figure is 0.` });
    if (o.articles === 1) out.push({ kind: 'single-article-outlet', outlet: o.outlet, message: `${o.name}: one article (n = 1); its figures describe that article, not the outlet.` });
    if (o.attributionStatus === 'inferred')
      out.push({ kind: 'inferred-attribution', outlet: o.outlet, message: `${o.name}: attribution inferred, not confirmed${o.attributionEvidence ? ` (${o.attributionEvidence})` : ''}.` });
    // the weakest status warns at least as much as a better one
    if (o.attributionStatus === 'unverified')
      out.push({ kind: 'unverified-attribution', outlet: o.outlet, message: `${o.name}: attribution unverified, nobody has checked that these articles are the outlet's${o.attributionEvidence ? ` (${o.attributionEvidence})` : ''}; once checked, outlet.yaml's attribution says why they belong to it.` });
  }
  for (const d of input.nearDuplicates) {
    const how = input.syndication === 'collapse' ? `shared passages counted once, in ${d.articleA}` : 'both counted in full (syndication: keep)';
    out.push({
      kind: 'near-duplicate',
      outlet: d.outletB,
      article: d.articleB,
      message: `${d.articleB} shares ${count(d.passages.length, 'passage')} with ${d.articleA} (${d.reuse !== undefined && d.containment !== undefined ? `${d.reuse} text reuse: ${Math.round(d.containment * 100)}% of the shorter article` : `shingle Jaccard ${d.similarity.toFixed(2)}`}); ${how}.`,
    });
  }
  for (const r of input.records) {
    if (r.boilerplateTokens === 0) continue;
    const reasons = r.boilerplateReasons;
    out.push({
      kind: 'boilerplate-excluded',
      outlet: r.outlet,
      article: r.article,
      message: `${r.article}: ${count(r.boilerplateTokens, 'word')} in ${count(r.boilerplateSpans, 'boilerplate span')} (${reasons}) excluded from every count.`,
    });
  }
  // NEGATION (#21): hits inside a negation or rejection are counted apart, never as use
  for (const r of input.records) {
    if (!r.negated) continue;
    out.push({
      kind: 'negated-hits',
      outlet: r.outlet,
      article: r.article,
      message: `${r.article}: ${negatedCount(r.negatedHits ?? r.negated.length, r.negated.length)} inside a negation or rejection, listed in the evidence (excluded: negated) and not counted as use: ${r.negated.join(', ')}.`,
    });
  }
  // outlets with the same name: the report would show two identical labels
  const byName = new Map<string, OutletRow[]>();
  for (const o of input.outlets) byName.set(o.name.trim(), [...(byName.get(o.name.trim()) ?? []), o]);
  for (const [name, same] of byName) {
    if (same.length < 2) continue;
    const files = same.map((o) => outletFile(o.outlet, input.corpus));
    out.push({
      kind: 'shared-outlet-name',
      outlet: same[0]!.outlet,
      message: `${same.length} outlets have the same name "${name}" (${files.join(' and ')}), so their figures carry the same label; give each outlet.yaml a different name.`,
    });
  }
  // articles without a date are left out of "Over time" (only said when some articles have a date)
  const { undated, articles } = input.corpus;
  if (undated > 0 && undated < articles) {
    const listed = input.corpus.undatedPaths.slice(0, UNDATED_LISTED);
    const more = undated - listed.length;
    out.push({
      kind: 'undated-articles',
      message: `${undated} of ${articles} articles ${undated === 1 ? 'has' : 'have'} no date and ${undated === 1 ? 'is' : 'are'} left out of "Over time": ${listed.join(', ')}${more > 0 ? ` and ${more} more (data/articles.parquet: empty date)` : ''}.`,
    });
  }
  if (input.cappedCells > 0)
    out.push({
      kind: 'evidence-capped',
      message: `The page shows at most ${input.evidencePerCell} evidence sentences per outlet and category (${count(input.cappedCells, 'cell')} capped); data/hits.parquet has all of them.`,
    });
  const rank = new Map(KIND_ORDER.map((k, i) => [k, i]));
  return out.sort(
    (a, b) =>
      rank.get(a.kind)! - rank.get(b.kind)! || cmp(a.outlet ?? '', b.outlet ?? '') || cmp(a.article ?? '', b.article ?? '') || cmp(a.message, b.message),
  );
}

/** "3 hits at 2 places" when hits share a place (a frame and a referent hit on one word), else "2 hits". */
const negatedCount = (hits: number, places: number): string => (hits > places ? `${count(hits, 'hit')} at ${count(places, 'place')}` : count(hits, 'hit'));
