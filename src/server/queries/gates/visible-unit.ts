import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { unitsVisibleTo } from "@/server/authz";
import { db } from "@/server/db";

/**
 * Whether a unit's page may open (unitsVisibleTo). A light check for the page's layout, so a
 * unit of another bloc, or a made-up id, answers 404 before the page's slow part streams.
 */
export async function isVisibleUnit(user: SessionUser, unitId: string): Promise<boolean> {
  const count = await db.unit.count({ where: { id: unitId, AND: [unitsVisibleTo(user)] } });
  return count > 0;
}
