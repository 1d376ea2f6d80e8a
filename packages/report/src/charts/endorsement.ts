/** Voice: the endorsement index, (own − distanced) / all hits, as a heatmap. */
import { toCsv } from '../csv.js';
import { type Chart, byGroup, top } from './chart.js';

export const endorsement: Chart = (data, L) => {
  const outletDomain = L.outletOrder;
  const endorse = data.outletFrames.filter((r) => r.endorsement !== undefined).map((r) => ({
    outlet: r.outlet, outletLabel: L.outlet(r.outlet), group: L.group(r.outlet), frame: r.frame, frameLabel: L.frameLabel(r.frame), hits: r.hits, ownHits: r.ownHits, endorsement: r.endorsement!,
  }));
  return {
    id: 'endorsement', section: 'voice', title: 'Endorsement index',
    question: 'Which frames does each outlet adopt, and which does it keep at a distance?',
    howToRead: 'Endorsement = (own-voice hits − distanced hits) / all hits of the frame: +1 means the outlet only uses the frame itself, −1 only in scare quotes or "so-called"; near 0 it mostly reports others. Empty cells: the frame does not occur.',
    drill: { kind: 'frame', category: 'frame', outlet: 'outlet' },
    csv: toCsv(endorse, ['outlet', 'outletLabel', 'group', 'frame', 'frameLabel', 'hits', 'ownHits', 'endorsement']),
    vegaLite: top(byGroup(L, data.outlets.length, {
      data: { values: endorse },
    }, {
      width: { step: 70 },
      height: { step: 34 },
      encoding: {
        x: { field: 'frameLabel', type: 'nominal', sort: L.frameOrder, title: null, scale: { domain: L.frameOrder }, axis: { orient: 'top', labelAngle: -35, labelAlign: 'left', labelLimit: 320 } },
        y: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null, scale: { domain: outletDomain } },
      },
      layer: [
        {
          mark: { type: 'rect', cursor: 'pointer', stroke: 'white', strokeWidth: 1 },
          encoding: {
            color: { field: 'endorsement', type: 'quantitative', title: 'Endorsement', scale: { scheme: 'blueorange', domain: [-1, 1], reverse: true } },
            tooltip: [
              { field: 'outletLabel', title: 'Outlet' }, { field: 'frameLabel', title: 'Frame' },
              { field: 'endorsement', title: 'endorsement', format: '+.2f' }, { field: 'hits', title: 'hits' }, { field: 'ownHits', title: 'own-voice hits' },
            ],
          },
        },
        {
          mark: { type: 'text', fontSize: 11, cursor: 'pointer' },
          encoding: {
            text: { field: 'endorsement', type: 'quantitative', format: '+.1f' },
            color: { condition: { test: 'abs(datum.endorsement) > 0.6', value: 'white' }, value: '#222' },
          },
        },
      ],
    })),
  };
};
