import "server-only";
import { cache } from "react";
import type { SessionUser } from "@/server/auth/session-user";
import { blocsVisibleTo } from "@/server/authz";
import { db } from "@/server/db";

/**
 * Whether the bloc exists and is the user's to see. Checked by the bloc's layout before anything
 * streams, so another bloc's page (or a made-up id) answers 404, not 200 with a not-found body.
 */
export const isVisibleBloc = cache(async (user: SessionUser, blocId: string): Promise<boolean> => {
  const count = await db.bloc.count({ where: { id: blocId, AND: [blocsVisibleTo(user)] } });
  return count > 0;
});
