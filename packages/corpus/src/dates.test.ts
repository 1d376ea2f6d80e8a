import { describe, expect, it } from 'vitest';
import { normaliseDate } from './dates.js';

describe('normaliseDate', () => {
  it.each([
    ['2022-01-07', '2022-01-07', 'day'],
    ['2022-01-07 14:33:00', '2022-01-07', 'day'],
    ['2022-01-07T23:30:00-05:00', '2022-01-07', 'day'],
    ['2022/1/7', '2022-01-07', 'day'],
    ['07.01.2022', '2022-01-07', 'day'],
    ['7.1.2022, 14.33 Uhr', '2022-01-07', 'day'],
    ['7. Januar 2022', '2022-01-07', 'day'],
    ['Fr., 7. Jänner 2022', '2022-01-07', 'day'],
    ['Fri, 07 Jan 2022 14:33:00 GMT', '2022-01-07', 'day'],
    ['January 7, 2022', '2022-01-07', 'day'],
    ['Januar 2022', '2022-01', 'month'],
    ['März 2022', '2022-03', 'month'],
    ['01.2022', '2022-01', 'month'],
    ['2022-01', '2022-01', 'month'],
    ['2022', '2022', 'year'],
    [2022, '2022', 'year'],
  ] as const)('%s → %s (%s)', (input, date, precision) => {
    expect(normaliseDate(input)).toEqual({ ok: true, date, precision });
  });

  it.each([
    ['30.02.2022', '2022-02-30 is not a calendar date'],
    ['07.01.22', '"07.01.22" has a two-digit year; write the full year, e.g. 07.01.2022'],
    ['gestern', '"gestern" is not a date format framelens knows (e.g. 2022-01-07, 07.01.2022, 7. Januar 2022, Januar 2022)'],
    ['', 'the date is empty'],
  ])('%s is refused', (input, reason) => {
    expect(normaliseDate(input)).toEqual({ ok: false, reason });
  });
});
