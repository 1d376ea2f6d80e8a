/**
 * Frame profile: own-voice density and all-voice density side by side, one panel per frame
 * (four to a row, outlets named once per row: no colour stands for an outlet, so 40 outlets
 * read as well as 2), with the exact 95% Poisson (Garwood) interval of each.
 */
import { toCsv } from '../csv.js';
import { type Chart, fmt1, framePanels, PANEL_SIZE, top } from './chart.js';

export const OWN = 'own voice';
export const ALL = 'all voices (incl. quotes and attributions)';

export const frameIntervals: Chart = (data, L) => {
  const outletDomain = L.outletOrder;
  const bars = data.outletFrames.flatMap((r) => {
    const row = { outlet: r.outlet, outletLabel: L.outlet(r.outlet), group: L.group(r.outlet), frame: r.frame, frameLabel: L.frameLabel(r.frame) };
    return [
      { ...row, measure: ALL, voice: '', hits: r.hits, density: r.density, low: r.densityLow, high: r.densityHigh },
      { ...row, measure: OWN, voice: 'authorial', hits: r.ownHits, density: r.ownDensity, low: r.ownDensityLow, high: r.ownDensityHigh },
    ];
  });
  const bar = (measure: string, band: number) => ({
    transform: [{ filter: { field: 'measure', equal: measure } }],
    mark: { type: 'bar', cursor: 'pointer', height: { band } },
    encoding: { x: { field: 'density', type: 'quantitative', title: 'per 1,000 words', axis: { tickCount: 4, labelOverlap: 'greedy' } } },
  });
  return {
    id: 'frame-intervals', section: 'frames', title: 'Frame density with intervals',
    question: 'How much of each frame is the outlet\'s own voice, and how sure can we be that outlets differ?',
    howToRead: 'One panel per frame. The dark bar is own-voice density, the pale bar behind it all voices including quotes and attributions (hits per 1,000 words); the gap between them is what the outlet only passes on. Whiskers are exact 95% Poisson (Garwood) intervals: overlapping whiskers mean the difference may be chance; with one article per outlet they describe that article only.',
    drill: { kind: 'frame', category: 'frame', outlet: 'outlet', voice: 'voice' },
    csv: toCsv(bars, ['outlet', 'outletLabel', 'group', 'frame', 'frameLabel', 'measure', 'hits', 'density', 'low', 'high']),
    vegaLite: top({
      data: { values: bars },
      ...framePanels(L),
      spec: {
        ...PANEL_SIZE,
        encoding: {
          y: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null, scale: { domain: outletDomain } },
          color: { field: 'measure', type: 'nominal', title: null, scale: { domain: [OWN, ALL], range: ['#0072B2', '#c6dbef'] }, legend: { orient: 'top' } },
          tooltip: [
            { field: 'outletLabel', title: 'Outlet' }, { field: 'frameLabel', title: 'Frame' }, { field: 'measure', title: 'counting' }, { field: 'hits', title: 'hits' },
            { field: 'density', title: 'per 1,000 words', format: fmt1 }, { field: 'low', title: '95% low', format: fmt1 }, { field: 'high', title: '95% high', format: fmt1 },
          ],
        },
        layer: [
          bar(ALL, 0.9),
          bar(OWN, 0.5),
          {
            transform: [{ filter: { field: 'measure', equal: OWN } }],
            mark: { type: 'rule', color: '#333', strokeWidth: 1 },
            encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' }, color: { value: '#333' } },
          },
        ],
      },
      resolve: { scale: { x: 'shared' } },
    }),
  };
};
