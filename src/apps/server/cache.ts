/**
 * @module Results cached until the store changes: each entry is keyed by the store's generation (which moves on every
 * write, by this process or another), so the overview, totals and corpus-wide aggregates are computed once per write.
 */

/** Most entries kept (least recently used dropped first). */
export const MAX_CACHE_ENTRIES = 500;

/** A least-recently-used cache whose entries are valid for one store generation. */
export class GenerationCache {
  private generation: string | null = null;
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(
    private readonly currentGeneration: () => Promise<string>,
    private readonly maxEntries = MAX_CACHE_ENTRIES,
  ) {}

  /**
   * The cached value of `key` for the current generation, computing it with `compute` when absent.
   * A computation that fails is not kept.
   */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const gen = await this.currentGeneration();
    if (gen !== this.generation) {
      this.entries.clear();
      this.generation = gen;
    }
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as Promise<T>;
    }
    const p = compute();
    this.entries.set(key, p);
    p.catch(() => this.entries.delete(key));
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return p;
  }

  /** Drops everything (after a write by this process). */
  clear(): void {
    this.entries.clear();
    this.generation = null;
  }
}
