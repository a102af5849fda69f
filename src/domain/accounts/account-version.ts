type VersionedGrant = { kind: string; blocId: string | null; unitId: string | null };

/**
 * What the account form last showed: its name and its grants in a stable order. The form posts
 * it back and the save is refused when the account no longer reads the same, so an admin saving
 * from a stale page cannot silently undo another admin's change. Content rather than a
 * timestamp: only what the form edits counts (a password reset or a lock does not).
 */
export function accountVersion(displayName: string, grants: VersionedGrant[]): string {
  const keys = grants.map((grant) => `${grant.kind}:${grant.blocId ?? ""}:${grant.unitId ?? ""}`).sort();
  return JSON.stringify([displayName, ...keys]);
}
