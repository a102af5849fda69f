import type { AppPrismaClient } from "@/server/database/connect";
import type { SessionUser } from "@/server/auth/session-user";
import type { DemoWorld } from "../../factories/demo";
import { createUserWithGrants } from "../../factories/users";

/** Ids the score-entry tests start from: KTKT 2024, its leaves by code, TN&MT and another unit. */
export async function scoringWorld(prisma: AppPrismaClient, demo: DemoWorld) {
  const blocYear = await prisma.blocYear.findFirstOrThrow({
    where: { blocId: demo.ktkt.id, year: 2024 },
    select: { id: true },
  });
  const criteria = await prisma.criterion.findMany({
    where: { scoreTable: { blocYearId: blocYear.id } },
    select: { id: true, code: true },
  });
  const leaf = (code: string) => criteria.find((c) => c.code === code)?.id ?? "";
  const unit = (code: string) =>
    prisma.unit.findFirstOrThrow({ where: { code }, select: { id: true } }).then((u) => u.id);
  const tnmt = await unit("TNMT");
  const gtvt = await unit("GTVT");
  return { blocYearId: blocYear.id, leaf, tnmt, gtvt };
}

/** A secretariat officer of KTKT who works in TN&MT: they must never cross-check TN&MT. */
export async function secretariatOfUnit(
  prisma: AppPrismaClient,
  demo: DemoWorld,
  unitId: string,
): Promise<SessionUser> {
  const base = demo.user("thuky.ktkt");
  return createUserWithGrants(prisma, {
    username: `thuky.tnmt.${unitId.slice(-6)}`,
    displayName: "Thư ký kiêm cán bộ TN&MT",
    provinceId: base.provinceId,
    grants: [{ kind: "BLOC_SECRETARIAT", blocId: base.grants[0]!.blocId, unitId }],
  });
}

export function lineOf(
  prisma: AppPrismaClient,
  where: { unitId: string; criterionId: string; stage: "SELF" | "CROSS_CHECK" | "FINAL" },
) {
  return prisma.scoreLine.findFirst({
    where: { criterionId: where.criterionId, sheet: { unitId: where.unitId, stage: where.stage } },
    select: { id: true, points: true, explanation: true, evidenceUrl: true, version: true },
  });
}
