import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CreateNextBlocYearInput } from "@/schemas/members/bloc-year";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocYear } from "@/server/authz";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import { copyScoreTable } from "./copy-score-table";
import { withUniqueMessage } from "./write-context";

/**
 * Year N+1 of a bloc from its latest year N: the members still in the bloc at the end of N
 * (joining on 01/01/N+1), the score table in force (as version 1) and the rules. N may be
 * published: creating the next year does not write to it.
 */
export async function createNextBlocYear(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: CreateNextBlocYearInput,
) {
  let nextYear = 0;
  return withUniqueMessage(
    () =>
      prisma.$transaction(async (tx) => {
        const from = await authorizeBlocYear(tx, {
          user,
          blocYearId: input.fromBlocYearId,
          action: "manage",
        });
        const source = await loadSource(tx, from.id);
        nextYear = source.year + 1;
        await refuseIfExists(tx, source.blocId, nextYear);
        const created = await tx.blocYear.create({
          data: {
            blocId: source.blocId,
            year: nextYear,
            status: "DRAFT",
            rules: source.rules as Prisma.InputJsonValue,
          },
          select: { id: true, year: true, blocId: true },
        });
        const joinedOn = new Date(Date.UTC(nextYear, 0, 1));
        const continuing = source.memberships.filter((membership) => membership.leftOn === null);
        await tx.membership.createMany({
          data: continuing.map(({ unitId }) => ({ blocYearId: created.id, unitId, joinedOn })),
        });
        const rules = await copyScoreTable(tx, {
          fromBlocYearId: source.id,
          toBlocYearId: created.id,
          year: nextYear,
          rules: source.rules,
        });
        await tx.blocYear.update({
          where: { id: created.id },
          data: { rules: rules as Prisma.InputJsonValue },
        });
        await recordAudit(tx, {
          actorId: user.id,
          blocYearId: created.id,
          entity: "BlocYear",
          entityId: created.id,
          action: "create",
          newValue: { year: nextYear, copiedFrom: source.year, members: continuing.length },
        });
        return created;
      }),
    () => `Năm ${nextYear} của khối này đã được tạo.`,
  );
}

function loadSource(tx: AppTransaction, blocYearId: string) {
  return tx.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: {
      id: true,
      year: true,
      blocId: true,
      rules: true,
      memberships: { select: { unitId: true, leftOn: true } },
    },
  });
}

async function refuseIfExists(tx: AppTransaction, blocId: string, year: number): Promise<void> {
  const existing = await tx.blocYear.count({ where: { blocId, year } });
  if (existing > 0) throw new UserFacingError(`Năm ${year} của khối này đã được tạo.`);
}
