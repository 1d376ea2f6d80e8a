/**
 * A large report generated from the seed report, for layout tests with many outlets: 30 outlets
 * (long and short names, four kinds, three attribution statuses, user groups on some) with 200
 * articles each (6,000), dated over ten days. Each outlet borrows the figures of one seed outlet,
 * scaled by a seeded random factor, and its evidence, reader, naming, speakers and distinctive
 * words (with the seed outlet's own terms, so labels are real German words of real lengths);
 * densities and Garwood intervals are recomputed from the counts. 124 near-duplicate pairs and
 * one boilerplate warning per tenth article fill the warnings.
 */
import type { OutletFrameRow, OutletFrameVoiceRow, ReportData } from '@framelens/aggregate';
import { mulberry32, poissonRate } from '@framelens/aggregate';
import { corpusFromArticles } from '../corpus.js';
import { seedData } from './seed-data.js';

const NAMES = [
  'Frankfurter Allgemeine Zeitung', 'Süddeutsche Zeitung', 'taz', 'Die Welt', 'Der Standard', 'Die Presse', 'Neue Zürcher Zeitung',
  'RT DE', 'SNA', 'TASS (deutsch)', 'Deutsche Welle', 'tagesschau.de', 'ZDFheute', 'ORF.at', 'SRF News', 'Handelsblatt', 'Der Spiegel',
  'Die Zeit', 'Berliner Zeitung', 'Tagesspiegel', 'Rheinische Post', 'Stuttgarter Zeitung', 'Kurier', 'Salzburger Nachrichten',
  'Tages-Anzeiger', 'Neues Deutschland (Archiv)', 'Ostsee-Zeitung', 'Märkische Allgemeine', 'Freie Presse', 'Mitteldeutsche Zeitung',
];
const KINDS = ['daily', 'weekly', 'broadcaster', 'state media'];
const COUNTRIES = ['DE', 'AT', 'CH', 'RU'];
const STATUSES = ['confirmed', 'inferred', 'unverified'] as const;
const DAYS = Array.from({ length: 10 }, (_, i) => `2022-01-${String(i + 3).padStart(2, '0')}`);

export interface ManyOptions { outlets?: number; articlesPerOutlet?: number; seed?: number }

export function manyOutlets({ outlets: n = 30, articlesPerOutlet = 200, seed = 20220106 }: ManyOptions = {}): ReportData {
  const base = seedData();
  const random = mulberry32(seed);
  const int = (max: number) => Math.floor(random() * max);
  const slug = (name: string) => name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const ids = NAMES.slice(0, n).map(slug);
  const source = ids.map((_, i) => base.outlets[i % base.outlets.length]!.outlet);
  const scale = ids.map(() => 0.3 + random() * 1.7);
  const rename = <T extends { outlet: string }>(rows: readonly T[], i: number): T[] => rows.filter((r) => r.outlet === source[i]).map((r) => ({ ...r, outlet: ids[i]! }));

  const articles: ReportData['articles'] = [];
  const wordsOf: number[] = [];
  ids.forEach((id, i) => {
    const seedArticle = base.articles.find((a) => a.outlet === source[i])!;
    let words = 0;
    for (let k = 0; k < articlesPerOutlet; k++) {
      const date = DAYS[k % DAYS.length]!;
      const wordTokens = 300 + int(600);
      words += wordTokens;
      articles.push({ ...seedArticle, article: `${id}/${date}-${String(k).padStart(3, '0')}`, outlet: id, date, path: `corpus/many/${id}/${date}-${k}.md`, wordTokens, frameHits: int(30) });
    }
    wordsOf.push(words);
  });

  const outletFrames: OutletFrameRow[] = [];
  const outletFrameVoices: OutletFrameVoiceRow[] = [];
  ids.forEach((id, i) => {
    const words = wordsOf[i]!;
    for (const r of base.outletFrames.filter((x) => x.outlet === source[i])) {
      const voices = base.outletFrameVoices.filter((v) => v.outlet === source[i] && v.frame === r.frame);
      const counts = voices.map((v) => Math.round((v.hits * words * scale[i]!) / r.wordTokens / 4));
      const hits = counts.reduce((s, c) => s + c, 0);
      const at = (voice: string) => counts[voices.findIndex((v) => v.voice === voice)] ?? 0;
      const all = poissonRate(hits, words);
      const own = poissonRate(at('authorial'), words);
      outletFrames.push({
        ...r, outlet: id, articles: articlesPerOutlet, wordTokens: words, hits, ownHits: at('authorial'), distancedHits: at('distanced'),
        density: all.rate, densityLow: all.low, densityHigh: all.high, ownDensity: own.rate, ownDensityLow: own.low, ownDensityHigh: own.high, share: 0,
        ...(hits > 0 ? { endorsement: (at('authorial') - at('distanced')) / hits } : {}),
      });
      if (hits === 0) delete outletFrames[outletFrames.length - 1]!.endorsement;
      voices.forEach((v, k) => outletFrameVoices.push({ ...v, outlet: id, hits: counts[k]!, share: hits ? counts[k]! / hits : 0 }));
    }
  });

  const firstArticle = (i: number) => `${ids[i]}/${DAYS[0]}-000`;
  const evidence = ids.flatMap((id, i) => rename(base.evidence, i).map((r) => ({ ...r, id: r.id.replace(/^[^#]*/, firstArticle(i)), article: firstArticle(i) })));
  const readers = ids.map((id, i) => ({ ...base.readers.find((r) => r.outlet === source[i])!, outlet: id, article: firstArticle(i) }));
  const pairs = Array.from({ length: 124 }, (_, k) => {
    const a = articles[int(articles.length)]!;
    const b = articles[int(articles.length)]!;
    return { articleA: a.article, articleB: b.article, outletA: a.outlet, outletB: b.outlet, similarity: 0.2 + random() * 0.8, passages: [{ startA: 0, endA: 40, startB: 0, endB: 40, text: `Geteilte Agenturmeldung Nummer ${k} über die Lage in Almaty.` }] };
  }).sort((x, y) => x.articleA.localeCompare(y.articleA) || x.articleB.localeCompare(y.articleB));
  const outlets: ReportData['outlets'] = ids.map((id, i) => {
    const status = STATUSES[i % STATUSES.length]!;
    const row = {
      ...base.outlets.find((o) => o.outlet === source[i])!, outlet: id, name: NAMES[i]!, kind: KINDS[i % KINDS.length]!, country: COUNTRIES[i % COUNTRIES.length]!,
      attributionStatus: status as 'confirmed', attributionEvidence: status === 'unverified' ? 'Added by add-outlet; no evidence given.' : 'Fixture.',
      articles: articlesPerOutlet, wordTokens: wordsOf[i]!, frameHits: 0, firstDate: DAYS[0]!, lastDate: DAYS[DAYS.length - 1]!,
      // every third outlet names a user-defined group (outlet.yaml `group`), which wins over its kind
      ...(i % 3 === 0 ? { group: i % 2 ? 'panel A' : 'panel B' } : {}),
    };
    return row;
  });
  return {
    ...base,
    outlets,
    articles,
    corpus: corpusFromArticles(articles),
    outletFrames,
    outletFrameVoices,
    naming: ids.flatMap((_, i) => rename(base.naming, i)),
    speakers: ids.flatMap((_, i) => rename(base.speakers, i)),
    claims: ids.flatMap((_, i) => rename(base.claims, i).map((c) => ({ ...c, present: random() < 0.6, articles: c.present ? 1 + int(20) : 0 }))),
    distinctive: ids.flatMap((_, i) => rename(base.distinctive, i).map((d) => ({ ...d, rate: d.rate * scale[i]!, z: d.z * (0.8 + random() * 0.6) }))),
    lexiconGaps: ids.flatMap((_, i) => rename(base.lexiconGaps, i)),
    nearDuplicates: pairs,
    overTime: ids.flatMap((id, i) => DAYS.flatMap((date) => base.lexicon.frames.map((f) => {
      const words = Math.round(wordsOf[i]! / DAYS.length);
      const hits = int(8);
      return { outlet: id, date, frame: f.id, hits, wordTokens: words, density: (hits / words) * 1000 };
    }))),
    evidence,
    evidenceTotal: evidence.length,
    evidenceCells: ids.flatMap((_, i) => rename(base.evidenceCells ?? [], i)),
    readers,
    warnings: [
      ...outlets.filter((o) => o.attributionStatus !== 'confirmed').map((o) => ({ kind: `${o.attributionStatus}-attribution` as 'inferred-attribution', outlet: o.outlet, message: `${o.name}: attribution ${o.attributionStatus}.` })),
      ...pairs.map((p) => ({ kind: 'near-duplicate' as const, article: p.articleA, message: `${p.articleA} and ${p.articleB} share text.` })),
      ...articles.filter((_, k) => k % 10 === 0).map((a) => ({ kind: 'boilerplate-excluded' as const, article: a.article, message: `${a.article}: 12 words in 2 boilerplate spans excluded.` })),
    ],
    provenance: { ...base.provenance, corpus: { path: 'corpus/many', files: articles.map((a) => ({ path: a.path, sha256: '0'.repeat(64) })) } },
  };
}
