/** Frame profile: density bars with exact 95% Poisson (Garwood) intervals. */
import { toCsv } from '../csv.js';
import { type Chart, top, fmt1 } from './chart.js';

export const frameIntervals: Chart = (data, L) => {
  const outletDomain = L.outletOrder;
  const bars = data.outletFrames.map((r) => ({
    outlet: r.outlet, outletLabel: L.outlet(r.outlet), frame: r.frame, frameLabel: L.frameLabel(r.frame), hits: r.hits,
    density: r.density, densityLow: r.densityLow, densityHigh: r.densityHigh, ownDensity: r.ownDensity, ownDensityLow: r.ownDensityLow, ownDensityHigh: r.ownDensityHigh,
  }));
  return {
    id: 'frame-intervals', section: 'frames', title: 'Frame density with intervals',
    question: 'How sure can we be that outlets differ in how often they use a frame?',
    howToRead: 'Bars are hits per 1,000 words; the whiskers are exact 95% Poisson (Garwood) intervals. Overlapping whiskers mean the difference may be chance; with one article per outlet they describe that article only.',
    drill: { kind: 'frame', category: 'frame', outlet: 'outlet' },
    csv: toCsv(bars, ['outlet', 'outletLabel', 'frame', 'frameLabel', 'hits', 'density', 'densityLow', 'densityHigh', 'ownDensity', 'ownDensityLow', 'ownDensityHigh']),
    vegaLite: top({
      data: { values: bars },
      width: 420,
      height: { step: 11 },
      encoding: {
        y: { field: 'frameLabel', type: 'nominal', sort: L.frameOrder, title: null, axis: { labelPadding: 6 } },
        yOffset: { field: 'outletLabel', type: 'nominal', sort: outletDomain },
        color: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: 'Outlet', legend: { orient: 'bottom', columns: 2 } },
        tooltip: [
          { field: 'outletLabel', title: 'Outlet' }, { field: 'frameLabel', title: 'Frame' }, { field: 'hits', title: 'hits' },
          { field: 'density', title: 'per 1,000 words', format: fmt1 }, { field: 'densityLow', title: '95% low', format: fmt1 }, { field: 'densityHigh', title: '95% high', format: fmt1 },
        ],
      },
      layer: [
        { mark: { type: 'bar', cursor: 'pointer', height: { band: 0.9 } }, encoding: { x: { field: 'density', type: 'quantitative', title: 'Hits per 1,000 words (95% interval)' } } },
        { mark: { type: 'rule', color: '#333', strokeWidth: 1 }, encoding: { x: { field: 'densityLow', type: 'quantitative' }, x2: { field: 'densityHigh' }, color: { value: '#333' } } },
      ],
    }),
  };
};
