/**
 * Dense ids 0, 1, 2, … for 64-bit keys given as two 32-bit integers (see
 * termKey): an open-addressing hash table in one typed array, so that counting
 * a term the aggregator has seen before touches no string, allocates nothing
 * and reads one cache line.
 */
export class KeyTable {
  /** per slot: hi, lo, id + 1 (0 = empty), unused */
  private table = new Int32Array(4 * 1024);
  private mask = 1023;
  size = 0;

  /** The id of (hi, lo), or −1 when the key is new (call `add` then). */
  get(hi: number, lo: number): number {
    const table = this.table;
    const mask = this.mask;
    for (let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask; ; i = (i + 1) & mask) {
      const at = i << 2;
      const id = table[at + 2]!;
      if (id === 0) return -1;
      if (table[at + 1] === lo && table[at] === hi) return id - 1;
    }
  }

  /** Give the new key (hi, lo) the next id and return it (the key must not be in the table). */
  add(hi: number, lo: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.rehash(2 * (this.mask + 1));
    const id = this.size++;
    this.place(hi, lo, id + 1);
    return id;
  }

  private place(hi: number, lo: number, idPlusOne: number): void {
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
    while (this.table[(i << 2) + 2] !== 0) i = (i + 1) & this.mask;
    this.table[i << 2] = hi;
    this.table[(i << 2) + 1] = lo;
    this.table[(i << 2) + 2] = idPlusOne;
  }

  private rehash(capacity: number): void {
    const old = this.table;
    this.table = new Int32Array(4 * capacity);
    this.mask = capacity - 1;
    for (let at = 0; at < old.length; at += 4) if (old[at + 2] !== 0) this.place(old[at]!, old[at + 1]!, old[at + 2]!);
  }
}
