/** Over time: frame density per day (week, month) per outlet, and the period arithmetic behind it. */
import { corpusOf } from '../corpus.js';
import type { ReportData, TimeRow } from '@framelens/aggregate';
import { toCsv } from '../csv.js';
import { categoricalRange } from '../palette.js';
import { type Chart, fmt1, top } from './chart.js';

export const overTime: Chart = (data, L) => {
  const outletDomain = L.outletOrder;
  if (!datesSpanMoreThanOneDay(data)) return undefined;
  const { period, rows } = overTimeByPeriod(data.overTime);
  const time = rows.map((r) => ({ outlet: r.outlet, outletLabel: L.outlet(r.outlet), period: r.period, date: r.date, frame: r.frame, frameLabel: L.frameLabel(r.frame), hits: r.hits, wordTokens: r.wordTokens, density: r.density }));
  const unit = period === 'day' ? 'publication day' : period === 'week' ? 'week (Monday to Sunday, labelled by its Monday)' : 'calendar month';
  return {
    id: 'over-time', section: 'time', title: 'Over time',
    question: `How does the use of each frame change from ${period} to ${period}?`,
    howToRead: `One panel per outlet: hits of each frame per 1,000 words, counting all voices including quotes and attributions, by ${unit}${period === 'day' ? '' : ` (the dates span too many ${period === 'week' ? 'days' : 'weeks'} for one point each; data/over-time.csv has every day)`}. Dates may be estimates; see the outlets table.`,
    drill: { kind: 'frame', category: 'frame', outlet: 'outlet' },
    csv: toCsv(time, ['outlet', 'outletLabel', 'period', 'date', 'frame', 'frameLabel', 'hits', 'wordTokens', 'density']),
    vegaLite: top({
      data: { values: time },
      facet: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null, header: { labelAnchor: 'start' } },
      columns: 3,
      spec: {
        width: 240,
        height: 140,
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'date', type: 'temporal', timeUnit: 'utcyearmonthdate', title: null, axis: { format: period === 'month' ? '%b %Y' : '%d %b' } },
          y: { field: 'density', type: 'quantitative', title: 'Per 1,000 words (all voices)' },
          color: { field: 'frameLabel', type: 'nominal', sort: L.frameOrder, title: 'Frame', scale: { domain: L.frameOrder, range: categoricalRange(L.frameOrder.length) }, legend: { orient: 'bottom', columns: 2 } },
          tooltip: [
            { field: 'outletLabel', title: 'Outlet' },
            { field: 'date', title: period === 'day' ? 'Date' : period === 'week' ? 'Week from' : 'Month from' },
            { field: 'frameLabel', title: 'Frame' },
            { field: 'hits', title: 'hits' },
            { field: 'density', title: 'per 1,000', format: fmt1 },
          ],
        },
      },
    }),
  };
};

/** True when the articles' dates span more than one day (first to last). */
export function datesSpanMoreThanOneDay(data: ReportData): boolean {
  const { dates } = corpusOf(data);
  const { min, max } = timeRange([dates.first?.slice(0, 10), dates.last?.slice(0, 10)]);
  return max - min > DAY;
}

const DAY = 86_400_000;

/**
 * First and last of some dates (YYYY-MM-DD; missing or unparsable ones skipped), as epoch ms;
 * min > max when there are none. A loop, not Math.max(...dates): a spread of 200,000 arguments
 * overflows the stack.
 */
function timeRange(dates: Iterable<string | undefined>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const d of dates) {
    const t = d ? Date.parse(d) : NaN;
    if (Number.isNaN(t)) continue;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  return { min, max };
}

/** At most this many points per line in the over-time chart: longer spans go by week, then by month. */
export const MAX_PERIODS = 62;

/**
 * At most about this many points in the whole chart (lines × periods), unless every line is
 * already by month: 50 outlets × 8 frames by week over a year were 21,000 points, a 4 MB
 * picture and a 4.6 MB spec in the page and most of the time it took to build; by month, 4,800.
 */
export const MAX_POINTS = 6000;

export interface PeriodRow { outlet: string; period: 'day' | 'week' | 'month'; date: string; frame: string; hits: number; wordTokens: number; density: number }

/**
 * The daily over-time rows summed per outlet × period × frame, the period being the day when the
 * dates span at most MAX_PERIODS days, else the week (Monday to Sunday, dated by its Monday) when
 * they span at most MAX_PERIODS weeks, else the calendar month (dated by its first day); a finer
 * period only while the chart keeps within MAX_POINTS points (outlet × frame lines × periods). A year of
 * daily points per outlet and frame is noise and makes a page of tens of megabytes; density is
 * recomputed from the summed hits and words, so it stays hits per 1,000 words of that period.
 */
export function overTimeByPeriod(rows: readonly TimeRow[]): { period: PeriodRow['period']; rows: PeriodRow[] } {
  const { min, max } = timeRange(rows.map((r) => r.date));
  const days = min > max ? 0 : Math.round((max - min) / DAY) + 1;
  const lines = new Set(rows.map((r) => `${r.outlet}\u0000${r.frame}`)).size;
  const weeks = Math.ceil(days / 7) + 1;
  const period: PeriodRow['period'] =
    days <= MAX_PERIODS && days * lines <= MAX_POINTS ? 'day' : days <= MAX_PERIODS * 7 && weeks * lines <= MAX_POINTS ? 'week' : 'month';
  const start = (date: string): string => {
    if (period === 'day') return date;
    if (period === 'month') return `${date.slice(0, 7)}-01`;
    const t = Date.parse(date);
    const monday = t - ((new Date(t).getUTCDay() + 6) % 7) * DAY;
    return new Date(monday).toISOString().slice(0, 10);
  };
  const out = new Map<string, PeriodRow>();
  // each daily row carries that outlet's words of the day: summed per frame row, they are the period's words
  for (const r of rows) {
    const date = start(r.date);
    const k = `${r.outlet}\u0000${date}\u0000${r.frame}`;
    const row = out.get(k);
    if (row) {
      row.hits += r.hits;
      row.wordTokens += r.wordTokens;
    } else out.set(k, { outlet: r.outlet, period, date, frame: r.frame, hits: r.hits, wordTokens: r.wordTokens, density: 0 });
  }
  const result = [...out.values()];
  for (const r of result) r.density = r.wordTokens > 0 ? (r.hits / r.wordTokens) * 1000 : 0;
  // rows come in outlet, date, frame (lexicon) order and keep it: the map preserves first insertion
  return { period, rows: result };
}
