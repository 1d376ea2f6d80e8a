/**
 * One Vega-Lite spec per chart, built from ReportData: the charts in page order, one file per
 * chart under charts/. Every spec carries its data inline (`data.values`: a report opened from
 * file:// cannot load URLs), and the CSV offered under the chart is exactly those values.
 */
import type { ReportData } from '@framelens/aggregate';
import { type Chart, type ChartSpec, labels } from './charts/chart.js';
import { claims } from './charts/claims.js';
import { distinctive } from './charts/distinctive.js';
import { endorsement } from './charts/endorsement.js';
import { frameDensity } from './charts/frame-density.js';
import { frameIntervals } from './charts/frame-intervals.js';
import { naming } from './charts/naming.js';
import { overTime } from './charts/over-time.js';
import { speakers } from './charts/speakers.js';
import { termScatter } from './charts/term-scatter.js';
import { voiceByFrame } from './charts/voice-by-frame.js';

export type { Chart, ChartSpec, Drill, VegaLiteSpec } from './charts/chart.js';
export { CONFIG, outletLabel } from './charts/chart.js';
export { datesSpanMoreThanOneDay, MAX_PERIODS, MAX_POINTS, overTimeByPeriod, type PeriodRow } from './charts/over-time.js';

/** The charts in page order; a chart with nothing to show (no actors, no dates…) is left out. */
export const CHARTS: readonly Chart[] = [frameDensity, frameIntervals, voiceByFrame, endorsement, naming, speakers, claims, distinctive, termScatter, overTime];

export function buildSpecs(data: ReportData): ChartSpec[] {
  const L = labels(data);
  return CHARTS.map((chart) => chart(data, L)).filter((c): c is ChartSpec => c !== undefined);
}
