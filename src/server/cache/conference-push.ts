import "server-only";
import { findSessionUser } from "@/server/auth/find-session-user";
import type { SessionUser, SignedInUser } from "@/server/auth/session-user";
import { blocYearsAllowed, ownUnitIds } from "@/server/authz";
import { db } from "@/server/db";
import { visibleTo, type FullConferenceData } from "@/server/queries/conference/get-conference-data";
import { cachedFullConferenceData } from "./conference-cache";

/** How long one "may this user still view this year" answer serves the screens of that user. */
const ACCESS_CHECK_TTL_MS = 2_000;

const accessChecks = new Map<string, { at: number; viewer: Promise<SessionUser | null> }>();
// The JSON of one visibility (everyone, or one unit's view) of one computed data set: 500 screens
// under one account serialise it once.
const serialised = new WeakMap<FullConferenceData, Map<string, string>>();

/**
 * The new screen data for one open stream, as JSON, or null when the user may no longer view the
 * year (signed out, account disabled, scope changed): then the stream closes and the browser's reconnect meets
 * the ordinary checks. The access check runs once per user and year every two seconds at most,
 * so a change fans out to hundreds of screens without hundreds of queries.
 */
export async function conferencePushFor(user: SignedInUser, blocYearId: string): Promise<string | null> {
  const viewer = await currentViewer(user, blocYearId);
  if (!viewer) return null;
  const full = await cachedFullConferenceData(db, viewer, blocYearId);
  if (!full) return null;
  const variant = visibleTo(viewer, full) === full.data ? "all" : `units:${ownUnitIds(viewer).join(",")}`;
  let byVariant = serialised.get(full);
  if (!byVariant) serialised.set(full, (byVariant = new Map()));
  let json = byVariant.get(variant);
  if (json === undefined) byVariant.set(variant, (json = JSON.stringify(visibleTo(viewer, full))));
  return json;
}

/**
 * The user as the database knows them now, if the stream's session is still current (see
 * find-session-user.ts) and they may still view the year; else null.
 */
function currentViewer(user: SignedInUser, blocYearId: string): Promise<SessionUser | null> {
  const key = `${user.id}\u0000${user.sessionVersion}\u0000${blocYearId}`;
  const now = Date.now();
  const known = accessChecks.get(key);
  if (known && now - known.at < ACCESS_CHECK_TTL_MS) return known.viewer;
  const viewer = findSessionUser(db, { userId: user.id, sessionVersion: user.sessionVersion }).then(
    async (current) =>
      current &&
      (await db.blocYear.count({ where: { id: blocYearId, AND: [blocYearsAllowed(current, "view")] } })) > 0
        ? current
        : null,
  );
  for (const [other, entry] of accessChecks)
    if (now - entry.at >= ACCESS_CHECK_TTL_MS) accessChecks.delete(other);
  accessChecks.set(key, { at: now, viewer });
  viewer.catch(() => accessChecks.delete(key));
  return viewer;
}
