/**
 * Voice: stacked bars per outlet and frame, split by voice. One panel per frame, four panels to a
 * row with the outlets named once per row, so 40 outlets and 8 frames stay two screens tall; the
 * colours are voices (at most a handful), never outlets. A voice the page does not know (a newer
 * pipeline's category) gets a grey of its own and its raw name in the legend.
 */
import { toCsv } from '../csv.js';
import { voiceColour, voiceLabel, voiceOrder } from '../palette.js';
import { type Chart, framePanels, labelExprFor, PANEL_SIZE, top } from './chart.js';

export const voiceByFrame: Chart = (data, L) => {
  const outletDomain = L.outletOrder;
  const order = voiceOrder(data.outletFrameVoices.filter((r) => r.hits > 0).map((r) => r.voice));
  const voice = data.outletFrameVoices.filter((r) => r.hits > 0).map((r) => ({
    outlet: r.outlet, outletLabel: L.outlet(r.outlet), frame: r.frame, frameLabel: L.frameLabel(r.frame),
    voice: r.voice, voiceLabel: voiceLabel(r.voice), voiceOrder: order.indexOf(r.voice), hits: r.hits, share: r.share,
  }));
  return {
    id: 'voice-by-frame', section: 'voice', title: 'Voice of frame hits',
    question: 'Does each outlet use a frame in its own voice, or only quote and report others using it?',
    howToRead: 'One panel per frame; each bar splits an outlet\'s hits of that frame by voice. Dark blue is the outlet\'s own voice; the other colours are words it attributes to someone else, keeps at a distance or rejects. Click a segment to see its sentences.',
    drill: { kind: 'frame', category: 'frame', outlet: 'outlet', voice: 'voice' },
    csv: toCsv(voice, ['outlet', 'outletLabel', 'frame', 'frameLabel', 'voice', 'hits', 'share']),
    vegaLite: top({
      data: { values: voice },
      ...framePanels(L),
      spec: {
        ...PANEL_SIZE,
        mark: { type: 'bar', cursor: 'pointer' },
        encoding: {
          y: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null, scale: { domain: outletDomain } },
          x: { field: 'hits', type: 'quantitative', stack: 'zero', title: 'Hits', axis: { tickMinStep: 1, tickCount: 4, labelOverlap: 'greedy' } },
          color: { field: 'voice', type: 'nominal', title: 'Voice', scale: { domain: order, range: order.map(voiceColour) }, legend: { orient: 'top', labelExpr: labelExprFor(Object.fromEntries(order.map((v) => [v, voiceLabel(v)]))) } },
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
