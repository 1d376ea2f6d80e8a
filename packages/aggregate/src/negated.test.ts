// Negated hits ("kein Terrorist") are listed in the evidence with excluded: 'negated' and in a
// warning, and never counted as use: not in frame hits, not in own voice, not in naming.
import { compileLexicon, lexiconSchema, match } from '@framelens/lexicon';
import { analyze } from '@framelens/text';
import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate.js';
import { COLUMNS } from './export.js';
import { categoryLabels, evidenceRow } from './readers.js';
import { summariseArticle } from '@framelens/facts';
import { article, outlet } from './__fixtures__/seed-doc.js';

const lexicon = compileLexicon(
  lexiconSchema.parse({
    name: 'test',
    language: 'de',
    version: 1,
    frames: [{ id: 'terror', label: 'Terror', description: 'd', terms: ['Terrorist', 'Terrorismus'] }],
    referents: [{ id: 'musician', label: 'The pianist', labels: ['Terrorist', 'Jazzpianist'] }],
  }),
);

// written like a news report on a trial: one use, two rejections
const text = [
  'Die Staatsanwaltschaft nennt den Angeklagten einen Terroristen.',
  'Seine Anwältin sagte, der Pianist sei kein Terrorist, sondern ein bekannter Jazzpianist.',
  'Es sei falsch, einem Musiker Terrorismus vorzuwerfen, schrieb die Zeitung.',
].join(' ');

function result() {
  const doc = analyze(text);
  return summariseArticle(article('outlet-a/2022-01-10-prozess', 'outlet-a', text), doc, match(doc, lexicon));
}

describe('negated hits', () => {
  it('match marks them negated, with the cue', () => {
    const hits = match(analyze(text), lexicon).filter((h) => h.kind === 'frame');
    expect(hits.map((h) => [text.slice(h.start, h.end), h.negated ?? false, h.negation])).toEqual([
      ['Terroristen', false, undefined],
      ['Terrorist', true, 'kein'],
      ['Terrorismus', true, 'falsch'],
    ]);
  });

  it('are evidence rows with excluded: negated, and not in the counts', () => {
    const r = result();
    const frames = r.evidence.filter((e) => e.kind === 'frame');
    expect(frames.map((e) => [e.match, e.excluded, e.negation])).toEqual([
      ['Terroristen', undefined, undefined],
      ['Terrorist', 'negated', 'kein'],
      ['Terrorismus', 'negated', 'falsch'],
    ]);
    const counted = r.evidence.filter((e) => e.excluded === undefined);
    expect(counted.filter((e) => e.kind === 'frame')).toHaveLength(1);
    // the negated label is not a naming of the pianist; "Jazzpianist" after "sondern" is
    expect([...new Set(counted.filter((e) => e.kind === 'referent').map((e) => e.label))].sort()).toEqual(['Jazzpianist', 'Terrorist']);
    expect(COLUMNS.evidence.columns.slice(-2)).toEqual(['excluded', 'negation']);
    const rows = r.evidence.map((e) => evidenceRow(e, categoryLabels(lexicon.lexicon)));
    expect(rows.filter((e) => e.kind === 'frame' && e.excluded === 'negated').map((e) => e.negation)).toEqual(['kein', 'falsch']);
  });

  it('the report counts one terror hit and lists the two rejections in a warning', async () => {
    const data = await aggregate([result()], {
      pipeline: 'test',
      title: 'Test',
      outlets: [outlet('outlet-a', 'Outlet A')],
      lexicon,
      provenance: { framelensVersion: '0.0.0', lexicon: { path: 'lexicon.yaml', sha256: lexicon.sha256 }, corpus: { path: 'corpus', files: [] }, settings: {} },
      settings: { syndication: 'keep', evidencePerCell: 5, bootstrapSeed: 1, bootstrapSamples: 50 },
    });
    const terror = data.outletFrames.find((f) => f.frame === 'terror')!;
    expect(terror.hits).toBe(1);
    expect(data.warnings.filter((w) => w.kind === 'negated-hits').map((w) => w.message)).toEqual([
      // one entry per place in the text (review2 F8): the frame and the referent hit on "Terrorist" share one
      'outlet-a/2022-01-10-prozess: 3 hits at 2 places inside a negation or rejection, listed in the evidence (excluded: negated) and not counted as use: "Terrorist" (kein; frame + referent), "Terrorismus" (falsch).',
    ]);
  });
});
