import { describe, expect, it } from "vitest";
import { rankingViewOf } from "@/domain/rankings/ranking-view";
import { rankAgencies } from "@/domain/scoring";
import { line, makeInput, member } from "../domain/scoring-fixtures";

/** The rankings table's view of a year where u1 and u2 have final scores and u3, u4 none yet. */
function viewOf(lines: ReturnType<typeof line>[]) {
  const input = makeInput({ members: ["u1", "u2", "u3", "u4"].map((id) => member(id)), scoreLines: lines });
  const result = rankAgencies(input);
  return rankingViewOf({
    kind: "provisional",
    snapshot: null,
    asOf: input.asOf,
    maxPoints: result.maxPoints,
    sections: [],
    seesAllUnits: true,
    rankedCount: result.units.length,
    ownUnitIds: [],
    units: result.units,
    pairs: result.pairs,
  });
}

describe("the rankings view's tie-break basis (Căn cứ phân định thứ hạng)", () => {
  it("tells apart only pairs with a scored unit: units still at 0,00 without scores are not ranked among themselves", () => {
    const view = viewOf([line("u1", "II.1", 800), line("u2", "II.1", 600)]);
    expect(view.rows.map((row) => [row.unitId, row.scored])).toEqual([
      ["u1", true],
      ["u2", true],
      ["u3", false],
      ["u4", false],
    ]);
    expect(view.pairs.map((pair) => pair.key)).toEqual(["u1-u2", "u2-u3"]);
  });

  it("has none before any unit has scores", () => {
    const view = viewOf([]);
    expect(view.anyScored).toBe(false);
    expect(view.pairs).toEqual([]);
  });
});
