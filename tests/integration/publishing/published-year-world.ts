import type { AppPrismaClient } from "@/server/database/connect";
import type { SessionUser } from "@/server/auth/session-user";
import { addEligibilityFlagSchema } from "@/schemas/awards/eligibility-flag";
import { createRegistrationSchema } from "@/schemas/pledge/registration";
import { saveScoreCellSchema } from "@/schemas/scoring/save-score-cell";
import { addEligibilityFlag } from "@/server/mutations/awards/add-eligibility-flag";
import { createProposal } from "@/server/mutations/awards/create-proposal";
import { saveBallotTally } from "@/server/mutations/awards/save-ballot-tally";
import { openBallotSchema } from "@/schemas/ballot/ballot";
import { fileObjectionSchema, openDisputeWindowSchema } from "@/schemas/disputes/objection";
import { openDisputeWindow } from "@/server/mutations/disputes/dispute-window";
import { fileObjection } from "@/server/mutations/disputes/file-objection";
import { cancelBallot } from "@/server/mutations/ballot/cancel-ballot";
import { openBallot } from "@/server/mutations/ballot/open-ballot";
import { rolesStamp } from "@/server/mutations/members/roles-stamp";
import {
  attachObjectionFile,
  attachScoreLineFile,
  attachTaskFile,
} from "@/server/mutations/evidence/attach-evidence-file";
import { attachPledgeFile } from "@/server/mutations/pledge/attach-pledge-file";
import { createRegistration } from "@/server/mutations/pledge/create-registration";
import { saveScoreCell } from "@/server/mutations/scoring/save-score-cell";
import { submitScoreSheet } from "@/server/mutations/scoring/review-score-sheet";
import { computeRanking } from "@/server/queries/compute-ranking";
import type { DemoWorld } from "../../factories/demo";
import { createUserWithGrants } from "../../factories/users";
import { putYearsInStage } from "../../support/year-stage";
import { tableInForce } from "../score-table/score-table-support";

export const LEADING_AWARD = "CO_THI_DUA_UBND_TINH";
export const MERIT_AWARD = "BANG_KHEN_UBND_TINH";
/** Starts like a PDF, which is all detectFileType looks at for a PDF. */
export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n% giao uoc da ky\n");

/** Another member's leader (the demo has only TN&MT's): enters and submits that unit's self-score. */
function leaderOf(
  prisma: AppPrismaClient,
  demo: DemoWorld,
  unitId: string,
  username: string,
): Promise<SessionUser> {
  const { provinceId } = demo.user("lanhdao.tnmt");
  return createUserWithGrants(prisma, { username, provinceId, grants: [{ kind: "AGENCY_LEADER", unitId }] });
}

/**
 * KTKT 2024 made ready for publishing, with the rows the refused writes act on created through
 * the ordinary mutations (a flag, a proposal, a tally, a registration, a pledge file, a draft and
 * two submitted self-score sheets, an objection with a paper in an open dispute window), plus
 * lookups read at call time, so an input is current.
 */
export async function prepareYear(prisma: AppPrismaClient, demo: DemoWorld) {
  const yearOf = (y: number) =>
    prisma.blocYear
      .findFirstOrThrow({ where: { blocId: demo.ktkt.id, year: y }, select: { id: true } })
      .then((row) => row.id);
  const yearId = await yearOf(2024);
  const units = await prisma.unit.findMany({ select: { id: true, code: true } });
  const unit = (code: string) => units.find((candidate) => candidate.code === code)!.id;
  const leaders = new Map<string, SessionUser>();
  const as = (username: string) => leaders.get(username) ?? demo.user(username);
  const { result } = await computeRanking(prisma, { blocYearId: yearId });
  const ranked = result.units.map((row) => row.unitId);
  const secretariat = as("thuky.ktkt");

  const flag = await addEligibilityFlag(
    prisma,
    secretariat,
    addEligibilityFlagSchema.parse({
      blocYearId: yearId,
      unitId: ranked.at(-2),
      kind: "INSPECTION",
      since: "2024-03-01",
    }),
  );
  const proposal = await createProposal(prisma, secretariat, {
    blocYearId: yearId,
    unitId: ranked[0]!,
    awardCode: LEADING_AWARD,
  });
  const tally = await saveBallotTally(prisma, secretariat, {
    blocYearId: yearId,
    unitId: ranked[0]!,
    awardCode: LEADING_AWARD,
    votesFor: 6,
    votersPresent: 8,
    version: 0,
  });
  // A phones' ballot run and cancelled (to be run again): closing or cancelling it later is a write.
  const ballot = await openBallot(
    prisma,
    secretariat,
    openBallotSchema.parse({ blocYearId: yearId, candidates: [`${ranked[0]!}:${LEADING_AWARD}`] }),
  );
  await cancelBallot(prisma, secretariat, { ballotId: ballot.id, version: 1, reason: "Bỏ phiếu lại" });
  const registration = await createRegistration(
    prisma,
    as("lanhdao.tnmt"),
    createRegistrationSchema.parse({
      blocYearId: yearId,
      unitId: unit("TNMT"),
      kind: "MODEL",
      content: "Mô hình số hóa hồ sơ địa chính",
    }),
  );
  // The scan is attached while the year is carried out; the year is then scored again.
  await putYearsInStage(prisma, [yearId], "ACTIVE");
  const pledge = await prisma.pledge.findUniqueOrThrow({
    where: { blocYearId: yearId },
    select: { version: true },
  });
  await attachPledgeFile(prisma, secretariat, {
    blocYearId: yearId,
    version: pledge.version,
    fileName: "giao-uoc.pdf",
    bytes: PDF_BYTES,
  });
  await putYearsInStage(prisma, [yearId], "SCORING");

  const leaf = async (code: string) => (await tableInForce(prisma, yearId)).idOf(code);
  const selfCell = async (unitCode: string, points: string) =>
    saveScoreCellSchema.parse({
      unitId: unit(unitCode),
      criterionId: await leaf("II.1"),
      stage: "SELF",
      points,
      version: 0,
    });
  await saveScoreCell(prisma, as("lanhdao.tnmt"), await selfCell("TNMT", "7"));
  // Evidence already attached, for the refused removals to act on.
  const selfLine = await prisma.scoreLine.findFirstOrThrow({
    where: { criterionId: await leaf("II.1"), sheet: { unitId: unit("TNMT"), stage: "SELF" } },
    select: { id: true },
  });
  const evidence = { fileName: "minh-chung.pdf", bytes: PDF_BYTES };
  await attachScoreLineFile(prisma, as("lanhdao.tnmt"), { lineId: selfLine.id, ...evidence });
  const task8 = await prisma.task.findFirstOrThrow({ where: { blocYearId: yearId, number: 8 } });
  await attachTaskFile(prisma, secretariat, { taskId: task8.id, ...evidence });
  for (const code of ["GTVT", "CT"]) {
    const leader = await leaderOf(prisma, demo, unit(code), `lanhdao.${code.toLowerCase()}`);
    leaders.set(leader.username, leader);
    const saved = await saveScoreCell(prisma, leader, await selfCell(code, "6"));
    await submitScoreSheet(prisma, leader, { sheetId: saved.sheet!.id, version: saved.sheet!.version });
  }

  // A week's dispute window from today, and TN&MT's objection to its final II.1 with a paper.
  const scoring = await prisma.blocYear.findUniqueOrThrow({
    where: { id: yearId },
    select: { version: true },
  });
  await openDisputeWindow(
    prisma,
    secretariat,
    openDisputeWindowSchema.parse({ blocYearId: yearId, version: String(scoring.version), days: "7" }),
  );
  const objection = await fileObjection(
    prisma,
    as("lanhdao.tnmt"),
    fileObjectionSchema.parse({
      unitId: unit("TNMT"),
      criterionId: await leaf("II.1"),
      stage: "FINAL",
      reason: "Đơn vị đã có văn bản báo cáo kết quả cải cách hành chính.",
    }),
  );
  const objectionFile = await attachObjectionFile(prisma, as("lanhdao.tnmt"), {
    objectionId: objection.id,
    ...evidence,
  });

  const sheet = (unitCode: string) =>
    prisma.scoreSheet.findFirstOrThrow({
      where: { blocYearId: yearId, unitId: unit(unitCode), stage: "SELF" },
      select: { id: true, version: true },
    });
  const task = (number: number) => prisma.task.findFirstOrThrow({ where: { blocYearId: yearId, number } });
  const line = async (unitCode: string, stage: "SELF" | "CROSS_CHECK" | "FINAL", code: string) => {
    const criterionId = await leaf(code);
    const row = await prisma.scoreLine.findFirst({
      where: { criterionId, sheet: { unitId: unit(unitCode), stage } },
      select: { version: true },
    });
    return { unitId: unit(unitCode), criterionId, stage, version: row?.version ?? 0 };
  };
  return {
    prisma,
    as,
    yearId,
    previousYearId: await yearOf(2023),
    unit,
    ranked,
    flagId: flag.id,
    proposalId: proposal.id,
    tallyId: tally.id,
    ballotId: ballot.id,
    objectionId: objection.id,
    objectionFileId: objectionFile.id,
    registrationId: registration.registrationId,
    sourceDocumentId: (
      await prisma.sourceDocument.findFirstOrThrow({ where: { code: "188-CTr/TU" }, select: { id: true } })
    ).id,
    taskCriterionId: (await task(1)).criterionId,
    leaf,
    line,
    selfLineId: selfLine.id,
    sheet,
    task,
    table: () => tableInForce(prisma, yearId),
    blocYear: () =>
      prisma.blocYear.findUniqueOrThrow({
        where: { id: yearId },
        select: { id: true, version: true, status: true, rules: true },
      }),
    rolesStamp: async () =>
      rolesStamp(
        await prisma.roleAssignment.findMany({
          where: { blocYearId: yearId },
          select: { id: true, version: true },
        }),
      ),
  };
}

export type YearWorld = Awaited<ReturnType<typeof prepareYear>>;

/** Every row a write to the bloc-year could touch, in full, plus the province's units and documents. */
export async function yearFingerprint(
  prisma: AppPrismaClient,
  blocYearId: string,
): Promise<Record<string, unknown>> {
  const ofYear = { where: { blocYearId }, orderBy: { id: "asc" } } as const;
  const byId = { orderBy: { id: "asc" } } as const;
  const parts: Record<string, PromiseLike<unknown>> = {
    blocYear: prisma.blocYear.findUniqueOrThrow({ where: { id: blocYearId } }),
    memberships: prisma.membership.findMany(ofYear),
    roles: prisma.roleAssignment.findMany(ofYear),
    pledge: prisma.pledge.findMany(ofYear),
    signatures: prisma.pledgeSignature.findMany({ where: { pledge: { blocYearId } }, ...byId }),
    attachments: prisma.attachment.findMany({ ...ofYear, omit: { content: true } }),
    registrations: prisma.registration.findMany(ofYear),
    registrationTasks: prisma.registrationTask.findMany({
      where: { registration: { blocYearId } },
      orderBy: [{ registrationId: "asc" }, { taskId: "asc" }],
    }),
    tasks: prisma.task.findMany(ofYear),
    scoreTables: prisma.scoreTable.findMany(ofYear),
    criteria: prisma.criterion.findMany({ where: { scoreTable: { blocYearId } }, ...byId }),
    scoreSheets: prisma.scoreSheet.findMany(ofYear),
    scoreLines: prisma.scoreLine.findMany({ where: { sheet: { blocYearId } }, ...byId }),
    ballotTallies: prisma.ballotTally.findMany(ofYear),
    eligibilityFlags: prisma.eligibilityFlag.findMany(ofYear),
    proposals: prisma.awardProposal.findMany(ofYear),
    objections: prisma.objection.findMany(ofYear),
    snapshots: prisma.resultSnapshot.findMany(ofYear),
    auditEvents: prisma.auditEvent.findMany(ofYear),
    units: prisma.unit.findMany(byId),
    unitNames: prisma.unitName.findMany(byId),
    unitSuccessions: prisma.unitSuccession.findMany(byId),
    sourceDocuments: prisma.sourceDocument.findMany(byId),
  };
  const entries = await Promise.all(
    Object.entries(parts).map(async ([name, rows]) => [name, await rows] as const),
  );
  return Object.fromEntries(entries);
}
