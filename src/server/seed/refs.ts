// Seed data refers to rows by code; this turns a code into the id seeded under it.

/** The id seeded under `key`; a miss is a bug in the seed data, so it throws. */
export function idFor(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Seed data refers to unknown "${key}"`);
  return id;
}
