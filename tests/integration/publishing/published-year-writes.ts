import { toIsoDay } from "@/domain/calendar";
import type { YearActivity } from "@/domain/year-stages";
import { saveBallotTallySchema } from "@/schemas/awards/ballot-tally";
import { openBallotSchema } from "@/schemas/ballot/ballot";
import {
  closeDisputeWindowSchema,
  fileObjectionSchema,
  openDisputeWindowSchema,
  resolveObjectionSchema,
} from "@/schemas/disputes/objection";
import { addEligibilityFlagSchema, resolveEligibilityFlagSchema } from "@/schemas/awards/eligibility-flag";
import { changeProposalStatusSchema, createProposalSchema } from "@/schemas/awards/proposal";
import { addMemberSchema, updateMembershipSchema } from "@/schemas/members/membership";
import { applyRotationSchema, recordElectionSchema } from "@/schemas/members/roles";
import { mergeUnitsSchema, renameUnitSchema, undoSuccessionSchema } from "@/schemas/members/unit-change";
import {
  attachPledgeFileSchema,
  removePledgeFileSchema,
  savePledgeSchema,
  saveSignatureSchema,
} from "@/schemas/pledge/pledge";
import {
  createRegistrationSchema,
  deleteRegistrationSchema,
  updateRegistrationSchema,
} from "@/schemas/pledge/registration";
import { setProvisionalVisibilitySchema } from "@/schemas/provisional-visibility";
import {
  createScoreTableSchema,
  editCriteriaSchema,
  setScoreTableScaleSchema,
} from "@/schemas/score-table/edit-criteria";
import { saveScoringRulesSchema } from "@/schemas/score-table/save-scoring-rules";
import { returnScoreSheetSchema, scoreSheetRefSchema } from "@/schemas/scoring/review-score-sheet";
import { saveScoreCellSchema } from "@/schemas/scoring/save-score-cell";
import { createTaskSchema } from "@/schemas/tasks/create-task";
import { updateTaskSchema } from "@/schemas/tasks/update-task";
import { updateTaskProgressSchema } from "@/schemas/tasks/update-task-progress";
import {
  attachObjectionFileSchema,
  attachScoreLineFileSchema,
  attachTaskFileSchema,
  removeEvidenceFileSchema,
} from "@/schemas/attachments/evidence-file";
import { deleteTaskSchema } from "@/schemas/tasks/delete-task";
import { ConflictError } from "@/server/errors";
import { addEligibilityFlag } from "@/server/mutations/awards/add-eligibility-flag";
import { changeProposalStatus } from "@/server/mutations/awards/change-proposal-status";
import { createProposal } from "@/server/mutations/awards/create-proposal";
import { resolveEligibilityFlag } from "@/server/mutations/awards/resolve-eligibility-flag";
import { saveBallotTally } from "@/server/mutations/awards/save-ballot-tally";
import { cancelBallot } from "@/server/mutations/ballot/cancel-ballot";
import { closeBallot } from "@/server/mutations/ballot/close-ballot";
import { openBallot } from "@/server/mutations/ballot/open-ballot";
import {
  attachObjectionFile,
  attachScoreLineFile,
  attachTaskFile,
  removeObjectionFile,
  removeScoreLineFile,
  removeTaskFile,
} from "@/server/mutations/evidence/attach-evidence-file";
import { addMember } from "@/server/mutations/members/add-member";
import { applyRotation } from "@/server/mutations/members/apply-rotation";
import { mergeUnits } from "@/server/mutations/members/merge-units";
import { recordElection } from "@/server/mutations/members/record-election";
import { renameUnit } from "@/server/mutations/members/rename-unit";
import { undoSuccession } from "@/server/mutations/members/undo-succession";
import { updateMembership } from "@/server/mutations/members/update-membership";
import { attachPledgeFile, removePledgeFile } from "@/server/mutations/pledge/attach-pledge-file";
import { createRegistration } from "@/server/mutations/pledge/create-registration";
import { deleteRegistration } from "@/server/mutations/pledge/delete-registration";
import { savePledge } from "@/server/mutations/pledge/save-pledge";
import { saveSignature } from "@/server/mutations/pledge/save-signature";
import { updateRegistration } from "@/server/mutations/pledge/update-registration";
import { createScoreTable } from "@/server/mutations/score-table/create-score-table";
import { editCriteria } from "@/server/mutations/score-table/edit-criteria";
import { saveScoringRules } from "@/server/mutations/score-table/save-scoring-rules";
import { setScoreTableScale } from "@/server/mutations/score-table/set-score-table-scale";
import {
  approveScoreSheet,
  returnScoreSheet,
  submitScoreSheet,
} from "@/server/mutations/scoring/review-score-sheet";
import { saveScoreCell } from "@/server/mutations/scoring/save-score-cell";
import { transitionScoreSheet } from "@/server/mutations/scoring/transition-score-sheet";
import { setProvisionalVisibility } from "@/server/mutations/set-provisional-visibility";
import { closeDisputeWindow, openDisputeWindow } from "@/server/mutations/disputes/dispute-window";
import { fileObjection } from "@/server/mutations/disputes/file-objection";
import { resolveObjection } from "@/server/mutations/disputes/resolve-objection";
import { createTask } from "@/server/mutations/tasks/create-task";
import { deleteTask } from "@/server/mutations/tasks/delete-task";
import { importTasks } from "@/server/mutations/tasks/import-tasks";
import { updateTask } from "@/server/mutations/tasks/update-task";
import { updateTaskProgress } from "@/server/mutations/tasks/update-task-progress";
import { LEADING_AWARD, MERIT_AWARD, PDF_BYTES, type YearWorld } from "./published-year-world";

/**
 * One write to KTKT 2024 by a user normally allowed to make it, with input read from the
 * database when it runs and parsed by the action's own schema. The order matters only once the
 * year is reopened, where every action runs again and must succeed in turn.
 */
export type WriteAction = {
  name: string;
  mutation: { name: string };
  /** What the write is, for the year's stages (src/domain/year-stages). */
  activity: YearActivity;
  run: (w: YearWorld) => Promise<unknown>;
  /** Refused even in an open year, for a reason of its own (checked after the publishing guard). */
  refusedWhenOpenWith?: new (...args: never[]) => Error;
};

/** The stage activity each mutation needs: the test's own reading of the stage table's rows. */
const MUTATION_ACTIVITY: Record<string, YearActivity> = {
  addEligibilityFlag: "eligibility",
  resolveEligibilityFlag: "eligibility",
  createProposal: "awards",
  changeProposalStatus: "awards",
  saveBallotTally: "awards",
  openBallot: "awards",
  closeBallot: "awards",
  cancelBallot: "awards",
  addMember: "members",
  updateMembership: "members",
  renameUnit: "members",
  mergeUnits: "members",
  undoSuccession: "members",
  recordElection: "roles",
  applyRotation: "roles",
  savePledge: "pledge",
  saveSignature: "pledge",
  attachPledgeFile: "pledge",
  removePledgeFile: "pledge",
  createRegistration: "registrations",
  updateRegistration: "registrations",
  deleteRegistration: "registrations",
  createScoreTable: "scoreTable",
  editCriteria: "scoreTable",
  setScoreTableScale: "scoreTable",
  saveScoringRules: "scoreTable",
  saveScoreCell: "scoreEntry",
  transitionScoreSheet: "scoreEntry", // submitting one's own sheet
  submitScoreSheet: "scoreEntry",
  approveScoreSheet: "sheetReview",
  returnScoreSheet: "sheetReview",
  createTask: "tasks",
  importTasks: "tasks",
  updateTask: "tasks",
  deleteTask: "taskRemoval",
  updateTaskProgress: "taskProgress",
  attachTaskFile: "taskProgress",
  removeTaskFile: "taskProgress",
  attachScoreLineFile: "scoreEntry",
  removeScoreLineFile: "scoreEntry",
  setProvisionalVisibility: "settings",
  openDisputeWindow: "disputes",
  fileObjection: "disputes",
  attachObjectionFile: "disputes",
  removeObjectionFile: "disputes",
  resolveObjection: "disputes",
  closeDisputeWindow: "disputes",
};

type Extra = { label?: string; refusedWhenOpenWith?: WriteAction["refusedWhenOpenWith"] };
const action = (
  mutation: { name: string },
  who: string,
  run: WriteAction["run"],
  { label, refusedWhenOpenWith }: Extra = {},
): WriteAction => ({
  name: `${mutation.name} by ${who}${label ? ` (${label})` : ""}`,
  mutation,
  activity: activityOf(mutation),
  run,
  refusedWhenOpenWith,
});
function activityOf(mutation: { name: string }): YearActivity {
  const activity = MUTATION_ACTIVITY[mutation.name];
  if (!activity) throw new Error(`MUTATION_ACTIVITY has no entry for ${mutation.name}`);
  return activity;
}

const SECRETARIAT = "thuky.ktkt";
const LEADER = "lanhdao.tnmt";
const ADMIN = "admin.yenbai";
const v = (row: { version: number }) => String(row.version);

const progress = (who: string, number: number, percent: string) =>
  action(
    updateTaskProgress,
    who,
    async (w) => {
      const task = await w.task(number);
      const input = {
        taskId: task.id,
        version: v(task),
        status: "PARTIAL",
        completedOn: "2024-10-15",
        completionPercent: percent,
        evidenceNote: "Báo cáo quý IV",
        evidenceUrl: "",
      };
      return updateTaskProgress(w.prisma, w.as(who), updateTaskProgressSchema.parse(input));
    },
    { label: `task ${number}` },
  );

const scoreCell = (who: string, stage: "SELF" | "CROSS_CHECK" | "FINAL", points: string) =>
  action(
    saveScoreCell,
    who,
    async (w) => {
      const cell = await w.line("TNMT", stage, "II.2");
      return saveScoreCell(
        w.prisma,
        w.as(who),
        saveScoreCellSchema.parse({
          ...cell,
          points,
          explanation: "Theo biên bản kiểm tra",
          version: String(cell.version),
        }),
      );
    },
    { label: stage },
  );

export const WRITE_ACTIONS: readonly WriteAction[] = [
  action(addEligibilityFlag, SECRETARIAT, (w) =>
    addEligibilityFlag(
      w.prisma,
      w.as(SECRETARIAT),
      addEligibilityFlagSchema.parse({
        blocYearId: w.yearId,
        unitId: w.ranked.at(-1),
        kind: "UNRESOLVED_COMPLAINT",
        since: "2024-05-02",
      }),
    ),
  ),
  action(resolveEligibilityFlag, SECRETARIAT, (w) =>
    resolveEligibilityFlag(
      w.prisma,
      w.as(SECRETARIAT),
      resolveEligibilityFlagSchema.parse({ flagId: w.flagId, resolvedOn: "2024-09-30" }),
    ),
  ),
  action(createProposal, SECRETARIAT, (w) =>
    createProposal(
      w.prisma,
      w.as(SECRETARIAT),
      createProposalSchema.parse({ blocYearId: w.yearId, unitId: w.ranked[1], awardCode: MERIT_AWARD }),
    ),
  ),
  action(changeProposalStatus, SECRETARIAT, async (w) => {
    const proposal = await w.prisma.awardProposal.findUniqueOrThrow({ where: { id: w.proposalId } });
    const input = {
      proposalId: proposal.id,
      version: v(proposal),
      status: "APPROVED",
      decisionNumber: "125/QĐ-UBND",
      decisionDate: "2025-02-10",
    };
    return changeProposalStatus(w.prisma, w.as(SECRETARIAT), changeProposalStatusSchema.parse(input));
  }),
  action(saveBallotTally, SECRETARIAT, async (w) => {
    const tally = await w.prisma.ballotTally.findUniqueOrThrow({ where: { id: w.tallyId } });
    const input = {
      blocYearId: w.yearId,
      unitId: tally.unitId,
      awardCode: LEADING_AWARD,
      votesFor: "5",
      votersPresent: "8",
      version: v(tally),
    };
    return saveBallotTally(w.prisma, w.as(SECRETARIAT), saveBallotTallySchema.parse(input));
  }),
  action(openBallot, SECRETARIAT, (w) =>
    openBallot(
      w.prisma,
      w.as(SECRETARIAT),
      openBallotSchema.parse({ blocYearId: w.yearId, candidates: [`${w.ranked[0]!}:${LEADING_AWARD}`] }),
    ),
  ),
  // Closes the ballot the action above opened (once reopened), else meets the world's ballot,
  // cancelled before publishing.
  action(closeBallot, SECRETARIAT, async (w) => {
    const open = await w.prisma.ballot.findFirst({
      where: { blocYearId: w.yearId, status: "OPEN" },
      select: { id: true, version: true },
    });
    const ballot = open ?? { id: w.ballotId, version: 2 };
    return closeBallot(w.prisma, w.as(SECRETARIAT), { ballotId: ballot.id, version: ballot.version });
  }),
  action(
    cancelBallot,
    SECRETARIAT,
    (w) => cancelBallot(w.prisma, w.as(SECRETARIAT), { ballotId: w.ballotId, version: 2, reason: "Thử" }),
    { refusedWhenOpenWith: ConflictError },
  ),
  action(addMember, SECRETARIAT, (w) =>
    addMember(
      w.prisma,
      w.as(SECRETARIAT),
      addMemberSchema.parse({
        mode: "new",
        blocYearId: w.yearId,
        joinedOn: "2024-07-01",
        name: "Sở Ngoại vụ",
        shortName: "NgV",
        code: "NGV",
      }),
    ),
  ),
  action(updateMembership, SECRETARIAT, async (w) => {
    const membership = await w.prisma.membership.findFirstOrThrow({
      where: { blocYearId: w.yearId, unitId: w.unit("KHCN") },
    });
    return updateMembership(
      w.prisma,
      w.as(SECRETARIAT),
      updateMembershipSchema.parse({
        membershipId: membership.id,
        version: v(membership),
        joinedOn: "2024-01-02",
        leftOn: "",
      }),
    );
  }),
  action(recordElection, SECRETARIAT, async (w) => {
    const input = {
      blocYearId: w.yearId,
      rolesStamp: await w.rolesStamp(),
      headUnitId: w.unit("TNMT"),
      standingDeputyUnitId: w.unit("GTVT"),
      deputyUnitIds: [w.unit("CT"), w.unit("XD")],
      electedOn: "2024-01-12",
      decisionRef: "Biên bản bổ sung",
    };
    return recordElection(w.prisma, w.as(SECRETARIAT), recordElectionSchema.parse(input));
  }),
  action(applyRotation, SECRETARIAT, async (w) => {
    const input = {
      fromBlocYearId: w.previousYearId,
      rolesStamp: await w.rolesStamp(),
      electedOn: "2024-01-15",
      decisionRef: "Biên bản hội nghị ngày 15/01/2024",
    };
    return applyRotation(w.prisma, w.as(SECRETARIAT), applyRotationSchema.parse(input));
  }),
  action(renameUnit, SECRETARIAT, async (w) => {
    const current = await w.prisma.unitName.findFirstOrThrow({
      where: { unitId: w.unit("KHCN") },
      orderBy: { validFrom: "desc" },
    });
    const input = {
      blocYearId: w.yearId,
      unitId: w.unit("KHCN"),
      currentNameId: current.id,
      name: "Sở Khoa học, Công nghệ và Đổi mới sáng tạo",
      shortName: "KHCN&ĐMST",
      validFrom: "2024-06-01",
    };
    return renameUnit(w.prisma, w.as(SECRETARIAT), renameUnitSchema.parse(input));
  }),
  action(mergeUnits, SECRETARIAT, (w) => {
    const input = {
      successorMode: "new",
      name: "Ban Quản lý dự án và các khu công nghiệp",
      shortName: "BQLDA&KCN",
      code: "BQLHN",
      blocYearId: w.yearId,
      predecessorIds: [w.unit("BQLDA"), w.unit("BQLKCN")],
      effectiveOn: "2024-10-01",
      decisionRef: "",
      endMemberships: "false",
      addSuccessor: "false",
    };
    return mergeUnits(w.prisma, w.as(SECRETARIAT), mergeUnitsSchema.parse(input));
  }),
  action(undoSuccession, SECRETARIAT, async (w) => {
    const succession = await w.prisma.unitSuccession.findFirstOrThrow({
      where: { predecessorId: w.unit("TNMT") },
      select: { id: true },
    });
    const input = { blocYearId: w.yearId, successionId: succession.id, reason: "Ghi nhầm" };
    return undoSuccession(w.prisma, w.as(SECRETARIAT), undoSuccessionSchema.parse(input));
  }),
  action(savePledge, SECRETARIAT, async (w) => {
    const pledge = await w.prisma.pledge.findUniqueOrThrow({ where: { blocYearId: w.yearId } });
    return savePledge(
      w.prisma,
      w.as(SECRETARIAT),
      savePledgeSchema.parse({
        blocYearId: w.yearId,
        version: v(pledge),
        title: pledge.title,
        body: `${pledge.body}\n\nSửa đổi.`,
        signedOn: "2024-01-12",
      }),
    );
  }),
  action(saveSignature, SECRETARIAT, async (w) => {
    const signature = await w.prisma.pledgeSignature.findFirstOrThrow({
      where: { pledge: { blocYearId: w.yearId }, unitId: w.unit("KHCN") },
    });
    const input = {
      blocYearId: w.yearId,
      unitId: signature.unitId,
      version: v(signature),
      signerName: "Nguyễn Văn Thắng",
      signerTitle: "Phó Giám đốc phụ trách",
      signedOn: "2024-01-12",
    };
    return saveSignature(w.prisma, w.as(SECRETARIAT), saveSignatureSchema.parse(input));
  }),
  action(attachPledgeFile, SECRETARIAT, async (w) => {
    const pledge = await w.prisma.pledge.findUniqueOrThrow({ where: { blocYearId: w.yearId } });
    return attachPledgeFile(
      w.prisma,
      w.as(SECRETARIAT),
      attachPledgeFileSchema.parse({
        blocYearId: w.yearId,
        version: v(pledge),
        fileName: "giao-uoc-ban-2.pdf",
        bytes: PDF_BYTES,
      }),
    );
  }),
  action(removePledgeFile, SECRETARIAT, async (w) => {
    const pledge = await w.prisma.pledge.findUniqueOrThrow({ where: { blocYearId: w.yearId } });
    return removePledgeFile(
      w.prisma,
      w.as(SECRETARIAT),
      removePledgeFileSchema.parse({ blocYearId: w.yearId, version: v(pledge) }),
    );
  }),
  action(createRegistration, LEADER, (w) =>
    createRegistration(
      w.prisma,
      w.as(LEADER),
      createRegistrationSchema.parse({
        blocYearId: w.yearId,
        unitId: w.unit("TNMT"),
        kind: "TITLE",
        content: "Cờ thi đua của Bộ Tài nguyên và Môi trường",
      }),
    ),
  ),
  action(updateRegistration, SECRETARIAT, async (w) => {
    const registration = await w.prisma.registration.findUniqueOrThrow({ where: { id: w.registrationId } });
    const input = {
      registrationId: registration.id,
      version: v(registration),
      kind: "MODEL",
      content: registration.content,
      note: "",
      outcome: "Đã nhân rộng ra 9 huyện",
      taskIds: [],
    };
    return updateRegistration(w.prisma, w.as(SECRETARIAT), updateRegistrationSchema.parse(input));
  }),
  action(deleteRegistration, LEADER, async (w) => {
    const registration = await w.prisma.registration.findUniqueOrThrow({ where: { id: w.registrationId } });
    return deleteRegistration(
      w.prisma,
      w.as(LEADER),
      deleteRegistrationSchema.parse({ registrationId: registration.id, version: v(registration) }),
    );
  }),
  // The year has its table, so an open year refuses this too: the publishing guard must come first.
  action(
    createScoreTable,
    ADMIN,
    (w) =>
      createScoreTable(
        w.prisma,
        w.as(ADMIN),
        createScoreTableSchema.parse({ blocYearId: w.yearId, title: "Bảng điểm mới", maxPoints: "100" }),
      ),
    { refusedWhenOpenWith: ConflictError },
  ),
  action(editCriteria, SECRETARIAT, async (w) => {
    const table = await w.table();
    const input = {
      operation: "update",
      scoreTableId: table.id,
      revision: table.revision,
      criterionId: table.idOf("II.3"),
      code: "II.3",
      title: "Phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến",
      kind: "MANUAL",
      maxPoints: "6",
      capPoints: "",
    };
    return editCriteria(w.prisma, w.as(SECRETARIAT), editCriteriaSchema.parse(input));
  }),
  action(setScoreTableScale, SECRETARIAT, async (w) => {
    const table = await w.table();
    return setScoreTableScale(
      w.prisma,
      w.as(SECRETARIAT),
      setScoreTableScaleSchema.parse({
        scoreTableId: table.id,
        revision: table.revision,
        title: `${table.title} (sửa đổi)`,
        maxPoints: "100",
      }),
    );
  }),
  action(saveScoringRules, ADMIN, async (w) => {
    const year = await w.blocYear();
    const rules = { ...(year.rules as { allowSelfScoreFallback: boolean }) };
    rules.allowSelfScoreFallback = !rules.allowSelfScoreFallback;
    return saveScoringRules(
      w.prisma,
      w.as(ADMIN),
      saveScoringRulesSchema.parse({ blocYearId: w.yearId, version: v(year), rules: JSON.stringify(rules) }),
    );
  }),
  scoreCell(SECRETARIAT, "CROSS_CHECK", "5"),
  scoreCell(ADMIN, "FINAL", "5,5"),
  scoreCell(LEADER, "SELF", "6"),
  // Before the leader submits the sheet below: a submitted sheet's evidence is as fixed as its points.
  action(attachScoreLineFile, LEADER, (w) =>
    attachScoreLineFile(
      w.prisma,
      w.as(LEADER),
      attachScoreLineFileSchema.parse({ lineId: w.selfLineId, fileName: "bien-ban.pdf", bytes: PDF_BYTES }),
    ),
  ),
  action(removeScoreLineFile, LEADER, async (w) => {
    const file = await w.prisma.attachment.findFirstOrThrow({ where: { scoreLineId: w.selfLineId } });
    return removeScoreLineFile(
      w.prisma,
      w.as(LEADER),
      removeEvidenceFileSchema.parse({ attachmentId: file.id }),
    );
  }),
  action(
    transitionScoreSheet,
    LEADER,
    async (w) => {
      const sheet = await w.sheet("TNMT");
      return transitionScoreSheet(w.prisma, w.as(LEADER), {
        ...scoreSheetRefSchema.parse({ sheetId: sheet.id, version: v(sheet) }),
        transition: "submit",
      });
    },
    { label: "submit" },
  ),
  action(approveScoreSheet, SECRETARIAT, async (w) => {
    const sheet = await w.sheet("GTVT");
    return approveScoreSheet(
      w.prisma,
      w.as(SECRETARIAT),
      scoreSheetRefSchema.parse({ sheetId: sheet.id, version: v(sheet) }),
    );
  }),
  action(returnScoreSheet, ADMIN, async (w) => {
    const sheet = await w.sheet("CT");
    return returnScoreSheet(
      w.prisma,
      w.as(ADMIN),
      returnScoreSheetSchema.parse({
        sheetId: sheet.id,
        version: v(sheet),
        reason: "Thiếu minh chứng mục II.1",
      }),
    );
  }),
  // Submitted before publishing; once reopened it is submitted again after being returned above.
  action(submitScoreSheet, "lanhdao.ct", async (w) => {
    const sheet = await w.sheet("CT");
    return submitScoreSheet(
      w.prisma,
      w.as("lanhdao.ct"),
      scoreSheetRefSchema.parse({ sheetId: sheet.id, version: v(sheet) }),
    );
  }),
  action(createTask, SECRETARIAT, (w) => {
    const input = {
      blocYearId: w.yearId,
      title: "Rà soát danh mục dự án kêu gọi đầu tư năm 2024",
      ownerUnitId: w.unit("TNMT"),
      sourceMode: "existing",
      sourceDocumentId: w.sourceDocumentId,
      weight: "2",
      deadline: "30/11/2024",
      criterionId: w.taskCriterionId ?? "",
    };
    return createTask(w.prisma, w.as(SECRETARIAT), createTaskSchema.parse(input));
  }),
  action(importTasks, SECRETARIAT, async (w) => {
    const rows = [
      {
        row: 2,
        title: "Nhiệm vụ nhập từ tệp sau hội nghị",
        owner: "TN&MT",
        source: "188-CTr/TU",
        weight: 1,
        deadline: "15/12/2024",
      },
    ];
    const outcome = await importTasks(w.prisma, w.as(SECRETARIAT), {
      blocYearId: w.yearId,
      rows,
      fileName: "nhiem-vu.xlsx",
    });
    if (!outcome.ok) throw new Error(`import refused: ${JSON.stringify(outcome.problems)}`);
    return outcome;
  }),
  action(updateTask, SECRETARIAT, async (w) => {
    const task = await w.task(9);
    const input = {
      taskId: task.id,
      version: v(task),
      title: `${task.title} (điều chỉnh)`,
      ownerUnitId: task.ownerUnitId,
      sourceMode: "existing",
      sourceDocumentId: task.sourceDocumentId,
      weight: String(task.weight),
      deadline: toIsoDay(task.deadline),
      criterionId: task.criterionId ?? "",
    };
    return updateTask(w.prisma, w.as(SECRETARIAT), updateTaskSchema.parse(input));
  }),
  action(deleteTask, SECRETARIAT, async (w) => {
    const task = await w.task(10);
    return deleteTask(
      w.prisma,
      w.as(SECRETARIAT),
      deleteTaskSchema.parse({ taskId: task.id, version: v(task) }),
    );
  }),
  progress(LEADER, 8, "70"),
  action(attachTaskFile, SECRETARIAT, async (w) =>
    attachTaskFile(
      w.prisma,
      w.as(SECRETARIAT),
      attachTaskFileSchema.parse({
        taskId: (await w.task(8)).id,
        fileName: "anh-hien-truong.pdf",
        bytes: PDF_BYTES,
      }),
    ),
  ),
  action(removeTaskFile, LEADER, async (w) => {
    const file = await w.prisma.attachment.findFirstOrThrow({ where: { taskId: (await w.task(8)).id } });
    return removeTaskFile(w.prisma, w.as(LEADER), removeEvidenceFileSchema.parse({ attachmentId: file.id }));
  }),
  progress(SECRETARIAT, 7, "40"),
  action(setProvisionalVisibility, ADMIN, async (w) => {
    const year = await w.blocYear();
    return setProvisionalVisibility(
      w.prisma,
      w.as(ADMIN),
      setProvisionalVisibilitySchema.parse({ blocYearId: w.yearId, version: v(year), visible: "true" }),
    );
  }),
  // The dispute window (issue 14): opened, an objection filed and its papers changed, the
  // world's objection answered, the window closed; in that order, so each finds what it needs.
  action(openDisputeWindow, SECRETARIAT, async (w) =>
    openDisputeWindow(
      w.prisma,
      w.as(SECRETARIAT),
      openDisputeWindowSchema.parse({ blocYearId: w.yearId, version: v(await w.blocYear()), days: "5" }),
    ),
  ),
  action(fileObjection, LEADER, async (w) =>
    fileObjection(
      w.prisma,
      w.as(LEADER),
      fileObjectionSchema.parse({
        unitId: w.unit("TNMT"),
        criterionId: await w.leaf("II.2"),
        stage: "CROSS_CHECK",
        reason: "Điểm kiểm tra chéo chưa tính báo cáo bổ sung.",
      }),
    ),
  ),
  action(attachObjectionFile, LEADER, (w) =>
    attachObjectionFile(
      w.prisma,
      w.as(LEADER),
      attachObjectionFileSchema.parse({
        objectionId: w.objectionId,
        fileName: "cong-van.pdf",
        bytes: PDF_BYTES,
      }),
    ),
  ),
  action(removeObjectionFile, LEADER, (w) =>
    removeObjectionFile(
      w.prisma,
      w.as(LEADER),
      removeEvidenceFileSchema.parse({ attachmentId: w.objectionFileId }),
    ),
  ),
  action(resolveObjection, SECRETARIAT, async (w) => {
    const objection = await w.prisma.objection.findUniqueOrThrow({ where: { id: w.objectionId } });
    return resolveObjection(
      w.prisma,
      w.as(SECRETARIAT),
      resolveObjectionSchema.parse({
        objectionId: objection.id,
        version: v(objection),
        decision: "accept",
        points: "5",
        resolution: "Đối chiếu văn bản báo cáo: chấp nhận.",
      }),
    );
  }),
  action(closeDisputeWindow, SECRETARIAT, async (w) =>
    closeDisputeWindow(
      w.prisma,
      w.as(SECRETARIAT),
      closeDisputeWindowSchema.parse({ blocYearId: w.yearId, version: v(await w.blocYear()) }),
    ),
  ),
];
