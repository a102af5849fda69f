import "server-only";
import type { MergeUnitsInput } from "@/schemas/members/unit-change";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { createUnit, duplicateUnitCode } from "./create-unit";
import { assertMembers, assertProvinceUnits } from "./find-member-units";
import { moveMembershipsToSuccessor } from "./move-memberships";
import { recordSuccession } from "./record-succession";
import {
  assertWithinYear,
  authorizeMembersWrite,
  withUniqueMessage,
  type YearContext,
} from "./write-context";

const ALREADY_LINKED = "Một đơn vị được chọn đã được ghi nhận hợp nhất vào đơn vị kế thừa này.";

/**
 * Members merged into a successor (existing or new) from a date: succession rows, the
 * predecessors' names end on that date (past years keep them), and optionally this year's
 * memberships move to the successor. Earlier years are never touched.
 */
export async function mergeUnits(prisma: AppPrismaClient, user: SessionUser, input: MergeUnitsInput) {
  return withUniqueMessage(
    () =>
      prisma.$transaction(async (tx) => {
        const year = await authorizeMembersWrite(tx, user, {
          blocYearId: input.blocYearId,
          activity: "members",
        });
        await assertMembers(tx, year.id, input.predecessorIds);
        if (input.endMemberships || input.addSuccessor)
          assertWithinYear(input.effectiveOn, year.year, "Ngày hợp nhất");
        const successorId = await resolveSuccessor(tx, user, year, input);
        for (const predecessorId of input.predecessorIds) {
          const succession = { predecessorId, successorId, ...input };
          await recordSuccession(tx, { actorId: user.id, blocYearId: year.id, succession });
        }
        await moveMembershipsToSuccessor(tx, { actorId: user.id, year, input, successorId });
        return { successorId };
      }),
    () => (input.successorMode === "new" ? duplicateUnitCode(input.code) : ALREADY_LINKED),
  );
}

async function resolveSuccessor(
  tx: AppTransaction,
  user: SessionUser,
  year: YearContext,
  input: MergeUnitsInput,
): Promise<string> {
  if (input.successorMode === "existing") {
    await assertProvinceUnits(tx, year.provinceId, [input.successorUnitId]);
    return input.successorUnitId;
  }
  return createUnit(tx, {
    actorId: user.id,
    blocYearId: year.id,
    provinceId: year.provinceId,
    unit: input,
    validFrom: input.effectiveOn,
  });
}
