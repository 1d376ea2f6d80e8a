/** Naming: which label each outlet uses for the same actor (100% bars per actor). */
import { toCsv } from '../csv.js';
import { categoricalRange } from '../palette.js';
import { type Chart, top } from './chart.js';

export const naming: Chart = (data, L) => {
  const outletDomain = L.outletOrder;
  const naming = data.naming.map((r) => ({
    outlet: r.outlet, outletLabel: L.outlet(r.outlet), referent: r.referent, referentLabel: r.referentLabel, label: r.label, hits: r.hits, ownHits: r.ownHits, share: r.share,
  }));
  const referents = data.lexicon.referents.filter((r) => naming.some((n) => n.referent === r.id));
  if (!(referents.length > 0)) return undefined;
  return {
    id: 'naming', section: 'naming', title: 'Naming',
    question: 'Which words does each outlet choose for the same actors?',
    howToRead: 'One chart per actor; each bar splits an outlet\'s mentions of that actor by the label used (100% = all its mentions). Hover for counts; click a segment to see the sentences.',
    drill: { kind: 'referent', category: 'referent', outlet: 'outlet', label: 'label' },
    csv: toCsv(naming, ['outlet', 'outletLabel', 'referent', 'referentLabel', 'label', 'hits', 'ownHits', 'share']),
    vegaLite: top({
      data: { values: naming },
      vconcat: referents.map((r) => ({
        title: { text: r.label, anchor: 'start', fontSize: 12 },
        transform: [{ filter: { field: 'referent', equal: r.id } }],
        width: 420,
        height: { step: 18 },
        mark: { type: 'bar', cursor: 'pointer' },
        encoding: {
          y: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null },
          x: { field: 'hits', type: 'quantitative', stack: 'normalize', title: 'Share of mentions', axis: { format: '.0%' } },
          color: { field: 'label', type: 'nominal', title: 'Label', sort: r.labels, scale: { domain: r.labels, range: categoricalRange(r.labels.length) }, legend: { orient: 'right' } },
          tooltip: [
            { field: 'outletLabel', title: 'Outlet' }, { field: 'label', title: 'Label' }, { field: 'hits', title: 'mentions' },
            { field: 'ownHits', title: 'in own voice' }, { field: 'share', title: 'share', format: '.0%' },
          ],
        },
      })),
      spacing: 24,
      resolve: { scale: { color: 'independent' }, legend: { color: 'independent' } },
    }),
  };
};
