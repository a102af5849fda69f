import "server-only";
import type { ChangedPart } from "@/server/notify/channel";

/**
 * Subscribes to one bloc-year's change notices (with the part that changed, when a notice names
 * only one); resolves to the unsubscribe function.
 */
export type WatchBlocYear = (
  blocYearId: string,
  onChange: (part?: ChangedPart) => void,
) => Promise<() => void>;

export type YearCacheKey = {
  /** What is cached, e.g. "ranking-source". */
  kind: string;
  blocYearId: string;
  /** A different variant replaces the entry (e.g. the as-of day of a live ranking). */
  variant: string;
};

type Entry = {
  variant: string;
  reads: readonly ChangedPart[] | undefined;
  value: Promise<unknown>;
  release: Promise<() => void>;
};

/** An entry that reads only some parts of the year outlives a change to another part. */
const stillHolds = (entry: Entry, changed: ChangedPart | undefined) =>
  changed !== undefined && entry.reads !== undefined && !entry.reads.includes(changed);

/**
 * Values computed from one bloc-year's data, kept in this process until the database announces a
 * change (LISTEN/NOTIFY: a change saved through any app instance drops the entry in every one).
 * Per-instance by design: an entry is a copy of what the database says, never the only record.
 * When the process cannot listen, nothing is kept and every call loads afresh.
 */
export class YearCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly watch: WatchBlocYear) {}

  /**
   * `reads`: the parts of the year's data (notify/channel.ts) the value reads, when not all of
   * them: a notice that names another part keeps it.
   */
  get<T>(
    key: YearCacheKey,
    load: () => Promise<T>,
    options: { alsoWatch?: (value: T) => (string | null)[]; reads?: readonly ChangedPart[] } = {},
  ): Promise<T> {
    const id = `${key.kind}\u0000${key.blocYearId}`;
    const current = this.entries.get(id);
    if (current?.variant === key.variant) return current.value as Promise<T>;
    if (current) this.drop(id, current);

    const entry = { variant: key.variant, reads: options.reads } as Entry;
    const drop = (part?: ChangedPart) => {
      if (stillHolds(entry, part)) return;
      this.drop(id, entry);
    };
    // Watch before loading: a change committed while the load runs still drops the entry.
    const watching = this.watch(key.blocYearId, drop);
    const value = watching.then(load, () => {
      this.drop(id, entry);
      return load();
    });
    entry.value = value;
    entry.release = value.then(
      async (loaded) => {
        const extra = (options.alsoWatch?.(loaded) ?? []).filter((other): other is string => other !== null);
        const releases = await Promise.all([
          watching,
          ...extra.map((other) => this.watch(other, () => this.drop(id, entry))),
        ]);
        return () => releases.forEach((unwatch) => unwatch());
      },
      () => watching,
    );
    entry.release.catch(() => this.drop(id, entry));
    value.catch(() => this.drop(id, entry));
    this.entries.set(id, entry);
    return value;
  }

  /**
   * Drops the entries of a bloc-year at once (those that read `part`, when only that part
   * changed), for the process that has just committed a change to it: its next read must see
   * that change, and the change notice may not have arrived yet.
   */
  forget(blocYearId: string, part?: ChangedPart): void {
    for (const [id, entry] of this.entries)
      if (id.endsWith(`\u0000${blocYearId}`) && !stillHolds(entry, part)) this.drop(id, entry);
  }

  /** How many entries are held (for tests and diagnostics). */
  get size(): number {
    return this.entries.size;
  }

  private drop(id: string, entry: Entry): void {
    if (this.entries.get(id) !== entry) return;
    this.entries.delete(id);
    void entry.release?.then(
      (unwatch) => unwatch(),
      () => {},
    );
  }
}
