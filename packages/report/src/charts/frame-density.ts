/**
 * Frame profile: outlet × frame heatmap of hits per 1,000 words, the first chart of the page.
 * It opens on own-voice density (sentences the outlet writes itself): counting all voices, an
 * outlet that puts a term in scare quotes to question it ("Terroristen") would be the darkest
 * cell of that frame. All voices are one choice away and labelled as including quotes and
 * attributions; a cell whose hits are kept at a distance or rejected says how many.
 */
import { toCsv } from '../csv.js';
import { type Chart, byGroup, fmt1, top } from './chart.js';
import { columnLabels } from './column-labels.js';

export const OWN_VOICE_TITLE = 'Own voice only: hits per 1,000 words in sentences the outlet writes itself';
export const ALL_VOICES_TITLE = 'All voices, including quotes and attributions: hits per 1,000 words';

export const frameDensity: Chart = (data, L) => {
  const outletDomain = L.outletOrder;
  const columns = columnLabels(L.frameOrder, 78);
  // hits by voice per cell: what the own-voice figure leaves out
  const byVoice = new Map<string, Map<string, number>>();
  for (const v of data.outletFrameVoices) {
    const k = `${v.outlet}\u0000${v.frame}`;
    const m = byVoice.get(k) ?? new Map<string, number>();
    m.set(v.voice, (m.get(v.voice) ?? 0) + v.hits);
    byVoice.set(k, m);
  }
  const heat = data.outletFrames.map((r) => {
    const voices = byVoice.get(`${r.outlet}\u0000${r.frame}`) ?? new Map<string, number>();
    const distancedHits = voices.get('distanced') ?? r.distancedHits ?? 0;
    const negatedHits = voices.get('negated') ?? 0;
    return {
      outlet: r.outlet, outletLabel: L.outlet(r.outlet), group: L.group(r.outlet), frame: r.frame, frameLabel: L.frameLabel(r.frame),
      articles: r.articles, wordTokens: r.wordTokens, hits: r.hits, ownHits: r.ownHits, distancedHits, negatedHits,
      otherHits: r.hits - r.ownHits - distancedHits - negatedHits, density: r.density, ownDensity: r.ownDensity,
      // the second line of an own-voice cell: hits of the frame the outlet keeps at a distance or rejects
      note: distancedHits > 0 ? `${distancedHits} distanced` : negatedHits > 0 ? `${negatedHits} negated` : '',
    };
  });
  return {
    id: 'frame-density', section: 'frames', title: 'Frame density',
    question: 'Which frames does each outlet use in its own voice, and how often?',
    howToRead: 'Each cell is hits of a frame per 1,000 words of an outlet, counting only sentences the outlet writes itself; darker means more. "2 distanced" under a number: hits the outlet puts in scare quotes or "so-called" (not counted as its own use). Switch to "all voices" to include quotes and attributions. Click a cell to see its sentences.',
    control: { signal: 'voiceMode', label: 'Count', options: [{ value: 'own', label: 'own voice only' }, { value: 'all', label: 'all voices, including quotes and attributions' }] },
    drill: { kind: 'frame', category: 'frame', outlet: 'outlet', ownVoiceSignal: 'voiceMode' },
    csv: toCsv(heat, ['outlet', 'outletLabel', 'group', 'frame', 'frameLabel', 'articles', 'wordTokens', 'hits', 'ownHits', 'distancedHits', 'negatedHits', 'otherHits', 'density', 'ownDensity']),
    vegaLite: top(byGroup(L, data.outlets.length, {
      data: { values: heat },
      params: [{ name: 'voiceMode', value: 'own' }],
      title: { text: { expr: `voiceMode === 'own' ? ${JSON.stringify(OWN_VOICE_TITLE)} : ${JSON.stringify(ALL_VOICES_TITLE)}` }, anchor: 'start', fontSize: 12, fontWeight: 'normal', color: '#333', offset: 6 },
      transform: [
        { calculate: "voiceMode === 'own' ? datum.ownDensity : datum.density", as: 'value' },
        { calculate: "voiceMode === 'own' ? datum.ownHits : datum.hits", as: 'n' },
        { calculate: "voiceMode === 'own' ? datum.note : ''", as: 'shownNote' },
        { joinaggregate: [{ op: 'max', field: 'value', as: 'maxValue' }] },
      ],
    }, {
      width: { step: columns.step },
      height: { step: 34 },
      encoding: {
        // horizontal frame names wrapped onto a few lines, not slanted (column-labels.ts)
        x: { field: 'frameLabel', type: 'nominal', sort: L.frameOrder, title: null, axis: columns.axis },
        y: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null },
      },
      layer: [
        {
          mark: { type: 'rect', cursor: 'pointer', stroke: 'white', strokeWidth: 1 },
          encoding: {
            color: {
              condition: { test: 'datum.value === 0', value: '#f4f4f6' },
              // below the table: the columns get the width a legend at the side would take
              field: 'value', type: 'quantitative', title: 'Hits per 1,000 words', scale: { scheme: 'blues', domainMin: 0 }, legend: { orient: 'bottom', direction: 'horizontal', gradientLength: 200 },
            },
            tooltip: [
              { field: 'outletLabel', title: 'Outlet' }, { field: 'frameLabel', title: 'Frame' },
              { field: 'ownDensity', title: 'own voice, per 1,000 words', format: fmt1 }, { field: 'ownHits', title: 'own-voice hits' },
              { field: 'density', title: 'all voices (incl. quotes, attributions), per 1,000 words', format: fmt1 }, { field: 'hits', title: 'all hits' },
              { field: 'distancedHits', title: 'distanced hits' }, { field: 'negatedHits', title: 'negated hits' }, { field: 'wordTokens', title: 'words' },
            ],
          },
        },
        // the number, centred or raised above its note; the note (empty text when there is none)
        {
          mark: { type: 'text', fontSize: 11, cursor: 'pointer', baseline: 'middle', dy: { expr: "datum.shownNote === '' ? 0 : -6" } },
          encoding: {
            text: { field: 'value', type: 'quantitative', format: fmt1 },
            color: { condition: { test: 'datum.value > 0.6 * datum.maxValue', value: 'white' }, value: '#222' },
          },
        },
        {
          mark: { type: 'text', fontSize: 9, cursor: 'pointer', baseline: 'middle', dy: 8, fontWeight: 'bold' },
          encoding: {
            text: { field: 'shownNote', type: 'nominal' },
            color: { condition: { test: 'datum.value > 0.6 * datum.maxValue', value: 'white' }, value: '#B34700' },
          },
        },
      ],
    })),
  };
};
