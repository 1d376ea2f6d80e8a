/**
 * The summary of findings that opens the page, generated from the tables: per frame, which outlet
 * uses it most in its own voice compared with the other outlets of its language, and which use it
 * only in quotes, attributions or at a distance; who keeps a frame at a distance most often; which
 * claim no term was found for in most outlets; how much the figures can bear. Every sentence clears
 * the bar of finding-bar.ts (enough hits in enough articles, one language, an interval that
 * excludes the median) and links to its chart; when none does, the box says so and why.
 */
import type { OutletFrameRow, ReportData } from '@framelens/aggregate';
import { wilson } from '@framelens/validation';
import { escapeHtml as e } from './escape.js';
import { FINDING_MIN_ARTICLES, FINDING_MIN_HITS, FINDING_MIN_PEERS, findingFacts, median, type FindingFacts } from './finding-bar.js';
import { count, num } from './html.js';
import { languageName } from './language-name.js';

/** Frames summarised: the ones with the highest own-voice density among the findings that clear the bar. */
export const FINDING_FRAMES = 3;

/** "A", "A and B", "A, B and C", "A, B, C and 4 more". */
export function list(names: string[], max = 3): string {
  const shown = names.length > max ? [...names.slice(0, max), `${num(names.length - max)} more`] : names;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

const link = (chart: string, text: string) => ` <a href="#chart-${chart}">${text}</a>`;
const rate = (x: number) => x.toFixed(1);
const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The rule every sentence of the box clears, in words. */
export const FINDING_RULE = `A sentence here rests on at least ${FINDING_MIN_HITS} hits in at least ${FINDING_MIN_ARTICLES} articles of one outlet, compares an outlet only with the other outlets of its language (at least ${FINDING_MIN_PEERS}) and is said only when the outlet's 95% interval excludes their median`;

/** Counts behind the "why" when few or no sentences clear the bar. */
interface Tally {
  /** outlet × frame pairs with enough own-voice hits */
  strong: number;
  /** frames (per language) whose highest such outlet has fewer than FINDING_MIN_PEERS other outlets in its language */
  unpeered: number;
  /** frames (per language) whose highest such outlet's interval includes the median of the others */
  indistinct: number;
}

export function findings(data: ReportData): string {
  const facts = findingFacts(data);
  const outlet = new Map(data.outlets.map((o) => [o.outlet, o]));
  const name = (id: string) => `<strong>${e(outlet.get(id)?.name ?? id)}</strong>`;
  const frameLabel = new Map(data.lexicon.frames.map((f) => [f.id, f.label]));
  const frame = (id: string) => `<q>${e(frameLabel.get(id) ?? id)}</q>`;
  const tally: Tally = { strong: 0, unpeered: 0, indistinct: 0 };
  const sentences = [...ownVoice(data, facts, tally, name, frame), ...distanced(data, facts, name, frame), ...claimsNotFound(data, facts, name)];

  const single = data.outlets.filter((o) => o.articles === 1).length;
  const caveat = single === data.outlets.length && single > 0
    ? 'Every outlet has one article: each figure describes a single article, not the outlet.'
    : single > 0 ? `${count(single, 'outlet has', 'outlets have')} one article: ${single === 1 ? 'its' : 'their'} figures describe that article, not the outlet.` : '';
  const testCopies = facts.testCopiesLeftOut > 0
    ? ` ${count(facts.testCopiesLeftOut, 'outlet')} marked <code>testCopy</code> in outlet.yaml (fictional, written for tests) ${facts.testCopiesLeftOut === 1 ? 'is' : 'are'} left out (<code>testCopiesInFindings: true</code> in pipeline.yaml includes them).`
    : '';
  const body = sentences.length
    ? `<ul>${sentences.map((s) => `<li>${s}</li>`).join('')}</ul>`
    : `<p>No finding clears the bar: ${why(data, facts, tally)}.</p>`;
  const rule = `<p class="how">${FINDING_RULE}.${tally.indistinct > 0 && sentences.length > 0 ? ` Not distinguishable from the median, so not listed: ${count(tally.indistinct, 'frame')} whose highest outlet's interval includes it.` : ''}${testCopies}</p>`;
  return `<div class="findings" role="note" aria-label="Summary of findings"><h3 id="findings">Findings at a glance</h3>
${body}${rule}${caveat ? `<p class="how">${caveat}</p>` : ''}</div>`;
}

/** Why no sentence cleared the bar, from the first condition that stopped them. */
function why(data: ReportData, facts: FindingFacts, tally: Tally): string {
  const eligible = data.outlets.filter((o) => facts.eligible.has(o.outlet));
  if (eligible.length === 0) return 'no outlet with articles is left to compare';
  const sized = eligible.filter((o) => o.articles >= FINDING_MIN_ARTICLES).length;
  if (sized === 0) return `none of the ${count(eligible.length, 'outlet')} has ${FINDING_MIN_ARTICLES} or more articles`;
  if (tally.strong === 0) return `no outlet has ${FINDING_MIN_HITS} or more own-voice hits of one frame in ${FINDING_MIN_ARTICLES} or more of its articles (${count(sized, 'outlet')} ${sized === 1 ? 'has' : 'have'} that many articles)`;
  const parts: string[] = [];
  if (tally.unpeered > 0) parts.push(`for ${count(tally.unpeered, 'frame')} the outlet with enough hits has fewer than ${FINDING_MIN_PEERS} other outlets in its language to compare with`);
  if (tally.indistinct > 0) parts.push(`for ${count(tally.indistinct, 'frame')} the highest outlet is not distinguishable from the median of the other outlets of its language (its 95% interval includes it)`);
  return parts.join('; ') || 'no outlet has enough hits of a frame';
}

/** Per language and frame, the outlet with the highest own-voice density that clears the bar. */
function ownVoice(data: ReportData, facts: FindingFacts, tally: Tally, name: (id: string) => string, frame: (id: string) => string): string[] {
  const groups = new Map<string, OutletFrameRow[]>();
  for (const r of data.outletFrames) {
    const language = facts.language.get(r.outlet);
    if (!facts.eligible.has(r.outlet) || language === undefined) continue;
    const k = `${language}\u0000${r.frame}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const found: { density: number; text: string }[] = [];
  for (const [k, rows] of groups) {
    const [language] = k.split('\u0000') as [string];
    const strong = rows.filter((r) => facts.enough(r.ownHits, facts.articlesWith(r.outlet, r.frame, 'authorial')));
    tally.strong += strong.length;
    const best = strong.sort((a, b) => b.ownDensity - a.ownDensity || a.outlet.localeCompare(b.outlet))[0];
    if (!best) continue;
    const peers = rows.filter((r) => r.outlet !== best.outlet);
    if (peers.length < FINDING_MIN_PEERS) {
      tally.unpeered++;
      continue;
    }
    const med = median(peers.map((r) => r.ownDensity));
    if (best.ownDensityLow <= med) {
      tally.indistinct++;
      continue;
    }
    const others = `the other ${num(peers.length)} ${e(languageName(language))}-language outlets`;
    const versus = med > 0 ? `above the median of ${others} (${rate(med)}; ${(best.ownDensity / med).toFixed(1)}×)` : `while the median of ${others} is 0`;
    const articles = outletArticles(data, best.outlet);
    const onlyOthers = rows
      .filter((r) => r.ownHits === 0 && facts.enough(r.hits, facts.articlesWith(r.outlet, r.frame, 'all')))
      .map((r) => name(r.outlet));
    found.push({
      density: best.ownDensity,
      text: `Own-voice use of the ${frame(best.frame)} frame is highest in ${name(best.outlet)}: ${rate(best.ownDensity)} per 1,000 words (95% interval ${rate(best.ownDensityLow)}–${rate(best.ownDensityHigh)}; ${count(best.ownHits, 'hit')} in ${num(facts.articlesWith(best.outlet, best.frame, 'authorial'))} of its ${count(articles, 'article')}), ${versus}.${
        onlyOthers.length ? ` ${list(onlyOthers)} ${onlyOthers.length === 1 ? 'uses' : 'use'} it only in quotes, attributions or at a distance (${FINDING_MIN_HITS} or more hits in ${FINDING_MIN_ARTICLES} or more articles, none in ${onlyOthers.length === 1 ? 'its' : 'their'} own voice).` : ''
      }${link('frame-density', 'Frame density')}`,
    });
  }
  return found.sort((a, b) => b.density - a.density).slice(0, FINDING_FRAMES).map((f) => f.text);
}

/** The outlet that puts a frame in scare quotes or "so-called" most often, with enough hits. */
function distanced(data: ReportData, facts: FindingFacts, name: (id: string) => string, frame: (id: string) => string): string[] {
  const all = new Map(data.outletFrames.map((r) => [`${r.outlet}\u0000${r.frame}`, r.hits]));
  const r = data.outletFrameVoices
    .filter((v) => v.voice === 'distanced' && facts.eligible.has(v.outlet) && facts.enough(v.hits, facts.articlesWith(v.outlet, v.frame, 'distanced')))
    .sort((a, b) => b.hits - a.hits || b.share - a.share || a.outlet.localeCompare(b.outlet))[0];
  if (!r) return [];
  const n = all.get(`${r.outlet}\u0000${r.frame}`) ?? r.hits;
  const p = wilson(r.hits, Math.max(n, r.hits));
  return [
    `${name(r.outlet)} keeps the ${frame(r.frame)} frame at a distance most often: ${num(r.hits)} of its ${count(n, 'hit')} of that frame (${percent(p.estimate)}, 95% interval ${Math.round(p.low * 100)}–${percent(p.high)}), in ${count(facts.articlesWith(r.outlet, r.frame, 'distanced'), 'article')}, in scare quotes or with "so-called".${link('endorsement', 'Endorsement')}`,
  ];
}

/**
 * The claim for which no term was found in the most outlets, counting only outlets with at least
 * FINDING_MIN_ARTICLES articles (a short column not mentioning a fact says little), and only when
 * there are at least FINDING_MIN_PEERS such outlets.
 */
function claimsNotFound(data: ReportData, facts: FindingFacts, name: (id: string) => string): string[] {
  const sized = new Set(data.outlets.filter((o) => facts.eligible.has(o.outlet) && o.articles >= FINDING_MIN_ARTICLES).map((o) => o.outlet));
  const claims = new Map<string, { label: string; absent: string[]; present: number }>();
  for (const c of data.claims) {
    if (!sized.has(c.outlet)) continue;
    const x = claims.get(c.claim) ?? { label: c.claimLabel, absent: [], present: 0 };
    if (c.present) x.present++;
    else x.absent.push(c.outlet);
    claims.set(c.claim, x);
  }
  // a comparison needs outlets to compare: at least FINDING_MIN_PEERS with enough articles
  if (sized.size < FINDING_MIN_PEERS) return [];
  const gap = [...claims.values()].filter((c) => c.present > 0 && c.absent.length > 0).sort((a, b) => b.absent.length - a.absent.length || a.label.localeCompare(b.label))[0];
  if (!gap) return [];
  const short = facts.eligible.size - sized.size;
  return [
    `No term of the claim <q>${e(gap.label)}</q> was found in any article of ${num(gap.absent.length)} of the ${count(gap.absent.length + gap.present, 'outlet')} with ${FINDING_MIN_ARTICLES} or more articles${gap.absent.length <= 3 ? ` (${list(gap.absent.map(name))})` : ''}${
      short > 0 ? `; ${count(short, 'outlet')} with fewer articles ${short === 1 ? 'is' : 'are'} not counted (too little text to say)` : ''
    }.${link('claims', 'Claims')}`,
  ];
}

const outletArticles = (data: ReportData, id: string) => data.outlets.find((o) => o.outlet === id)?.articles ?? 0;
