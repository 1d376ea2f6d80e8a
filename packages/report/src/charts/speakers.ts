/** Who speaks: quoted and reported words by speaker group (100% bars). */
import { toCsv } from '../csv.js';
import { categoricalRange } from '../palette.js';
import { type Chart, top } from './chart.js';

export const speakers: Chart = (data, L) => {
  const outletDomain = L.outletOrder;
  const groupOrder = [...data.lexicon.speakers.map((s) => s.id), 'unassigned', 'anonymous'];
  const groupLabelOf = new Map(data.speakers.map((s) => [s.group, s.groupLabel]));
  const groupLabels = groupOrder.filter((g) => groupLabelOf.has(g)).map((g) => groupLabelOf.get(g)!);
  // named groups get distinct colours (Okabe–Ito up to 8, then tableau20); no speaker: greys
  const present = groupOrder.filter((g) => groupLabelOf.has(g));
  const named = categoricalRange(present.filter((g) => g !== 'anonymous' && g !== 'unassigned').length);
  let next = 0;
  const groupColours = present.map((g) => (g === 'anonymous' ? '#999999' : g === 'unassigned' ? '#cccccc' : named[next++]!));
  const speakers = data.speakers.map((r) => ({
    outlet: r.outlet, outletLabel: L.outlet(r.outlet), group: r.group, groupLabel: r.groupLabel, groupOrder: groupOrder.indexOf(r.group),
    quotedWords: r.quotedWords, reportedWords: r.reportedWords, words: r.quotedWords + r.reportedWords, share: r.share, speakers: r.speakers.join('; '),
  }));
  if (!(speakers.length > 0)) return undefined;
  return {
    id: 'speakers', section: 'speakers', title: 'Who speaks',
    question: 'Whose words does each outlet pass on?',
    howToRead: 'Each bar splits the words an outlet quotes or reports (100%) by who said them. Grey: no speaker could be identified. Click a segment to see the hits inside that group\'s words.',
    drill: { outlet: 'outlet', speakerGroup: 'group' },
    csv: toCsv(speakers, ['outlet', 'outletLabel', 'group', 'groupLabel', 'quotedWords', 'reportedWords', 'share', 'speakers']),
    vegaLite: top({
      data: { values: speakers },
      width: 420,
      height: { step: 22 },
      mark: { type: 'bar', cursor: 'pointer' },
      encoding: {
        y: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null },
        x: { field: 'words', type: 'quantitative', stack: 'normalize', title: 'Share of quoted and reported words', axis: { format: '.0%' } },
        color: { field: 'groupLabel', type: 'nominal', title: 'Speaker group', scale: { domain: groupLabels, range: groupColours }, legend: { orient: 'bottom', columns: 2 } },
        order: { field: 'groupOrder', type: 'quantitative' },
        tooltip: [
          { field: 'outletLabel', title: 'Outlet' }, { field: 'groupLabel', title: 'Group' }, { field: 'quotedWords', title: 'quoted words' },
          { field: 'reportedWords', title: 'reported words' }, { field: 'share', title: 'share', format: '.0%' }, { field: 'speakers', title: 'speakers' },
        ],
      },
    }),
  };
};
