/** Distinctive terms: Scattertext-style scatter of rates here vs elsewhere. */
import { toCsv } from '../csv.js';
import { type Chart, top } from './chart.js';

export const termScatter: Chart = (data, L) => {
  // shown with the dot plot: when some outlet of the report has distinctive terms
  if (!data.outlets.some((o) => data.distinctive.some((d) => d.outlet === o.outlet))) return undefined;
  const scatter = data.distinctive.map((d) => ({
    outlet: d.outlet, outletLabel: L.outlet(d.outlet), stem: d.stem, term: d.forms[0] ?? d.stem, forms: d.forms.join(', '),
    count: d.count, countRest: d.countRest, rate: d.rate, rateRest: d.rateRest, z: d.z,
  }));
  const first = data.outlets[0]?.outlet ?? '';
  return {
    id: 'term-scatter', section: 'distinctive', title: 'Term scatter',
    question: 'How often does an outlet use its distinctive words, compared with everyone else?',
    howToRead: 'Each dot is a word: right = frequent in the other outlets, up = frequent in the chosen outlet. Words far above the diagonal belong to this outlet; the most distinctive are labelled. Hover for counts; choose the outlet above.',
    control: { signal: 'scatterOutlet', label: 'Outlet', options: data.outlets.map((o) => ({ value: o.outlet, label: L.outlet(o.outlet) })) },
    csv: toCsv(scatter, ['outlet', 'outletLabel', 'stem', 'term', 'forms', 'count', 'countRest', 'rate', 'rateRest', 'z']),
    vegaLite: top({
      data: { values: scatter },
      params: [{ name: 'scatterOutlet', value: first }],
      transform: [
        { filter: 'datum.outlet === scatterOutlet' },
        { window: [{ op: 'row_number', as: 'rank' }], sort: [{ field: 'z', order: 'descending' }] },
      ],
      width: 460,
      height: 360,
      encoding: {
        x: { field: 'rateRest', type: 'quantitative', title: 'Per 1,000 words in the other outlets', scale: { type: 'symlog', constant: 0.5 } },
        y: { field: 'rate', type: 'quantitative', title: 'Per 1,000 words in this outlet', scale: { type: 'symlog', constant: 0.5 } },
      },
      layer: [
        {
          mark: { type: 'point', filled: true, opacity: 0.75, size: 40 },
          encoding: {
            color: { field: 'z', type: 'quantitative', title: 'z-score', scale: { scheme: 'viridis', reverse: true } },
            tooltip: [
              { field: 'term', title: 'Term' }, { field: 'forms', title: 'forms' }, { field: 'count', title: 'count here' }, { field: 'countRest', title: 'count elsewhere' },
              { field: 'z', title: 'z', format: '.2f' },
            ],
          },
        },
        {
          transform: [{ filter: 'datum.rank <= 10' }],
          mark: { type: 'text', align: 'left', dx: 5, dy: -5, fontSize: 10, color: '#222' },
          encoding: { text: { field: 'term', type: 'nominal' } },
        },
      ],
    }),
  };
};
