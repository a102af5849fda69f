import "server-only";
import type { AppPrismaClient } from "@/server/database/connect";
import { db } from "@/server/db";
import {
  findBlocYearId,
  loadYearFrameById,
  type YearFrameLoader,
} from "@/server/queries/rankings/year-frame";
import { appYearCache } from "./app-year-cache";
import type { YearCache } from "./year-cache";

/**
 * Year frames (the year, its bloc and province names, who may view it) kept in `cache` until
 * the database announces a change to the year, its memberships or roles, its bloc or its province
 * (migrations …_live_notify, …_notify_accounts). A bloc and year is looked up once per instance;
 * its frame is keyed by the year's id, watched before it is read.
 */
export function yearFramesKeptIn(cache: YearCache, prisma: AppPrismaClient): YearFrameLoader {
  const ids = new Map<string, string>();
  return async (where) => {
    const name = `${where.blocId}\u0000${where.year}`;
    const id = ids.get(name) ?? (await findBlocYearId(prisma, where));
    if (!id) return null;
    const frame = await cache.get({ kind: "year-frame", blocYearId: id, variant: "" }, () =>
      loadYearFrameById(prisma, id),
    );
    // A year deleted since: its notice dropped the frame; the name must not lead to it again.
    if (frame) ids.set(name, id);
    else ids.delete(name);
    return frame;
  };
}

const globalForFrames = globalThis as typeof globalThis & { thiduaYearFrames?: YearFrameLoader };

/** This process's year frames, in its year cache. */
export const cachedYearFrame: YearFrameLoader = (where) => {
  globalForFrames.thiduaYearFrames ??= yearFramesKeptIn(appYearCache(), db);
  return globalForFrames.thiduaYearFrames(where);
};
