import { describe, expect, it } from 'vitest';
import type { VoiceSpan } from '@framelens/text';
import type { ReportData } from './report-data.js';
import { aggregate, type AggregateContext } from './aggregate.js';
import { summariseArticle } from '@framelens/facts';
import { categoryLabels, evidenceRow } from './readers.js';
import { COLUMNS, csvFiles, reportJson, reportJsonChunks, toCsvFiles } from './export.js';
import { article, doc, find, hit, outlet, paragraphs, seedText, type HitSpec } from './__fixtures__/seed-doc.js';

// junge Welt seed, counted by hand (see the README's "Hand counts" note):
// body paragraphs hold 92 + 77 + 57 + 105 + 61 = 392 word tokens (numbers such as
// "2.000" and "13" are not words); the caption line before them holds 18 words.
const JW = 'junge-welt/2022-01-07-friedenstruppe-entsandt';
const text = seedText(`${JW}.md`);
const caption = paragraphs(text)[0]!;

const spans: VoiceSpan[] = [
  { ...span('die Aufgabe der Friedenstruppe sei', '»lokaler Kräfte«'), voice: 'reported', speaker: 'Von russischer Seite', cue: 'sei' },
  { ...find(text, '»lokaler Kräfte«'), voice: 'quoted', speaker: 'Von russischer Seite', cue: '»…«' },
  { ...find(text, '»Säuberungsaktion«'), voice: 'distanced', cue: '»…«' },
  { ...find(text, '»Dutzende von Banditen liquidiert«'), voice: 'quoted', speaker: 'anonymous', cue: '»…«' },
  { ...find(text, '»innerer Probleme«'), voice: 'quoted', speaker: 'Das russische Außenministerium', cue: '»…«' },
  { ...span('»von außen inszenierten', 'zu untergraben«'), voice: 'quoted', speaker: 'Das russische Außenministerium', cue: '»…«' },
  { ...find(text, '»beide Seiten zu Zurückhaltung«'), voice: 'quoted', speaker: 'Die USA', cue: '»…«' },
];
const jwDoc = doc(text, spans, [{ ...caption, reason: 'caption' }]);

const specs: HitSpec[] = [
  // peacekeeping: 3 hits, one in reported speech
  { category: 'peacekeeping', word: 'Friedenstruppe', after: 'Entsendung einer' },
  { category: 'peacekeeping', word: 'Friedenstruppe', after: 'die Aufgabe der', voice: 'reported', speaker: 'Von russischer Seite' },
  { category: 'peacekeeping', word: 'Friedenstruppe', after: 'Die Friedenstruppe wurde' },
  // protest: 8 matches, one in the caption (not counted), one reported → 7 counted, 6 own voice
  { category: 'protest', word: 'Protesten', after: 'Wer steht hinter den' },
  { category: 'protest', word: 'Unruhen', after: 'anhaltenden' },
  { category: 'protest', word: 'Demonstranten', after: 'teils bewaffneten', voice: 'reported', speaker: 'Von russischer Seite' },
  { category: 'protest', word: 'Demonstranten', after: 'etwa 200' },
  { category: 'protest', word: 'Demonstranten', after: 'zeitweise durch' },
  { category: 'protest', word: 'Proteste', after: 'waren die' },
  { category: 'protest', word: 'Aufständischen', after: 'Angriff von' },
  { category: 'protest', word: 'Protesten', after: 'Unklar ist weiterhin' },
  // repression: own, distanced, quoted → endorsement (1 − 1) / 3 = 0
  { category: 'repression', word: 'Säuberungsaktion', voice: 'distanced' },
  { category: 'repression', word: 'festgenommen' },
  { category: 'repression', word: 'liquidiert', voice: 'quoted', speaker: 'anonymous' },
  // naming of the protesters
  { kind: 'referent', category: 'protesters', word: 'Demonstranten', after: 'teils bewaffneten', voice: 'reported' },
  { kind: 'referent', category: 'protesters', word: 'Demonstranten', after: 'etwa 200' },
  { kind: 'referent', category: 'protesters', word: 'Demonstranten', after: 'zeitweise durch' },
  { kind: 'referent', category: 'protesters', word: 'Protestierenden', label: 'Protestierende' },
  { kind: 'referent', category: 'protesters', word: 'Aufständischen', label: 'Aufständische' },
  { kind: 'referent', category: 'protesters', word: 'Banditen', after: 'Dutzende von', voice: 'quoted' },
  // claims
  { kind: 'claim', category: 'arrests', word: 'festgenommen' },
  { kind: 'claim', category: 'beheaded', word: 'enthauptet' },
];
const jwHits = specs.map((s) => hit(jwDoc, s));

const lexicon = {
  lexicon: {
    name: 'test',
    version: '1',
    frames: [
      { id: 'terror', label: 'Terror', terms: [{ term: 'Terroristen' }] },
      { id: 'peacekeeping', label: 'Peacekeeping', terms: [{ term: 'Friedenstruppe' }] },
      { id: 'protest', label: 'Protest', terms: [{ term: 'Proteste' }, { term: 'Demonstranten' }] },
      { id: 'repression', label: 'Repression', terms: [{ term: 'festgenommen' }] },
    ],
    referents: [{ id: 'protesters', label: 'Protesters', labels: [{ term: 'Demonstranten' }, { term: 'Aufständische' }, { term: 'Banditen' }, { term: 'Protestierende' }, { term: 'Terroristen' }] }],
    claims: [
      { id: 'shoot-order', label: 'Shoot without warning', terms: [{ term: 'Schießbefehl' }] },
      { id: 'arrests', label: 'Arrests', terms: [{ term: 'festgenommen' }] },
      { id: 'beheaded', label: 'Officers beheaded', terms: [{ term: 'enthauptet' }] },
    ],
    speakers: [{ id: 'russia', label: 'Russian government', names: ['Außenministerium'] }],
  },
  sha256: 'abc',
  coveredStems: new Set(['friedenstrupp', 'demonstrant']),
};

const groupOf = (speaker: string) => (/russisch/i.test(speaker) ? 'russia' : undefined);

function context(overrides: Partial<AggregateContext['settings']> = {}): AggregateContext {
  return {
    pipeline: 'test',
    title: 'Test',
    outlets: [outlet('junge-welt', 'junge Welt', 'inferred'), outlet('nd', 'nd')],
    lexicon,
    provenance: { framelensVersion: '0.0.0', lexicon: { path: 'lexicon.yaml', sha256: 'abc' }, corpus: { path: 'corpus', files: [] }, settings: {} },
    settings: { syndication: 'keep', evidencePerCell: 2, bootstrapSeed: 1, bootstrapSamples: 200, ...overrides },
  };
}

const jwResult = summariseArticle(article(JW, 'junge-welt', text, { date: '2022-01-07' }), jwDoc, jwHits, { speakerGroup: groupOf });
const data = await aggregate([jwResult], context());

describe('summariseArticle on the junge Welt seed', () => {
  it('counts word tokens outside boilerplate (hand count 392) and the caption words (18)', () => {
    expect(jwResult.wordTokens).toBe(392);
    expect(jwResult.boilerplateTokens).toBe(18);
    expect(jwResult.boilerplate).toEqual([{ start: caption.start, end: caption.end, reason: 'caption', words: 18 }]);
  });
  it('labels sections: caption (not counted), lead = first prose paragraph, body', () => {
    const section = (word: string, after: string) => jwResult.evidence.find((e) => e.kind === 'frame' && e.start === find(text, word, after).start);
    expect(section('Protesten', 'Wer steht hinter den')).toMatchObject({ section: 'caption', excluded: 'boilerplate' });
    expect(section('Unruhen', 'anhaltenden')).toMatchObject({ section: 'lead', sentence: expect.stringMatching(/^Angesichts der anhaltenden Unruhen .* gebeten\.$/) });
    expect(section('Demonstranten', 'etwa 200')?.section).toBe('body');
    expect(section('Demonstranten', 'etwa 200')?.excluded).toBeUndefined();
  });
  it('attributes quoted and reported words to speaker groups', () => {
    // russia: »lokaler Kräfte« 2 + »innerer Probleme« 2 + »von außen … untergraben« 17 quoted; 19 reported words
    expect(jwResult.voiceWords).toEqual([
      { group: 'anonymous', speaker: 'anonymous', quotedWords: 4, reportedWords: 0 },
      { group: 'russia', speaker: 'Das russische Außenministerium', quotedWords: 19, reportedWords: 0 },
      { group: 'russia', speaker: 'Von russischer Seite', quotedWords: 2, reportedWords: 19 },
      { group: 'unassigned', speaker: 'Die USA', quotedWords: 4, reportedWords: 0 },
    ]);
  });
  it('survives a structured clone (it crosses worker threads)', () => {
    expect(structuredClone(jwResult)).toEqual(jwResult);
  });
  it('counts stems without stop words, with surface forms', () => {
    const { stems, forms, counts } = jwResult.terms;
    const fried = stems.flatMap((s, i) => (s === 'friedenstrupp' ? [[forms[i], counts[i]]] : []));
    expect(fried).toEqual([['Friedenstruppe', 3]]);
    expect(stems.filter((s) => s === 'der' || s === 'und')).toEqual([]);
    // one row per (stem, form), stems in code-unit order
    expect([...stems].sort()).toEqual(stems);
    expect(new Set(stems.map((s, i) => `${s}\u0000${forms[i]}`)).size).toBe(stems.length);
  });
});

describe('aggregate: per-outlet figures against hand counts', () => {
  const row = (o: string, f: string) => data.outletFrames.find((r) => r.outlet === o && r.frame === f)!;
  it('outlet totals', () => {
    expect(data.outlets.map((o) => [o.outlet, o.articles, o.wordTokens, o.boilerplateTokens, o.frameHits])).toEqual([
      ['junge-welt', 1, 392, 18, 13],
      ['nd', 0, 0, 0, 0],
    ]);
  });
  it('has a row for every outlet × frame, zeros included', () => {
    expect(data.outletFrames.map((r) => `${r.outlet}/${r.frame}`)).toEqual([
      'junge-welt/terror', 'junge-welt/peacekeeping', 'junge-welt/protest', 'junge-welt/repression',
      'nd/terror', 'nd/peacekeeping', 'nd/protest', 'nd/repression',
    ]);
  });
  it('peacekeeping: 3 hits, 2 own voice, per 1,000 words with Garwood interval', () => {
    const r = row('junge-welt', 'peacekeeping');
    expect([r.hits, r.ownHits, r.distancedHits]).toEqual([3, 2, 0]);
    expect(r.density).toBeCloseTo((3 / 392) * 1000, 9); // 7.653
    expect(r.densityLow).toBeCloseTo(0.6187 / 0.392, 2); // Garwood x = 3: [0.6187, 8.7673]
    expect(r.densityHigh).toBeCloseTo(8.7673 / 0.392, 2);
    expect(r.ownDensity).toBeCloseTo((2 / 392) * 1000, 9);
    expect(r.share).toBeCloseTo(3 / 13, 12);
    expect(r.endorsement).toBeCloseTo(2 / 3, 12);
    expect(r.bootstrapLow).toBeUndefined(); // one article
  });
  it('protest: 7 counted (caption excluded), 6 own voice', () => {
    const r = row('junge-welt', 'protest');
    expect([r.hits, r.ownHits]).toEqual([7, 6]);
    expect(r.density).toBeCloseTo(17.857, 3);
    expect(r.endorsement).toBeCloseTo(6 / 7, 12);
  });
  it('repression: endorsement (1 own − 1 distanced) / 3 = 0', () => {
    expect(row('junge-welt', 'repression')).toMatchObject({ hits: 3, ownHits: 1, distancedHits: 1, endorsement: 0 });
  });
  it('zero counts keep the exact upper bound; no words → zeros', () => {
    const r = row('junge-welt', 'terror');
    expect([r.hits, r.density, r.densityLow, r.endorsement]).toEqual([0, 0, 0, undefined]);
    expect(r.densityHigh).toBeCloseTo(3.6889 / 0.392, 3);
    expect(row('nd', 'terror')).toMatchObject({ hits: 0, density: 0, densityHigh: 0, share: 0 });
  });
  it('voices, naming, speakers, claims', () => {
    expect(data.outletFrameVoices.filter((r) => r.outlet === 'junge-welt' && r.frame === 'peacekeeping').map((r) => [r.voice, r.hits])).toEqual([
      ['authorial', 2], ['quoted', 0], ['reported', 1], ['distanced', 0],
    ]);
    expect(data.naming.filter((r) => r.outlet === 'junge-welt').map((r) => [r.label, r.hits, r.share])).toEqual([
      ['Demonstranten', 3, 0.5], ['Aufständische', 1, 1 / 6], ['Banditen', 1, 1 / 6], ['Protestierende', 1, 1 / 6], ['Terroristen', 0, 0],
    ]);
    const speakers = data.speakers.filter((r) => r.outlet === 'junge-welt');
    expect(speakers.map((r) => [r.group, r.quotedWords, r.reportedWords, r.share])).toEqual([
      ['russia', 21, 19, 40 / 48], ['unassigned', 4, 0, 4 / 48], ['anonymous', 4, 0, 4 / 48],
    ]);
    expect(speakers[0]!.speakers).toEqual(['Von russischer Seite', 'Das russische Außenministerium']);
    expect(data.claims.filter((r) => r.outlet === 'junge-welt').map((r) => [r.claim, r.present, r.hits])).toEqual([
      ['shoot-order', false, 0], ['arrests', true, 1], ['beheaded', true, 1],
    ]);
    expect(data.claims.find((r) => r.claim === 'arrests')?.evidence).toBe('Gegen Abend (Ortszeit) wurden nach Polizeiangaben etwa 2.000 Personen festgenommen.');
  });
  // ReportData.evidence holds only the capped rows the page embeds; every hit is in data/hits.parquet
  // (the store), counted in evidenceTotal. toCsvFiles writes evidence.csv only from a complete table.
  it('evidence: every hit in the CSV rows and evidenceTotal; the page keeps counted rows only, at most evidencePerCell per cell', () => {
    expect(data.evidenceTotal).toBe(specs.length);
    // the rows as the generic CSV writer formats the evidence table (each EvidenceRow, columns in COLUMNS order)
    const table = { ...data, evidence: jwResult.evidence.map((e) => evidenceRow(e, categoryLabels(lexicon.lexicon))), evidenceTotal: jwResult.evidence.length };
    const csv = toCsvFiles(table, { evidence: true }).get('evidence.csv')!;
    const lines = csv.split('\r\n').slice(1, -1);
    expect(lines).toHaveLength(specs.length);
    expect(lines.filter((l) => l.endsWith(',caption,boilerplate,'))).toHaveLength(1);
    expect(lines.some((l) => l.includes('"'))).toBe(true);
    expect(csv.slice(0, csv.indexOf('\r\n') + 2)).toBe('id,article,outlet,kind,category,categoryLabel,label,term,match,sentence,sentenceStart,sentenceEnd,start,end,voice,speaker,speakerGroup,cue,section,excluded,negation\r\n');
    // a partial table is refused rather than written half
    expect(() => toCsvFiles(data, { evidence: true })).toThrow(/hits\.parquet/);
    expect(data.evidence.filter((e) => e.excluded)).toHaveLength(0);
    const protest = data.evidence.filter((e) => e.category === 'protest');
    expect(protest.map((e) => e.match)).toEqual(['Unruhen', 'Demonstranten']);
    expect(data.evidenceCells!.find((c) => c.kind === 'frame' && c.category === 'protest')).toEqual({ outlet: 'junge-welt', kind: 'frame', category: 'protest', total: 7, shown: 2 });
    expect(data.warnings.map((w) => w.kind)).toEqual(['single-article-outlet', 'inferred-attribution', 'boilerplate-excluded', 'evidence-capped', 'other']);
  });
  it('exports the same bytes for the same input', async () => {
    const again = await aggregate([structuredClone(jwResult)], context());
    expect(reportJson(again)).toBe(reportJson(data));
    const csv = toCsvFiles(data);
    expect([...toCsvFiles(again)]).toEqual([...csv]);
    const frames = csv.get('outlet-frames.csv')!.split('\r\n');
    expect(frames[0]).toBe('outlet,frame,frameLabel,articles,wordTokens,hits,ownHits,distancedHits,density,densityLow,densityHigh,ownDensity,ownDensityLow,ownDensityHigh,bootstrapLow,bootstrapHigh,share,endorsement');
    expect(frames[2]).toBe('junge-welt,peacekeeping,Peacekeeping,1,392,3,2,0,7.6531,1.5782,22.3655,5.102,0.6179,18.4303,,,0.2308,0.6667');
    // RFC 4180: a sentence with commas is quoted
    expect(csv.get('claims.csv')).toContain(',"Auch die Polizei beklagt insgesamt 13 Tote, von denen zwei angeblich enthauptet wurden.",');
    expect(csv.get('claims.csv')).toContain(',Gegen Abend (Ortszeit) wurden nach Polizeiangaben etwa 2.000 Personen festgenommen.,');
    expect(JSON.parse(reportJson(data)).outletFrames[1].density).toBe(7.653061);
  });
  it('writes report.json as JSON.stringify with a 2-space indent would, a table row to a line, in pieces that join to it', () => {
    // the layout: top-level keys and objects indented, each row of a table (COLUMNS, evidenceCells, warningCounts) on one line
    const tables = new Set([...Object.keys(COLUMNS), 'evidenceCells', 'warningCounts']);
    const layout = (parsed: Record<string, unknown>) =>
      `{\n${Object.entries(parsed)
        .map(([k, v]) => `  ${JSON.stringify(k)}: ${tables.has(k) && Array.isArray(v) && v.length > 0 ? `[\n${v.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]` : JSON.stringify(v, null, 2).replaceAll('\n', '\n  ')}`)
        .join(',\n')}\n}\n`;
    const text = reportJson(data);
    expect(text).toBe(layout(JSON.parse(text)));
    expect(text).toContain(`"outlets": [\n    {"outlet":"${data.outlets[0]!.outlet}",`);
    expect([...reportJsonChunks(data)].join('')).toBe(text);
    // keys that look like array indexes come first in numeric order, as in any JavaScript object
    const odd = { ...data, provenance: { ...data.provenance, settings: { b: 1, 10: 'ten', 2: 'two', a: [] } } } as unknown as ReportData;
    const oddText = reportJson(odd);
    expect(oddText).toBe(layout(JSON.parse(oddText)));
    expect(oddText).toContain('"settings": {\n      "2": "two",\n      "10": "ten",\n      "a": [],\n      "b": 1\n    }');
  });
  it('yields a long CSV in pieces of 256 rows that join to the whole file', () => {
    const many = { ...data, overTime: Array.from({ length: 600 }, (_, i) => ({ outlet: 'o', date: `d${i}`, frame: 'f', hits: i, wordTokens: 100, density: i * 10 })) };
    const pieces = [...csvFiles(many).get('over-time.csv')!()];
    expect(pieces).toHaveLength(3);
    expect(pieces.join('')).toBe(toCsvFiles(many).get('over-time.csv'));
    expect(pieces.join('').split('\r\n')).toHaveLength(1 + 600 + 1);
  });
});

function span(from: string, to: string) {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start) + to.length;
  return { start, end };
}
