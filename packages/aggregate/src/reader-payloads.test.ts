import { describe, expect, it } from 'vitest';
import { createAggregator, readerQuota } from './aggregate.js';
import { reportJson } from './export.js';
import { readersPerOutlet } from './fold.js';
import { withoutReaderText } from './summarise-article.js';
import { benchContext, OUTLETS, synthetic } from '../scripts/synthetic.js';

describe('reader payloads', () => {
  it('are kept for each outlet’s first readerQuota articles, so the others’ can be left out in the map step', async () => {
    expect(readersPerOutlet(300, 50)).toBe(6);
    expect(readersPerOutlet(300, 7)).toBe(43);
    expect(readersPerOutlet(300, 0)).toBe(300);
    expect(readersPerOutlet(0, 50)).toBe(0);
    const context = () => benchContext({ syndication: 'keep', evidencePerCell: 20, bootstrapSeed: 1, bootstrapSamples: 0 });
    const quota = readerQuota(context());
    expect(quota).toBe(6);
    const report = async (leaveOut: boolean) => {
      const agg = createAggregator(context());
      // synthetic article i is the (i div 50)-th of outlet i mod 50; arrival shuffled
      for (let k = 0; k < 1000; k++) {
        const i = (k * 7919) % 1000;
        const r = synthetic(i);
        agg.add(leaveOut && Math.floor(i / OUTLETS) >= quota ? withoutReaderText(r) : r, i);
      }
      return agg.finish();
    };
    const [full, slim] = [await report(false), await report(true)];
    expect(slim.readers).toHaveLength(OUTLETS * quota);
    expect(slim.readers.every((r) => r.text.length > 0)).toBe(true);
    expect(reportJson(slim)).toBe(reportJson(full));
  });
});
