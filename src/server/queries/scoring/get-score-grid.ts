import "server-only";
import { typedLeafLimit } from "@/domain/score-entry/leaf-limit";
import { stageAllows } from "@/domain/year-stages";
import { linesEditable } from "@/domain/score-entry/sheet-status";
import { type CrossCheckRule, DEFAULT_SCORING_RULES, hasScores, type UnitResult } from "@/domain/scoring";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import type { ScoreStage } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import {
  blocYearsAllowed,
  mayEnterScores,
  mayReviewScoreSheet,
  maySeeUnit,
  scoreEntryAccess,
  seesOtherUnits,
  YEAR_VISIBILITY_SELECT,
  yearVisibility,
} from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { computeRanking } from "../compute-ranking";
import type { LiveRankingLoader } from "../load-year-result";
import { loadScoreGridRows, type ScoreGridRows } from "./load-score-grid-rows";
import { gridCellOf } from "./grid-cell-select";
import { choosePeerSheet, type PeerGrid } from "./peer-grid";
import { combinedPeerScores } from "./combined-peer-score";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import { isPeerCrossCheck, scoresPeer } from "@/domain/score-entry/peer-scoring";
import { gridGroups, type GridGroup } from "./score-grid-columns";
import type { GridCell, GridEvidence, GridRow, GridStanding, ScoreGrid } from "./score-grid-types";

export type GridOrder = "name" | "rank";
type Context = {
  user: SessionUser;
  stage: ScoreStage;
  writable: boolean;
  canManage: boolean;
  groups: GridGroup[];
  units: Map<string, UnitResult>;
  /** Peer cross-checking: the scorer's sheet shown. */
  peer: PeerGrid | null;
  /** Final stage of a year whose members cross-check each other: the peers' figure by "unit|leaf". */
  peerFigures: Map<string, number>;
  /** Rows whose place and total the user may see (a peer scorer sees only its own). */
  seesStanding: (unitId: string) => boolean;
};

/** The bloc-year of a grid, with what decides who sees which rows, if the user may view it. */
export async function findGridYear(prisma: AppPrismaClient, user: SessionUser, blocYearId: string) {
  const row = await prisma.blocYear.findFirst({
    where: { id: blocYearId, AND: [blocYearsAllowed(user, "view")] },
    select: { id: true, year: true, rules: true, ...YEAR_VISIBILITY_SELECT },
  });
  return row && { id: row.id, year: row.year, rules: row.rules, ...yearVisibility(row) };
}

/**
 * The year's cross-check rule; rules stored invalid (the rules page says so) leave the grid as it
 * was: the secretariat's cross-check. Read by the grid only, not by each save's update.
 */
function crossCheckOf(rules: unknown): CrossCheckRule {
  const parsed = scoringRulesSchema.safeParse(rules);
  return parsed.success ? parsed.data.crossCheck : DEFAULT_SCORING_RULES.crossCheck;
}

/**
 * A row's place and total as the grid shows them: a unit without scores has neither (a dash, as
 * in the rankings), not a 0,00 as if it had scored nothing.
 */
export function standingOf(result: UnitResult | undefined): GridStanding {
  const scored = result !== undefined && hasScores(result);
  return { rank: scored ? result.rank : null, total: scored ? result.total : null };
}

/** One stage's score grid of a bloc-year the user may see, or null. Task-derived columns and totals come from the engine. */
export async function getScoreGrid(
  prisma: AppPrismaClient,
  user: SessionUser,
  options: { blocYearId: string; stage: ScoreStage; order: GridOrder; scorerUnitId?: string | null },
  liveRanking: LiveRankingLoader = (blocYearId) => computeRanking(prisma, { blocYearId }),
): Promise<ScoreGrid | null> {
  // Before the lines are read: a save made meanwhile is then "changed since" for this grid.
  const loadedAt = new Date().toISOString();
  const blocYear = await findGridYear(prisma, user, options.blocYearId);
  if (!blocYear) return null;
  const canManage =
    (await prisma.blocYear.count({ where: { id: blocYear.id, AND: [blocYearsAllowed(user, "manage")] } })) >
    0;
  const ranking = await liveRanking(blocYear.id);
  const crossCheck = crossCheckOf(blocYear.rules);
  const rows = await loadScoreGridRows(prisma, {
    blocYearId: blocYear.id,
    scoreTableId: ranking.scoreTable?.id ?? null,
    stage: options.stage,
  });
  // Score entry and sheet reviews are open in the same stages (src/domain/year-stages).
  const writable = stageAllows(blocYear.status, "scoreEntry");
  const onlyOwnUnit = !seesOtherUnits(user, blocYear);
  const peer = choosePeerSheet({
    user,
    year: blocYear,
    canManage,
    stage: options.stage,
    rule: crossCheck,
    members: rows.members,
    asked: options.scorerUnitId ?? null,
  });
  const context: Context = {
    user,
    stage: options.stage,
    writable,
    canManage,
    groups: gridGroups(rows.criteria),
    units: new Map(ranking.result.units.map((u) => [u.unitId, u])),
    peer,
    peerFigures:
      options.stage === "FINAL" && isPeerCrossCheck(crossCheck)
        ? await combinedPeerScores(prisma, {
            blocYearId: blocYear.id,
            combine: crossCheck.combine,
            limitOf: limitsOf(rows.criteria),
          })
        : new Map(),
    seesStanding: (unitId) => maySeeUnit(user, blocYear, unitId),
  };
  // With peers, the cross-check grid is always one scorer's sheet: none the user may open, no rows.
  const noPeerSheet = options.stage === "CROSS_CHECK" && isPeerCrossCheck(crossCheck) && peer === null;
  const shown = peer
    ? rows.members.filter((member) => scoresPeer(crossCheck, peer.scorerUnitId, member.unitId))
    : noPeerSheet
      ? []
      : rows.members.filter((member) => maySeeUnit(user, blocYear, member.unitId));
  const gridRows = shown.map((member) => gridRow(context, rows, member));
  gridRows.sort(options.order === "rank" ? byRank : (a, b) => compareVietnamese(a.name, b.name));
  const scoreTable = ranking.scoreTable && {
    version: ranking.scoreTable.version,
    maxPoints: ranking.scoreTable.maxPoints,
  };
  return {
    blocYearId: blocYear.id,
    loadedAt,
    stage: options.stage,
    writable,
    scoreTable,
    groups: context.groups,
    rows: gridRows,
    onlyOwnUnit,
    peer,
    noPeerSheet,
  };
}

/** Each typed leaf's limit, as the engine applies it: a manual leaf's maximum, else its cap. */
function limitsOf(criteria: ScoreGridRows["criteria"]): (criterionId: string) => number {
  const limits = new Map(criteria.map((c) => [c.id, typedLeafLimit(c)]));
  return (criterionId) => limits.get(criterionId) ?? Number.MAX_SAFE_INTEGER;
}

const byRank = (a: GridRow, b: GridRow) =>
  (a.rank ?? Infinity) - (b.rank ?? Infinity) || compareVietnamese(a.name, b.name);
const iso = (date: Date | null) => date?.toISOString() ?? null;

function gridRow(
  context: Context,
  rows: ScoreGridRows,
  membership: ScoreGridRows["members"][number],
): GridRow {
  const { user, stage, groups } = context;
  const scorer = context.peer?.scorerUnitId ?? null;
  const sheetRow = rows.sheets.find(
    (sheet) => sheet.unitId === membership.unitId && sheet.scorerUnitId === scorer,
  );
  const result = context.units.get(membership.unitId);
  const leaves = groups.flatMap((group) => group.leaves);
  const cells: Record<string, GridCell> = {};
  const evidence: Record<string, GridEvidence> = {};
  for (const line of sheetRow?.lines ?? []) {
    cells[line.criterionId] = gridCellOf(line);
    evidence[line.criterionId] = { lineId: line.id, files: line.evidenceFiles };
  }
  const computed = Object.fromEntries(
    leaves.filter((leaf) => !leaf.typed).map((leaf) => [leaf.id, result?.nodePoints[leaf.id] ?? 0]),
  );
  const fallback = Object.fromEntries(
    leaves.flatMap((leaf) => {
      const figure = context.peerFigures.get(`${membership.unitId}|${leaf.id}`);
      return leaf.typed && cells[leaf.id] === undefined && figure !== undefined ? [[leaf.id, figure]] : [];
    }),
  );
  const sheet = sheetRow
    ? {
        id: sheetRow.id,
        status: sheetRow.status,
        version: sheetRow.version,
        returnReason: sheetRow.returnReason,
        submittedAt: iso(sheetRow.submittedAt),
        approvedAt: iso(sheetRow.approvedAt),
      }
    : null;
  const mayWrite = context.peer
    ? context.writable && context.peer.mayEnter
    : context.writable &&
      (scoreEntryAccess(stage) === "view" || context.canManage) &&
      mayEnterScores(user, { stage, unitId: membership.unitId });
  return {
    unitId: membership.unitId,
    name: membership.name,
    // A unit without scores has a 0,00, not a place (src/domain/scoring/has-scores), as on the rankings page.
    ...(context.seesStanding(membership.unitId) ? standingOf(result) : { rank: null, total: null }),
    computed,
    fallback,
    cells,
    evidence,
    sheet,
    canEdit: mayWrite && linesEditable(sheet?.status ?? null),
    canSubmit:
      mayWrite &&
      stage === "SELF" &&
      sheet !== null &&
      (sheet.status === "DRAFT" || sheet.status === "RETURNED"),
    canReview:
      context.writable &&
      context.canManage &&
      stage === "SELF" &&
      sheet?.status === "SUBMITTED" &&
      mayReviewScoreSheet(user, membership.unitId),
  };
}
