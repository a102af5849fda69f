"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { parsePoints, pointsForInput, type ParsedPoints } from "@/domain/score-entry/parse-points";
import type {
  GridCell,
  GridChanges,
  GridLeaf,
  GridRow,
  GridStanding,
  ScoreGrid,
} from "@/server/queries/scoring/score-grid-types";
import { formatPoints } from "@/domain/format";
import { postScoreCell } from "./post-score-cell";
import { useGridChanges } from "./use-grid-changes";
import {
  BLANK_CELL,
  cellKey,
  dropSavedCopies,
  latest,
  sameValues,
  withOthersChanges,
  withoutRemovedLines,
  type CellKey,
  type LocalCell,
} from "./local-cells";

export type CellTarget = { unitId: string; leaf: GridLeaf };

/** A typed value as it would be sent, or what is wrong with it (the server checks again). */
export function checkDraft(text: string, limit: number): ParsedPoints {
  const parsed = parsePoints(text);
  if (parsed.ok && parsed.centipoints !== null && parsed.centipoints > limit)
    return { ok: false, error: `Tối đa ${formatPoints(limit)} điểm.` };
  return parsed;
}

const NETWORK_ERROR = "Không lưu được: mất kết nối hoặc máy chủ bận. Giá trị của bạn vẫn còn, hãy thử lại.";

// The grids this browser tab has shown, by when the server read them. Meeting one again means
// the router brought it back from its memory (Back, Forward) with the values of that moment:
// saves made since would show as old, and the next edit of such a cell as someone else's change.
const shownGrids = new Set<string>();

/** Every typed cell's local state: its draft, its save in flight, and its error or conflict. */
export function useScoreCells(grid: ScoreGrid) {
  const router = useRouter();
  useEffect(() => {
    if (shownGrids.has(grid.loadedAt)) router.refresh();
    else shownGrids.add(grid.loadedAt);
  }, [grid.loadedAt, router]);
  const [cells, setCells] = useState<Record<CellKey, LocalCell>>({});
  const [sessionEnded, setSessionEnded] = useState(false);
  // Places and totals as the last save returned them, over the grid's own.
  const [standings, setStandings] = useState<{ at: string; rows: Record<string, GridStanding> }>({
    at: "",
    rows: {},
  });
  // When this grid last heard of other people's saves: each save brings back those made since.
  const [since, setSince] = useState(grid.loadedAt);
  // A fresh grid from the server carries every value saved before it was read: drop the copies
  // kept meanwhile, but not those of saves it may have missed (a refresh or a navigation asked
  // for before a save, answered after it). Adjusted while rendering, as React advises for state
  // that follows a prop.
  const [seenGrid, setSeenGrid] = useState(grid);
  if (seenGrid !== grid) {
    setSeenGrid(grid);
    setCells((current) => dropSavedCopies(current, grid.loadedAt));
    setStandings((current) => (current.at > grid.loadedAt ? current : { at: "", rows: {} }));
    setSince((last) => latest([last, grid.loadedAt]));
  }
  const patch = useCallback(
    (key: CellKey, change: Partial<LocalCell>) =>
      setCells((current) => ({ ...current, [key]: { status: "idle", ...current[key], ...change } })),
    [],
  );
  /** A change that depends on the cell as it is when applied (typing may have gone on meanwhile). */
  const update = useCallback(
    (key: CellKey, change: (current: LocalCell | undefined) => Partial<LocalCell>) =>
      setCells((current) => ({
        ...current,
        [key]: { status: "idle", ...current[key], ...change(current[key]) },
      })),
    [],
  );
  // Every cell of every row asks for its row on each render (each keystroke): by id, not by search.
  const rowsById = useMemo(() => new Map(grid.rows.map((row) => [row.unitId, row])), [grid]);
  // The grid's lines by id: a line someone removes is found by its id.
  const shownLines = useMemo(
    () =>
      new Map(
        grid.rows.flatMap((row) =>
          Object.entries(row.evidence).map(([criterionId, { lineId }]) => [
            lineId,
            cellKey(row.unitId, criterionId),
          ]),
        ),
      ),
    [grid],
  );
  /** Other people's saves and removals, as a save's answer or an ask for changes brings them. */
  const mergeOthers = useCallback(
    (others: Pick<GridChanges, "changed" | "removed">, savedKey: CellKey, knownAt: string) =>
      setCells((current) =>
        withoutRemovedLines(
          withOthersChanges(current, others.changed, savedKey, knownAt),
          others.removed,
          shownLines,
          knownAt,
        ),
      ),
    [shownLines],
  );
  // Peer cross-checking: the scorer unit's sheet this grid shows ("" for any other sheet).
  const scorerUnitId = grid.peer?.scorerUnitId ?? "";
  const baseOf = useCallback(
    (unitId: string, criterionId: string): GridCell =>
      cells[cellKey(unitId, criterionId)]?.saved ?? rowsById.get(unitId)?.cells[criterionId] ?? BLANK_CELL,
    [cells, rowsById],
  );

  /**
   * Typing into a cell (its points, explanation or evidence): the first change notes the version
   * typed over, which its save is checked against.
   */
  const edit = useCallback(
    (unitId: string, criterionId: string, change: Partial<LocalCell>) => {
      const version = baseOf(unitId, criterionId).version;
      update(cellKey(unitId, criterionId), (current) => ({
        ...change,
        typedOver: current?.typedOver ?? version,
      }));
    },
    [baseOf, update],
  );

  // Each cell's save in flight, as the version its line has after it (null: not saved): a save
  // asked for meanwhile (Enter, a new value, Enter again within a blink) waits for it and builds
  // on that version, instead of meeting this grid's own save as someone else's change.
  const inFlight = useRef(new Map<CellKey, Promise<number | null>>());

  const save = useCallback(
    async (target: CellTarget, options: { version?: number } = {}) => {
      const key = cellKey(target.unitId, target.leaf.id);
      const local = cells[key] ?? { status: "idle" as const };
      const base = baseOf(target.unitId, target.leaf.id);
      const text = local.draft ?? pointsForInput(base.points);
      const values = {
        explanation: local.explanation !== undefined ? local.explanation : base.explanation,
        evidenceUrl: local.evidenceUrl !== undefined ? local.evidenceUrl : base.evidenceUrl,
      };
      const parsed = checkDraft(text, target.leaf.limit);
      if (!parsed.ok) return patch(key, { status: "error", error: parsed.error });
      const previous = inFlight.current.get(key);
      // Unchanged from what the cell holds (someone else's save heard meanwhile, else its base).
      const unchanged = sameValues(local.heard ?? base, { points: parsed.centipoints, ...values });
      // While a save is in flight the base is not yet what the cell holds: nothing is "unchanged".
      if (unchanged && options.version === undefined && previous === undefined)
        return patch(key, {
          draft: undefined,
          explanation: undefined,
          evidenceUrl: undefined,
          typedOver: undefined,
          // Someone saved just what was typed here: the cell says so, as after its own save.
          ...(local.heard && { saved: local.heard, heard: undefined }),
          status: local.heard ? "saved" : local.status === "error" ? "idle" : local.status,
          error: undefined,
        });
      patch(key, { status: "saving", error: undefined });
      // What the answer settles: the typed text and fields as sent, not what was typed since.
      // Typing that went on builds on the version this save leaves.
      const settled = (current: LocalCell | undefined, version: number) => {
        const left = {
          draft: current?.draft === text ? undefined : current?.draft,
          explanation: current?.explanation === values.explanation ? undefined : current?.explanation,
          evidenceUrl: current?.evidenceUrl === values.evidenceUrl ? undefined : current?.evidenceUrl,
        };
        const typing = Object.values(left).some((value) => value !== undefined);
        return { ...left, typedOver: typing ? version : undefined };
      };
      // Another save of the cell was asked for after this one (read when the answer comes, not in
      // a state update, which runs later; `run` is assigned by then, after an await).
      const laterSave = () => inFlight.current.get(key) !== run;
      const run = (async (): Promise<number | null> => {
        const typedOver = local.typedOver ?? base.version;
        const version = options.version ?? (previous ? ((await previous) ?? typedOver) : typedOver);
        try {
          const result = await postScoreCell(
            {
              unitId: target.unitId,
              criterionId: target.leaf.id,
              stage: grid.stage,
              points: text,
              ...values,
              scorerUnitId,
              version,
            },
            since,
          );
          if (result.ok) {
            const { standings: after, changed, removed, sheet, answeredAt, ...saved } = result.data;
            setStandings({ at: answeredAt, rows: after });
            mergeOthers({ changed, removed }, key, answeredAt);
            setSince((last) =>
              latest([last, saved.updatedAt, ...changed.map((change) => change.cell.updatedAt)]),
            );
            // A first score of a unit's sheet starts the sheet: its status and submit button come from the server.
            if (sheet && !rowsById.get(target.unitId)?.sheet) router.refresh();
            const status = laterSave() ? "saving" : "saved";
            update(key, (current) => ({
              status,
              // Someone saved on top of this save before its answer came: theirs is the value now.
              saved:
                current?.heard && (current.heard.updatedAt ?? "") > (saved.updatedAt ?? "")
                  ? current.heard
                  : { ...saved, knownAt: answeredAt },
              ...settled(current, saved.version),
              conflict: undefined,
              heard: undefined,
            }));
            return saved.version;
          }
          if ("conflict" in result) {
            const { conflict } = result;
            // Someone saved just what was typed here: nothing to choose between.
            if (sameValues(conflict, { points: parsed.centipoints, ...values })) {
              const status = laterSave() ? "saving" : "saved";
              update(key, (current) => ({
                status,
                saved: conflict
                  ? { ...conflict, knownAt: conflict.updatedAt }
                  : { ...BLANK_CELL, lineId: null, knownAt: "" },
                ...settled(current, conflict?.version ?? 0),
                conflict: undefined,
                heard: undefined,
              }));
              return conflict?.version ?? 0;
            }
            patch(key, { status: "conflict", conflict, error: result.formError, heard: undefined });
          } else {
            const fieldError = Object.values(result.fieldErrors ?? {}).flat()[0];
            patch(key, { status: "error", error: fieldError ?? result.formError ?? NETWORK_ERROR });
          }
        } catch {
          patch(key, { status: "error", error: NETWORK_ERROR });
        }
        return null;
      })();
      inFlight.current.set(key, run);
      await run.finally(() => {
        if (inFlight.current.get(key) === run) inFlight.current.delete(key);
      });
    },
    [cells, baseOf, patch, update, grid.stage, scorerUnitId, rowsById, router, since, mergeOthers],
  );

  /** Esc: the typing is dropped; the cell shows what it holds (another person's save heard meanwhile). */
  const cancelTyping = useCallback(
    (key: CellKey) =>
      update(key, (current) => ({
        draft: undefined,
        explanation: undefined,
        evidenceUrl: undefined,
        status: "idle",
        error: undefined,
        typedOver: undefined,
        ...(current?.heard && { saved: current.heard, heard: undefined }),
      })),
    [update],
  );

  /** "Dùng giá trị mới": take the other person's value and drop mine. */
  const acceptTheirs = useCallback(
    (target: CellTarget) => {
      const key = cellKey(target.unitId, target.leaf.id);
      const theirs = cells[key]?.conflict;
      patch(key, {
        status: "idle",
        conflict: undefined,
        heard: undefined,
        typedOver: undefined,
        error: undefined,
        draft: undefined,
        explanation: undefined,
        evidenceUrl: undefined,
        // Their value stands until the grid read again below holds it.
        saved: { ...(theirs ?? BLANK_CELL), knownAt: theirs?.updatedAt ?? "" },
      });
      // Their value changed the totals and places, and perhaps other cells: read the grid again.
      router.refresh();
    },
    [cells, patch, router],
  );

  // Other people's saves, as they happen: merged like those a save of this grid brings back.
  useGridChanges(
    { blocYearId: grid.blocYearId, stage: grid.stage, scorerUnitId, since },
    {
      onChanges: ({ standings: after, changed, removed, answeredAt }) => {
        setStandings((current) => (current.at > answeredAt ? current : { at: answeredAt, rows: after }));
        mergeOthers({ changed, removed }, "", answeredAt);
        setSince((last) => latest([last, ...changed.map((change) => change.cell.updatedAt)]));
        // Someone started a sheet this grid shows none of: its status and buttons come from the server.
        if (changed.some((change) => !rowsById.get(change.unitId)?.sheet)) router.refresh();
      },
      onReload: () => router.refresh(),
      onSessionEnded: () => setSessionEnded(true),
    },
  );
  // Saves refused for want of a network are sent again once the browser is back online.
  const retryable = useRef({ cells, save, leaves: new Map<string, GridLeaf>() });
  useEffect(() => {
    retryable.current = {
      cells,
      save,
      leaves: new Map(grid.groups.flatMap((group) => group.leaves).map((leaf) => [leaf.id, leaf])),
    };
  });
  useEffect(() => {
    const online = () => {
      const { cells: now, save: saveNow, leaves } = retryable.current;
      for (const [key, cell] of Object.entries(now)) {
        const [unitId, criterionId] = key.split(":");
        const leaf = leaves.get(criterionId ?? "");
        if (cell.status === "error" && cell.error === NETWORK_ERROR && unitId && leaf)
          void saveNow({ unitId, leaf });
      }
    };
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, []);

  /**
   * The points the server holds for a cell: in a conflict, or heard of while typing, the other
   * person's value (which the row's total counts).
   */
  const storedPoints = useCallback(
    (unitId: string, criterionId: string): number | null => {
      const local = cells[cellKey(unitId, criterionId)];
      if (local?.status === "conflict") return local.conflict?.points ?? null;
      return local?.heard ? local.heard.points : baseOf(unitId, criterionId).points;
    },
    [cells, baseOf],
  );

  const standingOf = useCallback(
    (row: GridRow): GridStanding => standings.rows[row.unitId] ?? row,
    [standings],
  );

  return {
    cells,
    patch,
    edit,
    baseOf,
    storedPoints,
    save,
    cancelTyping,
    acceptTheirs,
    standingOf,
    sessionEnded,
  };
}
