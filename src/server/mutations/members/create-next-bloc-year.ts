import "server-only";
import { fromIsoDay, yearEnd } from "@/domain/calendar";
import { membersOn } from "@/domain/membership";
import type { Prisma } from "@/generated/prisma/client";
import type { CreateNextBlocYearInput, PreviewNextBlocYearInput } from "@/schemas/members/bloc-year";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocYear } from "@/server/authz";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { ConflictError, UserFacingError } from "@/server/errors";
import { loadNextYearPlan, type NextYearPreview } from "@/server/queries/members/next-year-plan";
import { spanOf } from "@/server/mappers/membership-span";
import { recordAudit } from "../record-audit";
import { copyScoreTable } from "./copy-score-table";
import { withUniqueMessage } from "./write-context";

const ARCHIVED_BLOC = "Khối đã được lưu trữ nên không tạo năm mới.";

const PLAN_CHANGED =
  "Danh sách thành viên dự kiến đã thay đổi (một hợp nhất vừa được ghi nhận hoặc huỷ). Hãy xem lại trước khi tạo năm.";

/**
 * Year N+1 of a bloc from its latest year N: the members still in the bloc at the end of N, with
 * every recorded succession effective by the end of N+1 applied (predecessors leave on its date,
 * the successor joins), the score table in force (as version 1) and the rules. N may be
 * published: creating the next year does not write to it. Roles are not copied (the election does).
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
        const source = await authorizeSource(tx, user, input);
        nextYear = source.year + 1;
        await refuseIfExists(tx, source.blocId, nextYear);
        const { plan, preview } = await loadNextYearPlan(tx, source);
        if (input.previewStamp !== undefined && input.previewStamp !== preview.stamp)
          throw new ConflictError(PLAN_CHANGED);
        const created = await tx.blocYear.create({
          data: {
            blocId: source.blocId,
            year: nextYear,
            status: "DRAFT",
            rules: source.rules as Prisma.InputJsonValue,
          },
          select: { id: true, year: true, blocId: true },
        });
        await tx.membership.createMany({
          data: plan.members.map(({ unitId, joinedOn, leftOn }) => ({
            blocYearId: created.id,
            unitId,
            joinedOn: fromIsoDay(joinedOn),
            leftOn: leftOn === null ? null : fromIsoDay(leftOn),
          })),
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
          newValue: auditOf(source.year, preview),
        });
        return created;
      }),
    () => `Năm ${nextYear} của khối này đã được tạo.`,
  );
}

/** What "Tạo năm N+1" would write, for the secretariat to confirm; nothing is written. */
export async function previewNextBlocYear(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: PreviewNextBlocYearInput,
): Promise<NextYearPreview> {
  return prisma.$transaction(async (tx) => {
    const source = await authorizeSource(tx, user, input);
    await refuseIfExists(tx, source.blocId, source.year + 1);
    return (await loadNextYearPlan(tx, source)).preview;
  });
}

function auditOf(copiedFrom: number, preview: NextYearPreview) {
  return {
    year: preview.year,
    copiedFrom,
    members: preview.members.filter((member) => member.leftOn === null).length,
    leaving: preview.members.filter((m) => m.leftOn !== null).map((m) => m.unitId),
    joining: preview.members.filter((m) => !m.continuing).map((m) => m.unitId),
    notCopied: preview.notCopied.map((dropped) => dropped.unitId),
  };
}

async function authorizeSource(tx: AppTransaction, user: SessionUser, input: PreviewNextBlocYearInput) {
  const from = await authorizeBlocYear(tx, { user, blocYearId: input.fromBlocYearId, action: "manage" });
  const row = await tx.blocYear.findUniqueOrThrow({
    where: { id: from.id },
    select: {
      id: true,
      year: true,
      blocId: true,
      rules: true,
      bloc: { select: { provinceId: true, dissolvedOn: true } },
      memberships: { select: { unitId: true, joinedOn: true, leftOn: true } },
    },
  });
  if (row.bloc.dissolvedOn) throw new UserFacingError(ARCHIVED_BLOC);
  return {
    ...row,
    provinceId: row.bloc.provinceId,
    continuingUnitIds: membersOn(row.memberships.map(spanOf), yearEnd(row.year)).map((m) => m.unitId),
  };
}

async function refuseIfExists(tx: AppTransaction, blocId: string, year: number): Promise<void> {
  const existing = await tx.blocYear.count({ where: { blocId, year } });
  if (existing > 0) throw new UserFacingError(`Năm ${year} của khối này đã được tạo.`);
}
