/**
 * End to end on the five seeds: the real analyze (@framelens/text), match
 * (@framelens/lexicon, compiled from pipelines/kazakhstan-2022/lexicon.yaml),
 * summariseArticle and aggregate (the reduce over part files), checked against hand counts
 * on the junge Welt seed.
 *
 * Hand count, junge Welt (corpus/kazakhstan-2022/junge-welt/2022-01-07-friedenstruppe-entsandt.md):
 * - Word tokens: 392 in the five prose paragraphs (92 + 77 + 57 + 105 + 61; numbers such as
 *   "2.000", "50", "13" are not words). Re-counted paragraph 3 word by word: "Eine für den
 *   Donnerstag angekündigte »Säuberungsaktion« im Stadtzentrum von Almaty lief erst mit
 *   mehrstündiger Verzögerung an." 16 + "Gegen Abend (Ortszeit) wurden nach Polizeiangaben etwa
 *   2.000 Personen festgenommen." 9 + "Die Regierung meldete auch, … zurückerobert zu haben." 19 +
 *   "Tagsüber waren … blockiert." 13 = 57. The first line (date header "date 2022-01" 1 word,
 *   credit "Pavel Mikheyev/REUTERS" 3, caption "Wer steht hinter den Protesten? … (6.1.2021)" 14)
 *   is boilerplate: 18 words, not counted.
 * - Peacekeeping (Friedenstruppe, Sicherung von Infrastrukturobjekten, …): 4 hits.
 *   1 "…um die Entsendung einer Friedenstruppe gebeten." own voice;
 *   2 "Von russischer Seite wurde betont, die Aufgabe der Friedenstruppe sei einzig die
 *     Sicherung von Infrastrukturobjekten, …" Friedenstruppe and 3 Sicherung von
 *     Infrastrukturobjekten: reported speech (cue "sei", speaker "Von russischer Seite");
 *   4 "Die Friedenstruppe wurde zu einem Zeitpunkt entsandt, …" own voice.
 *   → 4 hits, voices authorial 2 / reported 2, density 4 / 392 × 1000 = 10.204.
 * - Protest and unrest: 9 counted hits: Unruhen ("Angesichts der anhaltenden Unruhen"),
 *   Demonstranten ×3 ("teils bewaffneten Demonstranten" reported; "etwa 200 Demonstranten";
 *   "durch Demonstranten besetzte", reported: "Die Regierung meldete auch, …"),
 *   Protestierenden ("einige der Protestierenden"), Proteste ("waren die Proteste"), geplündert
 *   ("Geschäfte wurden geplündert"), Aufständischen ("Angriff von Aufständischen", reported:
 *   "nach staatlichen Angaben"), Protesten ("wer hinter den Protesten steht"). The caption's
 *   "Protesten" is boilerplate and not counted. → density 9 / 392 × 1000 = 22.959.
 * - State violence: 3 hits, none in the outlet's own voice: »Säuberungsaktion« (scare quotes:
 *   distanced), festgenommen ("nach Polizeiangaben": reported), »Dutzende von Banditen
 *   liquidiert« (quoted). → endorsement (0 − 1) / 3.
 * The software agreed with every count above; no fix was needed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Outlet } from '@framelens/corpus';
import { analyze } from '@framelens/text';
import { compileLexicon, loadLexicon, match, speakerGroup, type CompiledLexicon } from '@framelens/lexicon';
import { aggregate, type AggregateContext } from './aggregate.js';
import { summariseArticle } from '@framelens/facts';
import type { ArticleResult } from '@framelens/facts';
import type { ReportData } from './report-data.js';
import { reportJson } from './export.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpusDir = `${root}corpus/kazakhstan-2022/`;
const JW = 'junge-welt/2022-01-07-friedenstruppe-entsandt';

function readSeed(outlet: string, file: string): Article {
  const raw = readFileSync(`${corpusDir}${outlet}/${file}`, 'utf8');
  const date = /^date: "?([0-9-]+)"?$/m.exec(raw)?.[1];
  const article: Article = { id: `${outlet}/${file.replace(/\.md$/, '')}`, outlet, language: 'de', text: raw.replace(/^---\n[\s\S]*?\n---\n/, ''), source: { path: `corpus/kazakhstan-2022/${outlet}/${file}`, sha256: '0' } };
  if (date) article.date = date;
  return article;
}

const outletIds = readdirSync(corpusDir).filter((d) => !d.includes('.')).sort();
const articles = outletIds.flatMap((o) => readdirSync(`${corpusDir}${o}`).filter((f) => f.endsWith('.md')).map((f) => readSeed(o, f)));
const outlets: Outlet[] = outletIds.map((id) => ({ id, name: id, language: 'de', attribution: { status: 'confirmed' } }));

let lexicon: CompiledLexicon;
let results: ArticleResult[];
let data: ReportData;

function context(lx: CompiledLexicon): AggregateContext {
  return {
    pipeline: 'kazakhstan-2022', title: 'seeds', outlets, lexicon: lx,
    provenance: { framelensVersion: '0', lexicon: { path: 'lexicon.yaml', sha256: lx.sha256 }, corpus: { path: 'corpus', files: [] }, settings: {} },
    settings: { syndication: 'keep', evidencePerCell: 3, bootstrapSeed: 1, bootstrapSamples: 0 },
  };
}

beforeAll(async () => {
  lexicon = compileLexicon(await loadLexicon(`${root}pipelines/kazakhstan-2022/lexicon.yaml`));
  results = articles.map((a) => {
    const doc = analyze(a.text);
    return summariseArticle(a, doc, match(doc, lexicon), { speakerGroup: (p) => speakerGroup(lexicon, p) });
  });
  data = await aggregate(results, context(lexicon));
});

describe('seed corpus end to end against hand counts (junge Welt)', () => {
  const frame = (o: string, f: string) => data.outletFrames.find((r) => r.outlet === o && r.frame === f)!;
  it('word tokens and boilerplate', () => {
    const jw = data.outlets.find((o) => o.outlet === 'junge-welt')!;
    expect([jw.articles, jw.wordTokens, jw.boilerplateTokens]).toEqual([1, 392, 18]);
    expect(data.articles.find((a) => a.article === JW)?.wordTokens).toBe(392);
  });
  it('peacekeeping: 4 hits, density 10.204, voices authorial 2 / reported 2', () => {
    expect(frame('junge-welt', 'peacekeeping')).toMatchObject({ hits: 4, ownHits: 2, distancedHits: 0 });
    expect(frame('junge-welt', 'peacekeeping').density).toBeCloseTo((4 / 392) * 1000, 9);
    const voices = data.outletFrameVoices.filter((r) => r.outlet === 'junge-welt' && r.frame === 'peacekeeping').map((r) => [r.voice, r.hits]);
    expect(voices).toEqual([['authorial', 2], ['quoted', 0], ['reported', 2], ['distanced', 0]]);
  });
  it('protest and unrest: 9 hits (caption not counted), density 22.959', () => {
    expect(frame('junge-welt', 'protest-unrest').hits).toBe(9);
    expect(frame('junge-welt', 'protest-unrest').density).toBeCloseTo((9 / 392) * 1000, 9);
    // own voice: 9 − 3 reported (teils bewaffneten Demonstranten, durch Demonstranten besetzte, Aufständischen) = 6
    expect(frame('junge-welt', 'protest-unrest').ownHits).toBe(6);
  });
  it('state violence: 3 hits, none in own voice, endorsement −1/3', () => {
    expect(frame('junge-welt', 'state-violence')).toMatchObject({ hits: 3, ownHits: 0, distancedHits: 1 });
    expect(frame('junge-welt', 'state-violence').endorsement).toBeCloseTo(-1 / 3, 12);
  });
  it('the results in any order give the same bytes', async () => {
    const reversed = await aggregate([...results].reverse(), context(lexicon));
    expect(reportJson(reversed)).toBe(reportJson(data));
  });
  it('the seeds (independent reports of one event) are not text reuse of each other; every article has a reader payload', () => {
    expect(data.nearDuplicates).toEqual([]);
    expect(data.readers.map((r) => r.article)).toEqual(articles.map((a) => a.id));
  });
});
