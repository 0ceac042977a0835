/**
 * What a column's repeated texts read as, found by the cell's characters (an open-addressing table of the texts
 * seen, hashed as they are scanned): a cell whose text is known costs no string. Bounded; beyond the bound,
 * texts are read each time.
 */
/** How many texts a memo keeps by default. */
export const SPAN_MEMO_LIMIT = 4096;

export class SpanMemo<T> {
  /**
   * Which known text the last get() found or added: its number (0, 1, … in order of first appearance, below the
   * bound), or -1 when it was read without being kept. Lets a caller remember its own answer per text.
   */
  entry = -1;
  private readonly keys: string[] = [];
  private readonly values: T[] = [];
  /** 0 = empty, else 1 + the index into keys/values. */
  private slots = new Int32Array(256);

  constructor(
    private readonly compute: (cell: string) => T,
    private readonly limit = SPAN_MEMO_LIMIT,
  ) {}

  get(text: string, from: number, to: number): T {
    const h = hashOf(text, from, to);
    const mask = this.slots.length - 1;
    const length = to - from;
    let slot = h & mask;
    for (let entry = this.slots[slot] as number; entry !== 0; entry = this.slots[slot] as number) {
      const key = this.keys[entry - 1] as string;
      if (key.length === length && sameText(key, text, from)) {
        this.entry = entry - 1;
        return this.values[entry - 1] as T;
      }
      slot = (slot + 1) & mask;
    }
    const cell = text.slice(from, to);
    const value = this.compute(cell);
    this.entry = -1;
    if (this.keys.length < this.limit) {
      this.entry = this.keys.length;
      this.keys.push(cell);
      this.values.push(value);
      this.slots[slot] = this.keys.length;
      if (this.keys.length * 2 > this.slots.length) this.rehash();
    }
    return value;
  }

  private rehash() {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let k = 0; k < this.keys.length; k++) {
      const key = this.keys[k] as string;
      let slot = hashOf(key, 0, key.length) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = k + 1;
    }
  }
}

/** key === text.slice(from, from + key.length), compared in place. */
function sameText(key: string, text: string, from: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}

/** FNV-1a over the characters text[from, to). */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
