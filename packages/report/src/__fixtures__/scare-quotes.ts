/**
 * The FAZ case of issue #21: the seed report plus an outlet that writes „Terroristen“ only in
 * scare quotes, to question the label. Counting all voices it is the darkest terror cell (more
 * terror hits per 1,000 words than any seed outlet); counting its own voice it has none. Its
 * rows are made the way the aggregator makes them: per frame and voice, with Garwood intervals.
 */
import type { ReportData } from '@framelens/aggregate';
import { poissonRate } from '@framelens/aggregate';
import { seedData } from './seed-data.js';

export const FAZ = { outlet: 'faz', name: 'Frankfurter Allgemeine Zeitung', frame: 'terror-extremism', words: 580, hits: 12 };
const SENTENCE = 'Die Regierung in Astana nennt die Demonstranten „Terroristen“ und lässt ohne Vorwarnung schießen.';

export function scareQuotesData(): ReportData {
  const data = seedData();
  const article = `${FAZ.outlet}/2022-01-07-terroristen`;
  const template = data.outlets.find((o) => o.outlet === 'nd')!;
  data.outlets.push({ ...template, outlet: FAZ.outlet, name: FAZ.name, url: 'https://www.faz.net/', attributionStatus: 'confirmed', attributionEvidence: 'Fixture.', wordTokens: FAZ.words, boilerplateTokens: 0, frameHits: FAZ.hits, firstDate: '2022-01-07', lastDate: '2022-01-07' });
  data.articles.push({ article, outlet: FAZ.outlet, title: 'Kasachstan: Schießbefehl gegen „Terroristen“', date: '2022-01-07', path: `corpus/kazakhstan-2022/faz/2022-01-07-terroristen.md`, wordTokens: FAZ.words, boilerplateTokens: 0, frameHits: FAZ.hits });
  for (const f of data.lexicon.frames) {
    const hits = f.id === FAZ.frame ? FAZ.hits : 0;
    const all = poissonRate(hits, FAZ.words);
    const own = poissonRate(0, FAZ.words);
    data.outletFrames.push({
      outlet: FAZ.outlet, frame: f.id, frameLabel: f.label, articles: 1, wordTokens: FAZ.words, hits, ownHits: 0, distancedHits: hits,
      density: all.rate, densityLow: all.low, densityHigh: all.high, ownDensity: own.rate, ownDensityLow: own.low, ownDensityHigh: own.high,
      share: hits ? 1 : 0, ...(hits ? { endorsement: -1 } : {}),
    });
    for (const voice of ['authorial', 'quoted', 'reported', 'distanced'] as const) {
      const n = voice === 'distanced' ? hits : 0;
      data.outletFrameVoices.push({ outlet: FAZ.outlet, frame: f.id, frameLabel: f.label, voice, hits: n, share: hits ? n / hits : 0 });
    }
  }
  const start = SENTENCE.indexOf('Terroristen');
  for (let i = 0; i < FAZ.hits; i++) {
    const offset = i * 200;
    data.evidence.push({
      id: `${article}#${offset + start}-${offset + start + 11}:frame:${FAZ.frame}`, article, outlet: FAZ.outlet, kind: 'frame', category: FAZ.frame, categoryLabel: 'Terror and extremism',
      label: 'Terroristen', term: 'Terroristen', match: 'Terroristen', sentence: SENTENCE, sentenceStart: offset, sentenceEnd: offset + SENTENCE.length,
      start: offset + start, end: offset + start + 11, voice: 'distanced', cue: '„…“', section: 'body',
    });
  }
  return data;
}
