/**
 * Report data for "Findings at a glance" (review F3): outlets made the way the aggregator makes
 * their rows (Garwood intervals from poissonRate), each with its articles, per-article own-voice,
 * quoted and distanced hits of one frame and the evidence rows behind them, on the seed's lexicon.
 */
import { poissonRate, type ReportData } from '@framelens/aggregate';
import { seedData } from './seed-data.js';

export interface FixtureOutlet {
  id: string;
  language: string;
  /** words of each article */
  words: number[];
  /** per frame: own-voice hits per article (index = article) */
  own?: Record<string, number[]>;
  /** per frame: quoted hits per article */
  quoted?: Record<string, number[]>;
  /** per frame: distanced hits per article */
  distanced?: Record<string, number[]>;
  /** claims with a hit somewhere in the outlet */
  claims?: string[];
  testCopy?: boolean;
}

export function findingsData(outlets: FixtureOutlet[], settings: Record<string, boolean> = {}): ReportData {
  const base = seedData();
  const data: ReportData = {
    ...base,
    provenance: { ...base.provenance, settings: { ...base.provenance.settings, ...settings } },
    outlets: [], articles: [], outletFrames: [], outletFrameVoices: [], claims: [], evidence: [], warnings: [],
  };
  delete data.evidenceCells;
  delete data.languages;
  data.corpus = {
    articles: outlets.reduce((n, o) => n + o.words.length, 0),
    dates: { distinct: 0 },
    outlets: outlets.map((o) => ({ outlet: o.id, undated: o.words.length, datePrecisions: [], languages: [o.language] })),
  };
  for (const o of outlets) {
    const words = o.words.reduce((a, b) => a + b, 0);
    data.outlets.push({ outlet: o.id, name: `Outlet ${o.id.toUpperCase()}`, attributionStatus: 'confirmed', articles: o.words.length, wordTokens: words, boilerplateTokens: 0, frameHits: 0, ...(o.testCopy ? { testCopy: true } : {}) });
    o.words.forEach((w, k) => data.articles.push({ article: `${o.id}/a${k}`, outlet: o.id, path: `corpus/f/${o.id}/a${k}.md`, language: o.language, wordTokens: w, boilerplateTokens: 0, frameHits: 0 }));
    for (const f of data.lexicon.frames) {
      const per = { authorial: o.own?.[f.id] ?? [], quoted: o.quoted?.[f.id] ?? [], distanced: o.distanced?.[f.id] ?? [] };
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      const own = sum(per.authorial);
      const distanced = sum(per.distanced);
      const hits = own + sum(per.quoted) + distanced;
      const all = poissonRate(hits, words);
      const mine = poissonRate(own, words);
      data.outletFrames.push({
        outlet: o.id, frame: f.id, frameLabel: f.label, articles: o.words.length, wordTokens: words, hits, ownHits: own, distancedHits: distanced,
        density: all.rate, densityLow: all.low, densityHigh: all.high, ownDensity: mine.rate, ownDensityLow: mine.low, ownDensityHigh: mine.high,
        share: 0, ...(hits ? { endorsement: (own - distanced) / hits } : {}),
      });
      for (const voice of ['authorial', 'quoted', 'reported', 'distanced'] as const) {
        const counts = voice === 'reported' ? [] : per[voice];
        data.outletFrameVoices.push({ outlet: o.id, frame: f.id, frameLabel: f.label, voice, hits: sum(counts), share: hits ? sum(counts) / hits : 0 });
        counts.forEach((n, k) => {
          for (let i = 0; i < n; i++) {
            const article = `${o.id}/a${k}`;
            data.evidence.push({
              id: `${article}#${voice}-${i}:frame:${f.id}`, article, outlet: o.id, kind: 'frame', category: f.id, categoryLabel: f.label, label: 'x', term: 'x', match: 'x',
              sentence: 'x', sentenceStart: 0, sentenceEnd: 1, start: i, end: i + 1, voice, section: 'body',
            });
          }
        });
      }
    }
    for (const c of data.lexicon.claims) {
      const present = o.claims?.includes(c.id) ?? false;
      data.claims.push({ outlet: o.id, claim: c.id, claimLabel: c.label, present, hits: present ? 1 : 0, articles: present ? 1 : 0 });
    }
  }
  return data;
}
