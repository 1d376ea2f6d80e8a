export type * from './report-data.js';
