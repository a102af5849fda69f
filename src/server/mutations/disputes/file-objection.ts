import "server-only";
import { todayInVietnam, yearEnd } from "@/domain/calendar";
import { windowRefusal } from "@/domain/disputes";
import { SCORE_STAGE_LABEL } from "@/domain/vocabulary";
import type { FileObjectionInput } from "@/schemas/disputes/objection";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocYear, mayFileObjection } from "@/server/authz";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { DISPUTE_WINDOW_SELECT, disputeWindowOf } from "@/server/mappers/dispute-window";
import { ForbiddenError, UserFacingError } from "@/server/errors";
import { loadUnitFigures } from "@/server/queries/disputes/unit-figures";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";
import { recordAudit } from "../record-audit";
import { findScoreLeaf, requireTypedLeaf } from "../scoring/score-leaf";
import { lockYearForWrite } from "../writable-bloc-year";

const NOT_YOUR_UNIT = "Chỉ lãnh đạo của chính đơn vị mới gửi khiếu nại về điểm của đơn vị mình.";

/**
 * A leader's objection to one figure of their own unit (issue 14): inside the year's dispute
 * window (Vietnam's calendar day), on a leaf scored by hand, one open objection per figure. The
 * figure as it stands is kept with it, so the answer can be read against what was disputed.
 */
export async function fileObjection(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: FileObjectionInput,
  now = new Date(),
) {
  return prisma.$transaction(async (tx) => {
    const leaf = requireTypedLeaf(await findScoreLeaf(tx, input.criterionId));
    const facts = await authorizeBlocYear(tx, { user, blocYearId: leaf.blocYearId, action: "view" });
    await lockYearForWrite(tx, facts.id, "disputes");
    if (!mayFileObjection(user, input.unitId)) throw new ForbiddenError(NOT_YOUR_UNIT);
    const year = await tx.blocYear.findUniqueOrThrow({
      where: { id: facts.id },
      select: { year: true, rules: true, ...DISPUTE_WINDOW_SELECT },
    });
    const refusal = windowRefusal(disputeWindowOf(year), todayInVietnam(now));
    if (refusal) throw new UserFacingError(refusal);
    const unitName = await memberName(tx, { blocYearId: facts.id, unitId: input.unitId, year: year.year });
    await refuseSecondOpen(tx, { blocYearId: facts.id, input });
    const figures = await loadUnitFigures(tx, {
      blocYearId: facts.id,
      unitId: input.unitId,
      rules: scoringRulesSchema.parse(year.rules),
      limitOf: () => leaf.limit,
      criterionId: leaf.id,
    });
    const figure = figures.get(leaf.id);
    const pointsObjected = (input.stage === "FINAL" ? figure?.final : figure?.crossCheck) ?? null;
    const objection = await insertNumbered(tx, {
      blocYearId: facts.id,
      unitId: input.unitId,
      criterionId: leaf.id,
      stage: input.stage,
      pointsObjected,
      reason: input.reason,
      filedById: user.id,
    });
    await recordAudit(tx, {
      actorId: user.id,
      blocYearId: facts.id,
      entity: "Objection",
      entityId: objection.id,
      action: "file-objection",
      subject: `Khiếu nại số ${objection.number} · ${leaf.code} · ${SCORE_STAGE_LABEL[input.stage]} · ${unitName}`,
      newValue: {
        number: objection.number,
        unitId: input.unitId,
        criterionId: leaf.id,
        stage: input.stage,
        pointsObjected,
        reason: input.reason,
      },
    });
    return { id: objection.id, number: objection.number, blocYearId: facts.id };
  });
}

/** The unit's name in the year, refusing a unit that is not a member of it. */
async function memberName(tx: AppTransaction, options: { blocYearId: string; unitId: string; year: number }) {
  const member = await tx.membership.findUnique({
    where: { blocYearId_unitId: { blocYearId: options.blocYearId, unitId: options.unitId } },
    select: { unit: NAMED_UNIT },
  });
  if (!member) throw new ForbiddenError(NOT_YOUR_UNIT);
  return storedNameOn(member.unit.names, yearEnd(options.year))?.name ?? "";
}

async function refuseSecondOpen(
  tx: AppTransaction,
  options: { blocYearId: string; input: FileObjectionInput },
) {
  const { unitId, criterionId, stage } = options.input;
  const open = await tx.objection.findFirst({
    where: { blocYearId: options.blocYearId, unitId, criterionId, stage, status: "OPEN" },
    select: { number: true },
  });
  if (open)
    throw new UserFacingError(
      `Điểm này đã có khiếu nại số ${open.number} đang chờ giải quyết (có thể đính kèm thêm tệp vào khiếu nại đó).`,
    );
}

type NewObjection = {
  blocYearId: string;
  unitId: string;
  criterionId: string;
  stage: FileObjectionInput["stage"];
  pointsObjected: number | null;
  reason: string;
  filedById: string;
};

/**
 * The next number of the year. Two leaders filing at once may pick the same one: the loser's
 * insert is skipped (unique year + number, no error that would end the transaction) and it
 * takes the next.
 */
async function insertNumbered(tx: AppTransaction, data: NewObjection) {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const last = await tx.objection.aggregate({
      where: { blocYearId: data.blocYearId },
      _max: { number: true },
    });
    const [created] = await tx.objection.createManyAndReturn({
      data: [{ ...data, number: (last._max.number ?? 0) + 1 }],
      skipDuplicates: true,
      select: { id: true, number: true },
    });
    if (created) return created;
  }
  throw new UserFacingError("Hệ thống đang bận, chưa ghi được khiếu nại. Vui lòng gửi lại.");
}
