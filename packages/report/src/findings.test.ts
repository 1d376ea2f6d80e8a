import { describe, expect, it } from 'vitest';
import { findingsData, type FixtureOutlet } from './__fixtures__/findings-corpus.js';
import { seedData } from './__fixtures__/seed-data.js';
import { findings } from './findings.js';

const text = (html: string) => html.replace(/<[^>]+>/g, '');
const five = [1000, 1000, 1000, 1000, 1000];
const each = (n: number, articles = 5) => Array.from({ length: articles }, () => n);

/**
 * Six German outlets, two English ones and a German test copy. Hand-worked figures:
 * - A: protest 40 own-voice hits in 5 articles of 1,000 words = 8.0 per 1,000, Garwood 95% interval
 *   28.58–54.47 hits = 5.7–10.9; the other five German outlets' own-voice densities are B, C, D 2.0,
 *   TINY 28.3 (3 hits in its one article of 106 words: the review's Harbour Review case), Q 0:
 *   median 2.0, so A is 4.0× it and its interval excludes it.
 * - B: peacekeeping 12 hits = 2.4 (interval 1.24–4.19); the others A, C, D 2.0, TINY 0, Q 0:
 *   median 2.0, inside B's interval: not distinguishable.
 * - E1, E2 (English): 25 state-violence hits each, but only one other English outlet: no median.
 * - C: all 12 of its terror hits in scare quotes, in 4 articles: Wilson 95% interval 76–100%.
 * - Q: 12 quoted protest hits in 4 articles, none in its own voice.
 * - T (test copy): protest 100 hits = 20.0 (interval 81.36–121.63 hits = 16.3–24.3).
 */
const OUTLETS: FixtureOutlet[] = [
  { id: 'a', language: 'de', words: five, own: { 'protest-unrest': each(8), peacekeeping: each(2) }, claims: ['shoot-without-warning'] },
  { id: 'b', language: 'de', words: five, own: { 'protest-unrest': each(2), peacekeeping: [3, 3, 2, 2, 2] }, claims: ['shoot-without-warning'] },
  { id: 'c', language: 'de', words: five, own: { 'protest-unrest': each(2), peacekeeping: each(2) }, distanced: { 'terror-extremism': [3, 3, 3, 3, 0] } },
  { id: 'd', language: 'de', words: five, own: { 'protest-unrest': each(2), peacekeeping: each(2) } },
  { id: 'tiny', language: 'de', words: [106], own: { 'protest-unrest': [3] }, distanced: { 'terror-extremism': [5] } },
  { id: 'q', language: 'de', words: [1000, 1000, 1000, 1000], quoted: { 'protest-unrest': each(3, 4) } },
  { id: 'e1', language: 'en', words: five, own: { 'state-violence': each(5) }, claims: ['shoot-without-warning'] },
  { id: 'e2', language: 'en', words: five, own: { 'state-violence': each(5) } },
  { id: 't', language: 'de', words: five, own: { 'protest-unrest': each(20) }, testCopy: true },
];

describe('Findings at a glance (review F3)', () => {
  it('names an outlet only with enough hits in enough articles, against the median of its language, with the interval', () => {
    const box = text(findings(findingsData(OUTLETS)));
    expect(box).toContain(
      'Own-voice use of the Protest and unrest frame is highest in Outlet A: 8.0 per 1,000 words (95% interval 5.7–10.9; 40 hits in 5 of its 5 articles), above the median of the other 5 German-language outlets (2.0; 4.0×). Outlet Q uses it only in quotes, attributions or at a distance (10 or more hits in 3 or more articles, none in its own voice).',
    );
    // the 106-word outlet has the highest density of all (28.3) and is never named; nor is the test copy
    expect(box).not.toContain('Outlet TINY');
    expect(box).not.toContain('Outlet T:');
    // B's peacekeeping is the highest but not distinguishable; the English outlets have no median
    expect(box).not.toContain('Peacekeeping');
    expect(box).not.toContain('State violence');
    expect(box).toContain('Not distinguishable from the median, so not listed: 1 frame whose highest outlet\'s interval includes it.');
    expect(box).toContain('Outlet C keeps the Terror and extremism frame at a distance most often: 12 of its 12 hits of that frame (100%, 95% interval 76–100%), in 4 articles, in scare quotes or with "so-called".');
    expect(box).toContain('No term of the claim Shoot-without-warning order was found in any article of 4 of the 7 outlets with 3 or more articles; 1 outlet with fewer articles is not counted (too little text to say).');
    expect(box).toContain('1 outlet marked testCopy in outlet.yaml (fictional, written for tests) is left out (testCopiesInFindings: true in pipeline.yaml includes them).');
  });

  it('takes test copies in when the pipeline says so', () => {
    const box = text(findings(findingsData(OUTLETS, { testCopiesInFindings: true })));
    expect(box).toContain('Own-voice use of the Protest and unrest frame is highest in Outlet T: 20.0 per 1,000 words (95% interval 16.3–24.3; 100 hits in 5 of its 5 articles), above the median of the other 6 German-language outlets (2.0; 10.0×).');
    expect(box).not.toContain('left out');
  });

  it('says why nothing clears the bar', () => {
    // only the two English outlets: enough hits, nobody to compare with
    expect(text(findings(findingsData(OUTLETS.filter((o) => o.language === 'en').map(({ claims: _, ...o }) => o))))).toContain(
      'No finding clears the bar: for 1 frame the outlet with enough hits has fewer than 3 other outlets in its language to compare with.',
    );
    // four German outlets with 3 own-voice hits per article, in 2 articles: too few articles with hits
    const thin = ['w', 'x', 'y', 'z'].map((id) => ({ id, language: 'de', words: five, own: { 'protest-unrest': [6, 6, 0, 0, 0] } }));
    expect(text(findings(findingsData(thin)))).toContain('No finding clears the bar: no outlet has 10 or more own-voice hits of one frame in 3 or more of its articles (4 outlets have that many articles).');
  });

  it('on the seed report: every German outlet has one article, the English outlets are test copies', () => {
    // hand-checked: the five German seed outlets have 1 article each, the two fictional English outlets 2 each
    const seed = seedData();
    expect(seed.outlets.map((o) => [o.outlet, o.articles, o.testCopy ?? false])).toEqual([
      ['augsburger-allgemeine', 1, false], ['dpa-wire', 1, false], ['fictional-state-agency-en', 2, true], ['fictional-wire-en', 2, true], ['junge-welt', 1, false], ['kleine-zeitung', 1, false], ['nd', 1, false],
    ]);
    const box = text(findings(seed));
    expect(box).toContain('No finding clears the bar: none of the 5 outlets has 3 or more articles.');
    expect(box).toContain('2 outlets marked testCopy in outlet.yaml (fictional, written for tests) are left out');
    expect(box).not.toContain('Own-voice use');
    seed.provenance.settings['testCopiesInFindings'] = true;
    expect(text(findings(seed))).toContain('No finding clears the bar: none of the 7 outlets has 3 or more articles.');
  });
});
