/**
 * The optimistic-concurrency token of a year's roles as a whole: an election replaces a set of
 * rows, some of which may not exist yet, so one row's version is not enough.
 */
export function rolesStamp(roles: readonly { id: string; version: number }[]): string {
  return roles
    .map((role) => `${role.id}:${role.version}`)
    .sort()
    .join(",");
}
