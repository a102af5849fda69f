import "server-only";
import { todayInVietnam } from "@/domain/calendar";
import { createHash } from "node:crypto";
import { resolveOverrides } from "@/domain/publishing";
import { canonicalJson } from "@/domain/snapshot/canonical-json";
import { buildSnapshotContent, type SnapshotOverride } from "@/domain/snapshot/snapshot-content";
import { stageAllows, stageRefusalMessage } from "@/domain/year-stages";
import type { Prisma } from "@/generated/prisma/client";
import type { PublishYearInput } from "@/schemas/publishing/publishing";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { StageRefusedError, UserFacingError } from "@/server/errors";
import { recordAudit } from "@/server/mutations/record-audit";
import { engineRefusal } from "@/server/queries/awards/engine-refusal";
import { computeRanking } from "@/server/queries/compute-ranking";
import { getPublishChecklist } from "@/server/queries/publishing/get-publish-checklist";
import { lockYearExclusively, type LockedYear } from "@/server/mutations/writable-bloc-year";
import { assertVersion } from "./lock-year";
import { loadSnapshotFacts } from "./load-snapshot-facts";

/**
 * Freezes the bloc-year into the next numbered, immutable snapshot and marks it published, all
 * in one transaction: the checklist, the ranking, the snapshot and the status change see the same
 * data. The checklist's open items either refuse it or pass with the publisher's reasons, which
 * the snapshot keeps. Publishing a year under correction issues the correction, carrying its reason.
 */
export async function publishYear(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: PublishYearInput,
  today = new Date(),
) {
  return prisma.$transaction((tx) => publishYearInTransaction(tx, { user, input, today }), {
    timeout: 30_000,
  });
}

/** publishYear inside a transaction the caller holds (the demo seed publishes its 2023 so). */
export async function publishYearInTransaction(
  tx: AppTransaction,
  options: { user: SessionUser; input: PublishYearInput; today: Date },
) {
  const { user, input, today } = options;
  const locked = await lockYearExclusively(tx, { user, blocYearId: input.blocYearId });
  await assertPublishable(tx, locked);
  assertVersion(locked, input.version);
  const overrides = await checkChecklist(tx, { locked, user, input, today });
  const snapshot = await insertSnapshot(tx, { locked, user, today, overrides });
  await tx.blocYear.update({
    where: { id: locked.id },
    data: { status: "PUBLISHED", correctionReason: null, version: { increment: 1 } },
  });
  const reason = locked.correctionReason ?? undefined;
  const audit = { actorId: user.id, blocYearId: locked.id, reason };
  await recordAudit(tx, {
    ...audit,
    entity: "BlocYear",
    entityId: locked.id,
    action: "publish",
    field: "status",
    oldValue: locked.status,
    newValue: "PUBLISHED",
  });
  if (locked.correctionReason) {
    await recordAudit(tx, {
      ...audit,
      entity: "BlocYear",
      entityId: locked.id,
      action: "publish",
      field: "correctionReason",
      oldValue: locked.correctionReason,
    });
  }
  for (const override of overrides) {
    await recordAudit(tx, {
      ...audit,
      entity: "BlocYear",
      entityId: locked.id,
      action: "publish",
      field: "checklistOverride",
      newValue: override.message,
      reason: override.reason,
    });
  }
  await recordAudit(tx, {
    ...audit,
    entity: "ResultSnapshot",
    entityId: snapshot.id,
    action: "create",
    field: "number",
    newValue: snapshot.number,
  });
  return { ...snapshot, version: locked.version + 1 };
}

/** Publishing is a move to PUBLISHED: only from "Chờ công bố" or a correction (src/domain/year-stages). */
async function assertPublishable(tx: AppTransaction, locked: LockedYear): Promise<void> {
  if (stageAllows(locked.status, "publish")) return;
  if (locked.status !== "PUBLISHED")
    throw new StageRefusedError(stageRefusalMessage(locked.status, "publish"));
  const latest = await tx.resultSnapshot.findFirst({
    where: { blocYearId: locked.id },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  throw new UserFacingError(
    `Kết quả năm này đã được công bố (bản số ${latest?.number ?? "?"}). Muốn sửa, hãy mở đính chính.`,
  );
}

/** The publishing checklist as of the day of publication: refuses, or returns the overrides to keep. */
async function checkChecklist(
  tx: AppTransaction,
  options: { locked: LockedYear; user: SessionUser; input: PublishYearInput; today: Date },
): Promise<SnapshotOverride[]> {
  const items = await getPublishChecklist(tx, {
    blocYearId: options.locked.id,
    asOf: todayInVietnam(options.today),
  });
  const decision = resolveOverrides(items, options.input.overrideReasons ?? {});
  if (!decision.ok) throw new UserFacingError(decision.message);
  const by = { userId: options.user.id, displayName: options.user.displayName };
  return decision.overrides.map((override) => ({ ...override, by }));
}

async function insertSnapshot(
  tx: AppTransaction,
  options: { locked: LockedYear; user: SessionUser; today: Date; overrides: SnapshotOverride[] },
) {
  const { locked } = options;
  const ranking = await engineRefusal(() =>
    computeRanking(tx, { blocYearId: locked.id, asOf: todayInVietnam(options.today) }),
  );
  const previous = await tx.resultSnapshot.aggregate({
    where: { blocYearId: locked.id },
    _max: { number: true },
  });
  const number = (previous._max.number ?? 0) + 1;
  const facts = await loadSnapshotFacts(tx, {
    blocYearId: locked.id,
    number,
    reason: locked.correctionReason,
    asOf: ranking.asOf,
    result: ranking.result,
  });
  const canonical = canonicalJson(buildSnapshotContent({ ...facts, checklistOverrides: options.overrides }));
  const contentHash = createHash("sha256").update(canonical, "utf8").digest("hex");
  return tx.resultSnapshot.create({
    // Stored as parsed from the canonical text, so what is kept is exactly what was hashed.
    data: {
      blocYearId: locked.id,
      number,
      content: JSON.parse(canonical) as Prisma.InputJsonObject,
      contentHash,
      reason: locked.correctionReason,
      publishedById: options.user.id,
      publishedAt: options.today,
    },
    select: { id: true, number: true, contentHash: true, publishedAt: true },
  });
}
