import type { ScoreStage, SheetStatus } from "@/generated/prisma/enums";
import type { ActionResult } from "@/server/action-result";
import type { CurrentScoreCell } from "@/server/mutations/scoring/score-cell-conflict";
import type { SavedScoreCell } from "@/server/mutations/scoring/save-score-cell";
import type { GridGroup } from "./score-grid-columns";
import type { PeerGrid } from "./peer-grid";

export type { GridGroup, GridLeaf } from "./score-grid-columns";

/** A typed cell as loaded; `version` 0 = no line yet. */
export type GridCell = {
  points: number | null;
  explanation: string | null;
  evidenceUrl: string | null;
  version: number;
  enteredByName: string | null;
  updatedAt: string | null;
};

/** A saved line's evidence files, by the line they belong to (a cell without a line has none). */
export type GridEvidence = {
  lineId: string;
  files: { id: string; fileName: string; size: number }[];
};

export type GridSheet = {
  id: string;
  status: SheetStatus;
  version: number;
  returnReason: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
};

/** The engine's rank and total (all stages by precedence); null when the unit is not ranked or has no scores yet. */
export type GridStanding = { rank: number | null; total: number | null };

export type GridRow = GridStanding & {
  unitId: string;
  name: string;
  /** Points of task-derived leaves, computed by the engine. */
  computed: Record<string, number>;
  /**
   * Final stage of a year with peer cross-checking: what a blank cell counts (the combined
   * cross-check, as the engine has it), by criterion id.
   */
  fallback: Record<string, number>;
  cells: Record<string, GridCell>;
  /** By criterion id. */
  evidence: Record<string, GridEvidence>;
  sheet: GridSheet | null;
  canEdit: boolean;
  canReview: boolean;
  canSubmit: boolean;
};

export type ScoreGrid = {
  blocYearId: string;
  /** When the grid was read (ISO): lines saved later come back with each save (gridUpdateFor). */
  loadedAt: string;
  stage: ScoreStage;
  writable: boolean;
  scoreTable: { version: number; maxPoints: number } | null;
  groups: GridGroup[];
  rows: GridRow[];
  /** Leaders see only their own unit unless the bloc lets members see provisional scores. */
  onlyOwnUnit: boolean;
  /** Peer cross-checking: the rows are one scorer unit's sheet (the units it scores). */
  peer: PeerGrid | null;
  /** Peer cross-checking, but no scorer's sheet the user may open (their unit scores nobody). */
  noPeerSheet: boolean;
};

/** A cell someone saved after a grid was read, as that grid shows cells (with its line's id). */
export type ChangedCell = { unitId: string; criterionId: string; cell: GridCell & { lineId: string } };

/**
 * What saving a cell answers (POST /api/cham-diem/o-diem): the saved cell with every visible
 * row's place and total; a save refused on top of someone else's change says what the cell
 * holds now.
 */
export type SaveScoreCellResult =
  ActionResult<SavedCellWithStandings> | { ok: false; formError: string; conflict: CurrentScoreCell };
/** What a grid on screen is told of others' saves (GET /api/cham-diem/o-diem). */
export type GridChanges = Pick<SavedCellWithStandings, "standings" | "changed" | "removed" | "answeredAt">;
export type GridChangesResult = ActionResult<GridChanges>;
export type SavedCellWithStandings = SavedScoreCell & {
  standings: Record<string, GridStanding>;
  /** Cells of the stage others saved since the grid's `since`. */
  changed: ChangedCell[];
  /** Lines of the year removed since then (cells saved blank), by id. */
  removed: string[];
  /** When the save had committed (ISO): a grid read before then may not hold it. */
  answeredAt: string;
};
