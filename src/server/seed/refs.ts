// Seed data refers to rows by code and to days by ISO string; these turn them into what Prisma stores.

/** An ISO day ("2024-01-12") as the UTC midnight a @db.Date column stores. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** The id seeded under `key`; a miss is a bug in the seed data, so it throws. */
export function idFor(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Seed data refers to unknown "${key}"`);
  return id;
}
