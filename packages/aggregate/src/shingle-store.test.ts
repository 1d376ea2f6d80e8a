import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAggregator } from './aggregate.js';
import { reportJson } from './export.js';
import { BANDS, BAND_ROWS, lshCandidates, minhashSignature, SIGNATURE_SIZE, SignatureStore } from './minhash.js';
import { FileShingleStore } from './shingle-store.js';
import { compactShingles, textShingles } from './summarise-article.js';
import { mulberry32 } from './stats/bootstrap.js';
import { benchContext, synthetic } from '../scripts/synthetic.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'framelens-shingle-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('FileShingleStore', () => {
  it('gives back what was put, from the buffer and from the file, in any order', () => {
    const file = path.join(dir, 'round-trip.bin');
    const store = new FileShingleStore(file);
    const random = mulberry32(7);
    const put: Float64Array[] = [];
    // 600 arrays of up to 600 values: 2.8 MB, so most are flushed to the file (1 MB buffer); one longer than the buffer
    for (let slot = 0; slot < 600; slot++) {
      const length = slot === 300 ? 200_000 : slot % 50 === 0 ? 0 : Math.floor(random() * 600);
      const hashes = Float64Array.from({ length }, () => Math.floor(random() * 2 ** 53));
      put.push(hashes);
      store.put(slot, hashes);
    }
    expect(statSync(file).size).toBeGreaterThan(1 << 20);
    const bytes = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    const same = (slot: number) => expect(bytes(store.get(slot)).equals(bytes(put[slot]!)), `slot ${slot}`).toBe(true);
    for (const slot of [599, 0, 300, 1, 450, 598, 299, 301]) same(slot);
    for (let slot = 0; slot < 600; slot++) same(slot);
    expect(store.get(300)).toHaveLength(200_000);
    expect(store.get(50)).toHaveLength(0);
    expect(() => store.get(600)).toThrow(/nothing stored for slot 600/);
    store.close();
  });
});

describe('lshCandidates', () => {
  /** signatures of `count` articles in `familyCount` families: members of a family agree on many bands, others on few */
  function signatures(count = 64, familyCount = 4): SignatureStore {
    const random = mulberry32(11);
    const store = new SignatureStore();
    const families = Array.from({ length: familyCount }, () => Array.from({ length: SIGNATURE_SIZE }, () => Math.floor(random() * 65536)));
    for (let slot = 0; slot < count; slot++) {
      const family = families[slot % familyCount]!;
      // each value kept from the family with a probability that varies by article, else random
      const keep = 0.2 + 0.7 * random();
      store.set(slot, family.map((v) => (random() < keep ? v : Math.floor(random() * 65536))));
    }
    return store;
  }

  /** The definition: pairs that share a band (a band shared by more than maxBucket articles pairs each with its first only), estimate ≥ minEstimate. */
  function bruteForce(store: SignatureStore, order: number[], minEstimate: number, maxBucket: number): [number, number][] {
    const pairs = new Set<string>();
    for (let b = 0; b < BANDS; b++) {
      const buckets = new Map<string, number[]>();
      for (const slot of order) {
        const key = Array.from(store.sig.subarray(slot * SIGNATURE_SIZE + b * BAND_ROWS, slot * SIGNATURE_SIZE + (b + 1) * BAND_ROWS)).join(',');
        buckets.set(key, [...(buckets.get(key) ?? []), slot]);
      }
      for (const members of buckets.values()) {
        for (let x = 0; x < members.length; x++)
          for (let y = x + 1; y < members.length; y++) if (members.length <= maxBucket || x === 0) pairs.add(`${members[x]},${members[y]}`);
      }
    }
    const position = new Map(order.map((slot, i) => [slot, i]));
    return [...pairs]
      .map((p) => p.split(',').map(Number) as [number, number])
      .filter(([x, y]) => store.estimate(x, y) >= minEstimate)
      .sort((p, q) => position.get(p[0])! - position.get(q[0])! || position.get(p[1])! - position.get(q[1])!);
  }

  it('finds exactly the pairs of the definition, each once, in order, whatever the bucket limit', () => {
    const store = signatures();
    const order = Array.from({ length: 64 }, (_, i) => (i * 37) % 64);
    for (const [minEstimate, maxBucket] of [
      [0.1, 50],
      [0, 50],
      [0.1, 5],
      [0.3, 3],
    ] as const) {
      const found = lshCandidates(store, order, { minEstimate, maxBucket });
      expect(found.length, `minEstimate ${minEstimate}, maxBucket ${maxBucket}`).toBeGreaterThan(20);
      expect(found).toEqual(bruteForce(store, order, minEstimate, maxBucket));
    }
  });

  it('finds the same pairs with the radix sort it uses for more than 4,096 articles', () => {
    const store = signatures(5000, 500);
    const order = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 5000);
    const found = lshCandidates(store, order, { minEstimate: 0.1, maxBucket: 6 });
    expect(found.length).toBeGreaterThan(5000);
    expect(found).toEqual(bruteForce(store, order, 0.1, 6));
  });
});

describe('the streaming aggregator with a FileShingleStore', () => {
  it('gives the same report as checking candidates on texts read again', async () => {
    const report = async (withStore: boolean) => {
      const context = benchContext({ syndication: 'collapse', evidencePerCell: 20, bootstrapSeed: 1, bootstrapSamples: 200 });
      // texts of random words; article 4k + 1 repeats most of article 4k: near-duplicates
      const random = mulberry32(3);
      const words = Array.from({ length: 300 }, (_, k) => `wort${k}`);
      const texts: string[] = [];
      for (let i = 0; i < 400; i++) {
        const own = Array.from({ length: 120 }, () => words[Math.floor(random() * words.length)]!);
        texts.push(i % 4 === 1 ? texts[i - 1]!.split(' ').slice(0, 90).concat(own.slice(0, 30)).join(' ') : own.join(' '));
      }
      const results = texts.map((text, i) => {
        const r = synthetic(i);
        const shingles = textShingles(text);
        const signature = minhashSignature(shingles.hashes);
        return { ...r, shingles, ...(signature ? { signature } : {}), reader: { ...r.reader, text } };
      });
      const byId = new Map(results.map((r) => [r.article, r.reader.text]));
      context.readText = (id) => byId.get(id)!;
      const file = path.join(dir, `aggregate-${withStore}.bin`);
      const store = withStore ? new FileShingleStore(file) : undefined;
      if (store) context.shingleStore = store;
      const agg = createAggregator(context);
      // with a store, results come as the CLI sends them: shingles compacted in the map step
      results.forEach((r, i) => agg.add(withStore ? compactShingles(r) : r, i));
      const data = await agg.finish();
      store?.close();
      return { json: reportJson(data), pairs: data.nearDuplicates.length };
    };
    const [a, b] = [await report(false), await report(true)];
    expect(b.pairs).toBeGreaterThan(0);
    expect(compactShingles(synthetic(1)).shingles.hashes).toHaveLength(0);
    expect(b.json).toBe(a.json);
  });
});
