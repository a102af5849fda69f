import "server-only";
import type { DocumentFacts } from "@/domain/documents";
import type { SnapshotContent } from "@/domain/snapshot/snapshot-content";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadFullConferenceData, visibleTo } from "@/server/queries/conference/get-conference-data";
import { loadPublishedYearResult, loadYearResult } from "@/server/queries/load-year-result";

export type DocumentFactsAnswer =
  | { kind: "not-found" }
  /** The year may be viewed but has no published result: official documents are never drafted from live figures. */
  | { kind: "not-published"; year: number }
  | { kind: "published"; facts: DocumentFacts; province: string };

/**
 * What the official documents of a bloc-year are written from, for a user who may view the year:
 * its latest snapshot alone (results, members, roles, signatures, ballot tallies, overrides).
 */
export async function getDocumentFacts(
  prisma: AppPrismaClient,
  user: SessionUser,
  key: { blocYearId: string },
): Promise<DocumentFactsAnswer> {
  let content: SnapshotContent | null = null;
  const full = await loadFullConferenceData(prisma, user, key, async (blocYear) => {
    const published = await loadPublishedYearResult(prisma, blocYear);
    content = published?.content ?? null;
    return published ?? loadYearResult(prisma, blocYear);
  });
  if (!full) return { kind: "not-found" };
  const data = visibleTo(user, full);
  const snapshot = content as SnapshotContent | null;
  if (!snapshot || data.source.kind !== "snapshot") return { kind: "not-published", year: data.year };
  return {
    kind: "published",
    province: snapshot.bloc.province,
    facts: {
      data: { ...data, source: data.source },
      blocCode: snapshot.bloc.code,
      tallies: snapshot.ballotTallies,
      overrides: snapshot.checklistOverrides ?? [],
      objections: snapshot.objections ?? [],
    },
  };
}
