/** Frame profile: outlet × frame heatmap of hits per 1,000 words. */
import { toCsv } from '../csv.js';
import { type Chart, top, fmt1 } from './chart.js';

export const frameDensity: Chart = (data, L) => {
  const outletDomain = L.outletOrder;
  const heat = data.outletFrames.map((r) => ({
    outlet: r.outlet, outletLabel: L.outlet(r.outlet), frame: r.frame, frameLabel: L.frameLabel(r.frame),
    articles: r.articles, wordTokens: r.wordTokens, hits: r.hits, ownHits: r.ownHits, density: r.density, ownDensity: r.ownDensity,
  }));
  return {
    id: 'frame-density', section: 'frames', title: 'Frame density',
    question: 'Which frames does each outlet use, and how often?',
    howToRead: 'Each cell is hits of a frame per 1,000 words of an outlet; darker means more. Switch to "own voice only" to count only sentences the outlet writes itself. Click a cell to see its sentences.',
    control: { signal: 'voiceMode', label: 'Count', options: [{ value: 'all', label: 'all voices' }, { value: 'own', label: 'own voice only' }] },
    drill: { kind: 'frame', category: 'frame', outlet: 'outlet', ownVoiceSignal: 'voiceMode' },
    csv: toCsv(heat, ['outlet', 'outletLabel', 'frame', 'frameLabel', 'articles', 'wordTokens', 'hits', 'ownHits', 'density', 'ownDensity']),
    vegaLite: top({
      data: { values: heat },
      params: [{ name: 'voiceMode', value: 'all' }],
      transform: [
        { calculate: "voiceMode === 'own' ? datum.ownDensity : datum.density", as: 'value' },
        { calculate: "voiceMode === 'own' ? datum.ownHits : datum.hits", as: 'n' },
        { joinaggregate: [{ op: 'max', field: 'value', as: 'maxValue' }] },
      ],
      width: { step: 70 },
      height: { step: 34 },
      encoding: {
        x: { field: 'frameLabel', type: 'nominal', sort: L.frameOrder, title: null, axis: { orient: 'top', labelAngle: -35, labelAlign: 'left', labelLimit: 320 } },
        y: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null },
      },
      layer: [
        {
          mark: { type: 'rect', cursor: 'pointer', stroke: 'white', strokeWidth: 1 },
          encoding: {
            color: {
              condition: { test: 'datum.value === 0', value: '#f4f4f6' },
              field: 'value', type: 'quantitative', title: ['Hits per', '1,000 words'], scale: { scheme: 'blues', domainMin: 0 },
            },
            tooltip: [
              { field: 'outletLabel', title: 'Outlet' }, { field: 'frameLabel', title: 'Frame' },
              { field: 'value', title: 'per 1,000 words', format: fmt1 }, { field: 'n', title: 'hits' }, { field: 'wordTokens', title: 'words' },
            ],
          },
        },
        {
          mark: { type: 'text', fontSize: 11, cursor: 'pointer' },
          encoding: {
            text: { field: 'value', type: 'quantitative', format: fmt1 },
            color: { condition: { test: 'datum.value > 0.6 * datum.maxValue', value: 'white' }, value: '#222' },
          },
        },
      ],
    }),
  };
};
