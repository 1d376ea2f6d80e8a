/**
 * The summary of findings that opens the page, generated from the tables: per frame, who uses
 * it most in its own voice and how far above the median outlet, who uses it only in quotes,
 * attributions or at a distance; who keeps a frame at a distance or rejects it most; which claim
 * most outlets leave out; how much the figures can bear. Each sentence links to its chart.
 */
import type { OutletFrameRow, ReportData } from '@framelens/aggregate';
import { escapeHtml as e } from './escape.js';
import { count, num } from './html.js';

/** Frames summarised: the ones with the highest own-voice density anywhere. */
export const FINDING_FRAMES = 3;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** "A", "A and B", "A, B and C", "A, B, C and 4 more". */
export function list(names: string[], max = 3): string {
  const shown = names.length > max ? [...names.slice(0, max), `${num(names.length - max)} more`] : names;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

const link = (chart: string, text: string) => ` <a href="#chart-${chart}">${text}</a>`;

export function findings(data: ReportData): string {
  const outlet = new Map(data.outlets.map((o) => [o.outlet, o]));
  const name = (id: string) => `<strong>${e(outlet.get(id)?.name ?? id)}</strong>`;
  const frameLabel = new Map(data.lexicon.frames.map((f) => [f.id, f.label]));
  const frame = (id: string) => `<q>${e(frameLabel.get(id) ?? id)}</q>`;
  const byFrame = new Map<string, OutletFrameRow[]>();
  for (const r of data.outletFrames) byFrame.set(r.frame, [...(byFrame.get(r.frame) ?? []), r]);
  const sentences: string[] = [];

  const top = [...byFrame].map(([id, rows]) => ({ id, rows, best: rows.reduce((a, b) => (b.ownDensity > a.ownDensity ? b : a)) }))
    .filter((f) => f.best.ownHits > 0)
    .sort((a, b) => b.best.ownDensity - a.best.ownDensity || a.id.localeCompare(b.id))
    .slice(0, FINDING_FRAMES);
  for (const { id, rows, best } of top) {
    const med = median(rows.map((r) => r.ownDensity));
    const ratio = med > 0 ? `, ${(best.ownDensity / med).toFixed(1)}× the median outlet` : ', while the median outlet does not use it in its own voice';
    const articles = outlet.get(best.outlet)?.articles ?? best.articles;
    const onlyOthers = rows.filter((r) => r.hits > 0 && r.ownHits === 0).map((r) => name(r.outlet));
    sentences.push(`Own-voice use of the ${frame(id)} frame is highest in ${name(best.outlet)} (${count(articles, 'article')}, ${best.ownDensity.toFixed(1)} per 1,000 words)${ratio}.${
      onlyOthers.length ? ` ${list(onlyOthers)} ${onlyOthers.length === 1 ? 'uses' : 'use'} it only in quotes, attributions or at a distance.` : ''}${link('frame-density', 'Frame density')}`);
  }

  // keeping a frame at a distance (scare quotes, "so-called") and rejecting it (negation)
  for (const [voice, verb, chart] of [['distanced', 'keeps the {f} frame at a distance most often', 'endorsement'], ['negated', 'rejects or negates the {f} frame most often', 'voice-by-frame']] as const) {
    const rows = data.outletFrameVoices.filter((r) => r.voice === voice && r.hits > 0).sort((a, b) => b.hits - a.hits || b.share - a.share || a.outlet.localeCompare(b.outlet));
    const r = rows[0];
    if (!r) continue;
    const what = voice === 'distanced' ? 'in scare quotes or with "so-called"' : 'negated or rejected';
    sentences.push(`${name(r.outlet)} ${verb.replace('{f}', frame(r.frame))}: ${count(r.hits, 'hit')} (${Math.round(r.share * 100)}% of its hits of that frame) ${what}.${link(chart, voice === 'distanced' ? 'Endorsement' : 'Voice')}`);
  }

  // the claim the most outlets leave out (among claims some outlet mentions)
  const claims = new Map<string, { label: string; absent: string[]; present: number }>();
  for (const c of data.claims) {
    const x = claims.get(c.claim) ?? { label: c.claimLabel, absent: [], present: 0 };
    if (c.present) x.present++;
    else x.absent.push(c.outlet);
    claims.set(c.claim, x);
  }
  const gap = [...claims.values()].filter((c) => c.present > 0 && c.absent.length > 0).sort((a, b) => b.absent.length - a.absent.length || a.label.localeCompare(b.label))[0];
  if (gap) {
    sentences.push(`<q>${e(gap.label)}</q> is left out by ${num(gap.absent.length)} of ${count(gap.absent.length + gap.present, 'outlet')}${gap.absent.length <= 3 ? ` (${list(gap.absent.map(name))})` : ''}.${link('claims', 'Claims')}`);
  }

  const single = data.outlets.filter((o) => o.articles === 1).length;
  const caveat = single === data.outlets.length && single > 0
    ? 'Every outlet has one article: each figure describes a single article, not the outlet.'
    : single > 0 ? `${count(single, 'outlet has', 'outlets have')} one article: their figures describe that article, not the outlet.` : '';
  if (sentences.length === 0) return caveat ? `<p class="how">${caveat}</p>` : '';
  return `<div class="findings" role="note" aria-label="Summary of findings"><h3 id="findings">Findings at a glance</h3>
<ul>${sentences.map((s) => `<li>${s}</li>`).join('')}</ul>${caveat ? `<p class="how">${caveat}</p>` : ''}</div>`;
}
