/**
 * Distinctive terms: Scattertext-style scatter of rates here vs elsewhere, the chosen outlet's
 * words only. Label spots are chosen here (label-placement.ts): no two labels overlap.
 */
import { toCsv } from '../csv.js';
import { type Chart, top } from './chart.js';
import { termPanels } from './term-panels.js';
import { placeLabels, SPOTS, symlog } from './label-placement.js';

const WIDTH = 460;
const HEIGHT = 360;
const FONT_SIZE = 10;
const CONSTANT = 0.5;
/** At most this many words labelled, the most distinctive first, none overlapping another. */
const LABELS = 10;
const TICKS = [0, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

export const termScatter: Chart = (data, L) => {
  // shown with the dot plot: when some outlet of the report has distinctive terms; one choice per
  // outlet × language of its words (words are compared within a language only)
  const { panels, keyOf } = termPanels(data, L);
  if (panels.length === 0) return undefined;
  const shown = new Set(panels.map((p) => p.key));
  const scatter = data.distinctive.filter((d) => shown.has(keyOf(d))).map((d) => ({
    outlet: d.outlet, outletLabel: L.outlet(d.outlet), language: d.language ?? '', panel: keyOf(d), stem: d.stem, term: d.forms[0] ?? d.stem, forms: d.forms.join(', '),
    count: d.count, countRest: d.countRest, rate: d.rate, rateRest: d.rateRest, z: d.z,
  }));
  // both axes share one fixed domain over every outlet's words, so a label's pixel position is
  // known here, and the same rate sits at the same place whichever outlet is chosen
  const max = scatter.reduce((m, d) => Math.max(m, d.rate, d.rateRest), 1);
  const px = (v: number, length: number) => (symlog(v, CONSTANT) / symlog(max, CONSTANT)) * length;
  const spot = new Map<(typeof scatter)[number], number>();
  for (const p of panels) {
    const words = scatter.filter((d) => d.panel === p.key).sort((a, b) => b.z - a.z || a.stem.localeCompare(b.stem));
    const spots = placeLabels(words.map((d) => ({ x: px(d.rateRest, WIDTH), y: HEIGHT - px(d.rate, HEIGHT), text: d.term })), { width: WIDTH, height: HEIGHT }, FONT_SIZE, LABELS);
    words.forEach((d, i) => { if (spots[i] !== undefined) spot.set(d, spots[i]); });
  }
  const values = scatter.map((d) => ({ ...d, labelSpot: spot.get(d) ?? -1 }));
  const scale = { type: 'symlog', constant: CONSTANT, domain: [0, max], nice: false };
  // symlog's own ticks crowd at the top end: a 1-2-5 series instead
  const axis = { values: TICKS.filter((t) => t <= max), format: '~g' };
  // one colour scale for every outlet too: the legend stays the same when the outlet changes
  const zDomain = [Math.floor(scatter.reduce((m, d) => Math.min(m, d.z), Infinity) * 10) / 10, Math.ceil(scatter.reduce((m, d) => Math.max(m, d.z), -Infinity) * 10) / 10];
  const first = panels[0]!.key;
  return {
    id: 'term-scatter', section: 'distinctive', title: 'Term scatter',
    question: 'How often does an outlet use its distinctive words, compared with everyone else?',
    howToRead: 'Each dot is a word: right = frequent in the other outlets of its language, up = frequent in the chosen outlet. Words far above the diagonal belong to this outlet; the most distinctive are labelled where their label has room. Hover for counts; choose the outlet above.',
    control: { signal: 'scatterOutlet', label: 'Outlet', options: panels.map((p) => ({ value: p.key, label: p.label })) },
    csv: toCsv(scatter, ['outlet', 'outletLabel', 'language', 'panel', 'stem', 'term', 'forms', 'count', 'countRest', 'rate', 'rateRest', 'z']),
    vegaLite: top({
      data: { values },
      params: [{ name: 'scatterOutlet', value: first }],
      transform: [
        { filter: 'datum.panel === scatterOutlet' },
      ],
      width: WIDTH,
      height: HEIGHT,
      encoding: {
        x: { field: 'rateRest', type: 'quantitative', title: 'Per 1,000 words in the other outlets (same language)', scale, axis },
        y: { field: 'rate', type: 'quantitative', title: 'Per 1,000 words in this outlet', scale, axis },
      },
      layer: [
        {
          mark: { type: 'point', filled: true, opacity: 0.75, size: 40 },
          encoding: {
            color: { field: 'z', type: 'quantitative', title: 'z-score', scale: { scheme: 'viridis', reverse: true, domain: zDomain } },
            tooltip: [
              { field: 'term', title: 'Term' }, { field: 'forms', title: 'forms' }, { field: 'count', title: 'count here' }, { field: 'countRest', title: 'count elsewhere' },
              { field: 'z', title: 'z', format: '.2f' },
            ],
          },
        },
        // the labels placeLabels chose, one layer per spot around the point
        ...SPOTS.map((s, i) => ({
          transform: [{ filter: `datum.labelSpot === ${i}` }],
          mark: { type: 'text', align: s.align, dx: s.dx, dy: s.dy, baseline: 'middle', fontSize: FONT_SIZE, color: '#222' },
          encoding: { text: { field: 'term', type: 'nominal' } },
        })),
      ],
    }),
  };
};
