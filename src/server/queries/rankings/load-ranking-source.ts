import "server-only";
import type { RankingResult } from "@/domain/scoring";
import type { CriterionLink } from "@/domain/rankings";
import type { BlocYearStatus } from "@/generated/prisma/enums";
import { isPublishedStatus } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { computeRanking } from "@/server/queries/compute-ranking";
import { getLatestSnapshot } from "@/server/queries/publishing/get-latest-snapshot";

export type RankingSection = { id: string; code: string; title: string; kind: string; maxPoints: number };

export type RankingSource = {
  kind: "published" | "provisional";
  /** Set for a published source: the snapshot's number and time. */
  snapshot: { number: number; publishedAt: Date } | null;
  asOf: string;
  maxPoints: number;
  result: RankingResult;
  sections: RankingSection[];
  criteria: CriterionLink[];
};

/** Loads the results of an authorised bloc-year: loadRankingSource itself, or a cached copy of it. */
export type RankingSourceLoader = (blocYear: {
  id: string;
  status: BlocYearStatus;
}) => Promise<RankingSource>;

type CriterionRow = CriterionLink & {
  code: string;
  title: string;
  kind: string;
  maxPoints: number;
  position: number;
};

const sectionsOf = (criteria: readonly CriterionRow[]): RankingSection[] =>
  criteria
    .filter((criterion) => criterion.parentId === null)
    .sort((a, b) => a.position - b.position)
    .map(({ id, code, title, kind, maxPoints }) => ({ id, code, title, kind, maxPoints }));

/**
 * The results a bloc-year shows: for a published (or correcting) year its latest snapshot, which
 * never disagrees with the minutes; otherwise the live provisional ranking. Callers authorise.
 */
export async function loadRankingSource(
  prisma: AppPrismaClient,
  blocYear: { id: string; status: BlocYearStatus },
): Promise<RankingSource> {
  const snapshot = isPublishedStatus(blocYear.status) ? await getLatestSnapshot(prisma, blocYear.id) : null;
  if (snapshot) {
    const { content } = snapshot;
    const criteria = content.scoreTable?.criteria ?? [];
    return {
      kind: "published",
      snapshot: { number: snapshot.number, publishedAt: snapshot.publishedAt },
      asOf: content.asOf,
      maxPoints: content.result.maxPoints,
      result: content.result,
      sections: sectionsOf(criteria),
      criteria,
    };
  }
  const [computed, criteria] = await Promise.all([
    computeRanking(prisma, { blocYearId: blocYear.id }),
    criteriaInForce(prisma, blocYear.id),
  ]);
  return {
    kind: "provisional",
    snapshot: null,
    asOf: computed.asOf,
    maxPoints: computed.result.maxPoints,
    result: computed.result,
    sections: sectionsOf(criteria),
    criteria,
  };
}

async function criteriaInForce(prisma: AppPrismaClient, blocYearId: string): Promise<CriterionRow[]> {
  const table = await prisma.scoreTable.findFirst({
    where: { blocYearId },
    orderBy: { version: "desc" },
    select: {
      criteria: {
        select: {
          id: true,
          parentId: true,
          code: true,
          title: true,
          kind: true,
          maxPoints: true,
          position: true,
        },
      },
    },
  });
  return table?.criteria ?? [];
}
