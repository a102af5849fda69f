import { describe, expect, it } from "vitest";
import {
  dropSavedCopies,
  latest,
  sameValues,
  withOthersChanges,
  withoutRemovedLines,
  type LocalCell,
} from "@/app/(signed-in)/khoi/[blocId]/[year]/cham-diem/local-cells";

const cell = (points: number | null, knownAt: string): NonNullable<LocalCell["saved"]> => ({
  points,
  explanation: null,
  evidenceUrl: null,
  version: points === null ? 0 : 1,
  enteredByName: null,
  updatedAt: points === null ? null : knownAt,
  knownAt,
});

describe("a fresh grid and the copies kept since the last one", () => {
  const cells: Record<string, LocalCell> = {
    "u1:c1": { status: "saved", saved: cell(725, "2024-11-01T10:00:05.000Z") },
    "u1:c2": { status: "saved", saved: cell(500, "2024-11-01T10:00:01.000Z") },
    "u2:c1": { status: "saving", saved: cell(300, "2024-11-01T10:00:01.000Z") },
  };

  it("keeps a save the grid was read before (a refresh asked for earlier, answered later)", () => {
    const after = dropSavedCopies(cells, "2024-11-01T10:00:03.000Z");
    expect(after["u1:c1"]?.saved?.points).toBe(725);
    expect(after["u1:c2"]?.saved).toBeUndefined();
  });

  it("drops every settled copy once the grid was read after the saves", () => {
    const after = dropSavedCopies(cells, "2024-11-01T10:00:06.000Z");
    expect(after["u1:c1"]?.saved).toBeUndefined();
    expect(after["u1:c1"]?.status).toBe("saved");
    expect(after["u2:c1"]?.saved?.points).toBe(300); // still in flight
  });
});

describe("other people's saves brought back by a save", () => {
  const change = (unitId: string, points: number) => ({
    unitId,
    criterionId: "c1",
    cell: { ...cell(points, "2024-11-01T10:00:02.000Z"), lineId: `line-${unitId}` },
  });

  it("land in untouched cells with the answer's time; typed and saving cells only hear of them, conflicting ones not at all", () => {
    const cells: Record<string, LocalCell> = {
      "u2:c1": { status: "idle", draft: "4" },
      "u3:c1": { status: "saving" },
      "u4:c1": { status: "conflict" },
    };
    const changed = ["u1", "u2", "u3", "u4", "u5"].map((unit) => change(unit, 900));
    const after = withOthersChanges(cells, changed, "u5:c1", "2024-11-01T10:00:09.000Z");
    expect(after["u1:c1"]).toMatchObject({
      status: "idle",
      saved: { points: 900, knownAt: "2024-11-01T10:00:09.000Z" },
    });
    const heard = { ...change("u2", 900).cell, knownAt: "2024-11-01T10:00:09.000Z" };
    expect(after["u2:c1"]).toEqual({ ...cells["u2:c1"], heard });
    expect(after["u3:c1"]).toEqual({ ...cells["u3:c1"], heard: { ...heard, lineId: "line-u3" } });
    expect(after["u4:c1"]).toEqual(cells["u4:c1"]);
    expect(after["u5:c1"]).toBeUndefined(); // the saved cell takes its own answer
  });

  it("do not undo a later save of the same cell here (an ask for changes answered after it)", () => {
    const cells: Record<string, LocalCell> = {
      "u1:c1": { status: "saved", saved: cell(725, "2024-11-01T10:00:05.000Z") },
      "u2:c1": { status: "saved", saved: cell(725, "2024-11-01T10:00:01.000Z") },
    };
    const after = withOthersChanges(
      cells,
      [change("u1", 900), change("u2", 900)],
      "",
      "2024-11-01T10:00:09.000Z",
    );
    expect(after["u1:c1"]?.saved?.points).toBe(725);
    expect(after["u2:c1"]?.saved?.points).toBe(900);
  });
});

it("the latest of ISO times, blanks ignored", () => {
  expect(latest(["2024-11-01T10:00:01.000Z", null, "2024-11-01T10:00:03.000Z", ""])).toBe(
    "2024-11-01T10:00:03.000Z",
  );
});

describe("lines others removed (cells saved blank)", () => {
  const knownAt = "2024-11-01T10:00:09.000Z";
  const withLine = (lineId: string): NonNullable<LocalCell["saved"]> => ({
    ...cell(500, "2024-11-01T10:00:01.000Z"),
    lineId,
  });

  it("blank the cells showing them, as the grid read them or as saved here since", () => {
    const cells: Record<string, LocalCell> = { "u2:c1": { status: "saved", saved: withLine("line-b") } };
    const shown = new Map([["line-a", "u1:c1"]]);
    const after = withoutRemovedLines(cells, ["line-a", "line-b", "line-unknown"], shown, knownAt);
    expect(after["u1:c1"]).toEqual({ status: "idle", saved: { ...cell(null, knownAt), lineId: null } });
    expect(after["u2:c1"]?.saved).toMatchObject({ points: null, lineId: null, knownAt });
    expect(Object.keys(after)).toEqual(["u2:c1", "u1:c1"]);
  });

  it("leave conflicting cells and a cell holding another line by now; typed and saving cells only hear of them", () => {
    const cells: Record<string, LocalCell> = {
      "u1:c1": { status: "idle", draft: "4" },
      "u2:c1": { status: "saving" },
      "u3:c1": { status: "conflict" },
      "u4:c1": { status: "saved", saved: withLine("line-new") },
    };
    const shown = new Map(["u1", "u2", "u3", "u4"].map((unit) => [`line-${unit}`, `${unit}:c1`]));
    const blank = { ...cell(null, knownAt), lineId: null };
    expect(withoutRemovedLines(cells, [...shown.keys()], shown, knownAt)).toEqual({
      ...cells,
      "u1:c1": { ...cells["u1:c1"], heard: blank },
      "u2:c1": { ...cells["u2:c1"], heard: blank },
    });
  });
});

it("a cell holds the same values only when points, explanation and evidence all match", () => {
  const values = { points: 400, explanation: null, evidenceUrl: null };
  expect(sameValues({ ...values }, values)).toBe(true);
  expect(sameValues({ ...values, explanation: "Đủ hồ sơ" }, values)).toBe(false);
  expect(sameValues({ ...values, points: 450 }, values)).toBe(false);
  // A cell removed meanwhile holds a blank, not a 0.
  expect(sameValues(null, { points: null, explanation: null, evidenceUrl: null })).toBe(true);
  expect(sameValues(null, { ...values, points: 0 })).toBe(false);
});
