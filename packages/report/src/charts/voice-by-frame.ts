/** Voice: stacked bars per outlet and frame, split by voice. */
import { toCsv } from '../csv.js';
import { VOICE_COLOURS, VOICE_LABELS } from '../palette.js';
import { type Chart, top, labelExprFor } from './chart.js';

export const voiceByFrame: Chart = (data, L) => {
  const outletDomain = L.outletOrder;
  const voiceOrder = ['authorial', 'quoted', 'reported', 'distanced'];
  const voice = data.outletFrameVoices.filter((r) => r.hits > 0).map((r) => ({
    outlet: r.outlet, outletLabel: L.outlet(r.outlet), frame: r.frame, frameLabel: L.frameLabel(r.frame),
    voice: r.voice, voiceLabel: VOICE_LABELS[r.voice] ?? r.voice, voiceOrder: voiceOrder.indexOf(r.voice), hits: r.hits, share: r.share,
  }));
  return {
    id: 'voice-by-frame', section: 'voice', title: 'Voice of frame hits',
    question: 'Does each outlet use a frame in its own voice, or only quote and report others using it?',
    howToRead: 'One panel per frame; each bar splits an outlet\'s hits of that frame by voice. Dark blue is the outlet\'s own voice; the other colours are words it attributes to someone else. Click a segment to see its sentences.',
    drill: { kind: 'frame', category: 'frame', outlet: 'outlet', voice: 'voice' },
    csv: toCsv(voice, ['outlet', 'outletLabel', 'frame', 'frameLabel', 'voice', 'hits', 'share']),
    vegaLite: top({
      data: { values: voice },
      facet: { row: { field: 'frameLabel', type: 'nominal', sort: L.frameOrder, title: null, header: { labelAngle: 0, labelAlign: 'left', labelOrient: 'top', labelAnchor: 'start', labelPadding: 4 } } },
      spacing: 10,
      spec: {
        width: 360,
        height: { step: 14 },
        mark: { type: 'bar', cursor: 'pointer' },
        encoding: {
          y: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null, scale: { domain: outletDomain } },
          x: { field: 'hits', type: 'quantitative', stack: 'zero', title: 'Hits', axis: { tickMinStep: 1 } },
          color: { field: 'voice', type: 'nominal', title: 'Voice', scale: { domain: voiceOrder, range: voiceOrder.map((v) => VOICE_COLOURS[v]) }, legend: { orient: 'top', labelExpr: labelExprFor(VOICE_LABELS) } },
          order: { field: 'voiceOrder', type: 'quantitative' },
          tooltip: [
            { field: 'outletLabel', title: 'Outlet' }, { field: 'frameLabel', title: 'Frame' }, { field: 'voiceLabel', title: 'Voice' },
            { field: 'hits', title: 'hits' }, { field: 'share', title: 'share of the frame', format: '.0%' },
          ],
        },
      },
      resolve: { scale: { x: 'shared' } },
    }),
  };
};
