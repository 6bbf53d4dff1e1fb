/**
 * Finds the keys that may occur more than once in a stream of keys,
 * without keeping the keys: a set of 32-bit hashes in one typed array,
 * about 8 bytes per distinct key. A key whose hash was seen before is a
 * candidate; hash collisions only add candidates, and every real repeat
 * is one, so checking the candidates alone finds every duplicate.
 */
export class RepeatKeys {
  private table = new Uint32Array(1 << 16);
  private size = 0;
  private readonly found = new Set<string>();
  /** Past this many candidates, checking them all is as cheap. */
  constructor(private readonly maxCandidates = 50_000) {}

  add(key: string | null): void {
    if (key === null) return;
    if (this.insert(hash(key))) return;
    if (this.found.size <= this.maxCandidates) this.found.add(key);
  }

  /** Candidate keys, or null when there are too many to list. */
  candidates(): string[] | null {
    return this.found.size > this.maxCandidates ? null : [...this.found];
  }

  /** True when the hash was new. */
  private insert(h: number): boolean {
    if ((this.size + 1) * 2 > this.table.length) this.grow();
    const mask = this.table.length - 1;
    let i = h & mask;
    for (;;) {
      const at = this.table[i]!;
      if (at === 0) {
        this.table[i] = h;
        this.size += 1;
        return true;
      }
      if (at === h) return false;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    const mask = this.table.length - 1;
    for (const h of old) {
      if (h === 0) continue;
      let i = h & mask;
      while (this.table[i] !== 0) i = (i + 1) & mask;
      this.table[i] = h;
    }
  }
}

/** FNV-1a over UTF-16 code units, never 0 (0 marks an empty slot). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h >>>= 0;
  return h === 0 ? 1 : h;
}
