/**
 * The bar a sentence of "Findings at a glance" must clear, and the facts it is checked on.
 *
 * A journalist copies these sentences, so each must hold up on its own:
 * - at least FINDING_MIN_HITS (10) hits in at least FINDING_MIN_ARTICLES (3) articles of the
 *   outlet. With 10 hits the exact 95% Poisson interval runs from 0.48× to 1.84× the rate (4.8–18.4
 *   hits); with 3 hits from 0.21× to 2.9×, so a ratio to the median says little. Three articles:
 *   no single piece (one opinion column, one long interview) carries an outlet's figure alone.
 * - compared only with outlets of the same language (each language is matched with its own term
 *   list, so densities of two languages are not comparable), and only when at least
 *   FINDING_MIN_PEERS (3) other outlets of that language are there to take the median of;
 * - stated only when the outlet's 95% interval lies above that median; otherwise the box counts it
 *   as "not distinguishable from the median";
 * - outlets marked `testCopy: true` in outlet.yaml (fictional outlets written for tests) are left
 *   out unless the pipeline sets `testCopiesInFindings: true`.
 * Articles with hits are counted from the evidence rows the report embeds; when the page's
 * evidence of a cell is capped, that count is a lower bound (round robin over the outlet's
 * articles), so the bar errs on the side of saying less.
 */
import type { ReportData } from '@framelens/aggregate';

export const FINDING_MIN_HITS = 10;
export const FINDING_MIN_ARTICLES = 3;
export const FINDING_MIN_PEERS = 3;

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export interface FindingFacts {
  /** outlets a finding may name (test copies left out unless the pipeline includes them), by id */
  eligible: Set<string>;
  /** test-copy outlets left out */
  testCopiesLeftOut: number;
  /** the one language of an outlet's articles (absent: no articles, or several languages) */
  language: Map<string, string>;
  /** distinct articles with counted frame hits of outlet × frame × voice ('all': any voice) */
  articlesWith: (outlet: string, frame: string, voice: string) => number;
  /** the other eligible outlets of the outlet's language (with articles) */
  peers: (outlet: string) => string[];
  /** a count clears the bar: at least FINDING_MIN_HITS hits in at least FINDING_MIN_ARTICLES articles */
  enough: (hits: number, articles: number) => boolean;
}

export function findingFacts(data: ReportData): FindingFacts {
  const include = data.provenance.settings['testCopiesInFindings'] === true;
  const eligible = new Set(data.outlets.filter((o) => o.articles > 0 && (include || !o.testCopy)).map((o) => o.outlet));
  const testCopiesLeftOut = include ? 0 : data.outlets.filter((o) => o.articles > 0 && o.testCopy).length;
  const language = outletLanguages(data);
  const seen = new Map<string, Set<string>>();
  for (const r of data.evidence) {
    if (r.kind !== 'frame' || r.excluded) continue;
    for (const voice of [r.voice, 'all']) {
      const k = `${r.outlet}\u0000${r.category}\u0000${voice}`;
      const set = seen.get(k) ?? new Set<string>();
      set.add(r.article);
      seen.set(k, set);
    }
  }
  return {
    eligible,
    testCopiesLeftOut,
    language,
    articlesWith: (outlet, frame, voice) => seen.get(`${outlet}\u0000${frame}\u0000${voice}`)?.size ?? 0,
    peers: (outlet) => {
      const l = language.get(outlet);
      return l === undefined ? [] : [...eligible].filter((o) => o !== outlet && language.get(o) === l);
    },
    enough: (hits, articles) => hits >= FINDING_MIN_HITS && articles >= FINDING_MIN_ARTICLES,
  };
}

/**
 * Each outlet's language when all its articles share one: from the corpus summary when the report
 * data carry one, else from the listed articles. An outlet writing in several languages has none
 * here (its densities pool two term lists) and is not compared.
 */
function outletLanguages(data: ReportData): Map<string, string> {
  const summary = data.corpus?.outlets;
  const langs = new Map<string, Set<string>>();
  if (summary) for (const o of summary) langs.set(o.outlet, new Set(o.languages));
  else
    for (const a of data.articles) {
      const set = langs.get(a.outlet) ?? new Set<string>();
      set.add(a.language ?? 'und');
      langs.set(a.outlet, set);
    }
  const out = new Map<string, string>();
  for (const [outlet, set] of langs) if (set.size === 1 && !set.has('und')) out.set(outlet, [...set][0]!);
  return out;
}
