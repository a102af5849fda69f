import "server-only";
import { yearEnd } from "@/domain/calendar";
import { formatPoints } from "@/domain/format";
import { SCORE_STAGE_LABEL } from "@/domain/vocabulary";
import type { ResolveObjectionInput } from "@/schemas/disputes/objection";
import type { SessionUser } from "@/server/auth/session-user";
import { mayResolveObjection } from "@/server/authz";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { ConflictError, FieldProblemsError, ForbiddenError, UserFacingError } from "@/server/errors";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";
import { recordAudit } from "../record-audit";
import { auditLineChange } from "../scoring/audit-score-line";
import { lockEditableSheet } from "../scoring/lock-score-sheet";
import { findScoreLeaf, requireTypedLeaf, type ScoreLeaf } from "../scoring/score-leaf";
import { authorizeYearWrite } from "../writable-bloc-year";

const SELECT = {
  id: true,
  number: true,
  blocYearId: true,
  unitId: true,
  criterionId: true,
  stage: true,
  status: true,
  version: true,
  blocYear: { select: { year: true } },
  unit: NAMED_UNIT,
} as const;

/**
 * The secretariat settles an objection (issue 14). Accepting sets the unit's final score on the
 * leaf — the bloc's agreed figure, which the engine takes over any cross-check — audited with the
 * objection's number as its reason; rejecting changes no score. Either way the answer is final.
 */
export async function resolveObjection(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: ResolveObjectionInput,
) {
  return prisma.$transaction(async (tx) => {
    const found = await tx.objection.findUnique({ where: { id: input.objectionId }, select: SELECT });
    if (!found) throw new ForbiddenError();
    await authorizeYearWrite(tx, { user, blocYearId: found.blocYearId, activity: "disputes" });
    if (!mayResolveObjection(user, found.unitId))
      throw new ForbiddenError("Khiếu nại của đơn vị mình do người khác trong thư ký khối giải quyết.");
    if (found.status !== "OPEN")
      throw new UserFacingError(`Khiếu nại số ${found.number} đã được giải quyết.`);
    if (found.version !== input.version) throw new ConflictError();
    const unitName = storedNameOn(found.unit.names, yearEnd(found.blocYear.year))?.name ?? "";
    const leaf = requireTypedLeaf(await findScoreLeaf(tx, found.criterionId));
    const subject = `Khiếu nại số ${found.number} · ${leaf.code} · ${SCORE_STAGE_LABEL[found.stage]} · ${unitName}`;
    if (input.decision === "accept")
      await setFinalScore(tx, {
        user,
        objection: found,
        leaf,
        points: input.points,
        resolution: input.resolution,
        unitName,
      });
    const status = input.decision === "accept" ? "ACCEPTED" : "REJECTED";
    const resolvedPoints = input.decision === "accept" ? input.points : null;
    const { count } = await tx.objection.updateMany({
      where: { id: found.id, version: input.version, status: "OPEN" },
      data: {
        status,
        resolution: input.resolution,
        resolvedPoints,
        resolvedById: user.id,
        resolvedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflictError();
    await recordAudit(tx, {
      actorId: user.id,
      blocYearId: found.blocYearId,
      entity: "Objection",
      entityId: found.id,
      action: input.decision === "accept" ? "accept-objection" : "reject-objection",
      subject,
      field: "status",
      oldValue: "OPEN",
      newValue: status,
      reason: input.resolution,
    });
    return { blocYearId: found.blocYearId, number: found.number, status };
  });
}

/** The final line of the unit on the leaf, created or changed, audited with the objection's number. */
async function setFinalScore(
  tx: AppTransaction,
  options: {
    user: SessionUser;
    objection: { id: string; number: number; blocYearId: string; unitId: string };
    leaf: ScoreLeaf;
    points: number;
    resolution: string;
    unitName: string;
  },
): Promise<void> {
  const { user, objection, leaf, points } = options;
  if (points > leaf.limit)
    throw new FieldProblemsError({
      points: [`Điểm tiêu chí ${leaf.code} không được vượt ${formatPoints(leaf.limit)}.`],
    });
  const sheet = await lockEditableSheet(
    tx,
    { blocYearId: objection.blocYearId, unitId: objection.unitId, stage: "FINAL", scorerUnitId: null },
    { create: true },
  );
  if (!sheet) throw new ConflictError();
  const explanation = `Chấp nhận khiếu nại số ${objection.number}: ${options.resolution}`.slice(0, 2000);
  const key = { sheetId_criterionId: { sheetId: sheet.id, criterionId: leaf.id } };
  const select = { id: true, points: true, explanation: true, evidenceUrl: true } as const;
  const before = await tx.scoreLine.findUnique({ where: key, select });
  // An upsert: a save of the same cell racing this answer cannot make it fail on the unique key.
  const after = await tx.scoreLine.upsert({
    where: key,
    create: { sheetId: sheet.id, criterionId: leaf.id, points, explanation, enteredById: user.id },
    update: { points, explanation, enteredById: user.id, version: { increment: 1 } },
    select,
  });
  await auditLineChange(
    {
      tx,
      actorId: user.id,
      blocYearId: objection.blocYearId,
      subject: `${leaf.code} · ${SCORE_STAGE_LABEL.FINAL} · ${options.unitName}`,
      reason: `Chấp nhận khiếu nại số ${objection.number}`,
    },
    { lineId: after.id, before, after },
  );
}
