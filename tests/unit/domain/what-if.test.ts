import { describe, expect, it } from "vitest";

import { ScoringInputError, type TaskChange, whatIf } from "@/domain/scoring";

import { makeInput, member, task } from "./scoring-fixtures";

const late = task("u2", { status: "notDone" });
const input = makeInput({
  members: [member("u1"), member("u2"), member("u3")],
  tasks: [
    task("u1"),
    task("u1", { status: "partial", completionShare: 5000 }),
    task("u2"),
    late,
    task("u3"),
    task("u3", { completedOn: "2024-07-30" }),
  ],
});

describe("what-if", () => {
  it.each<{ name: string; changes: TaskChange[]; deltas: Record<string, [number, number]> }>([
    { name: "no change moves nobody", changes: [], deltas: { u1: [0, 0], u2: [0, 0], u3: [0, 0] } },
    {
      name: "finishing a task on time lifts its owner to the top",
      changes: [{ taskId: late.id, status: "done", completedOn: "2024-06-30" }],
      deltas: { u1: [-1, 0], u2: [2, 3000], u3: [-1, 0] },
    },
    {
      name: "finishing it late lifts its owner into a three-way tie",
      changes: [{ taskId: late.id, status: "done", completedOn: "2024-07-30" }],
      deltas: { u1: [0, 0], u2: [2, 1500], u3: [0, 0] },
    },
    {
      name: "several changes at once",
      changes: [
        { taskId: late.id, status: "partial", completionShare: 10000 },
        { taskId: input.tasks[0]?.id ?? "", status: "notDone" },
      ],
      deltas: { u1: [-2, -3000], u2: [2, 3000], u3: [-1, 0] },
    },
  ])("$name", ({ changes, deltas }) => {
    const result = whatIf(input, changes);
    expect(Object.fromEntries(result.deltas.map((d) => [d.unitId, [d.placesGained, d.pointsDelta]]))).toEqual(
      deltas,
    );
    for (const delta of result.deltas) {
      expect(delta.placesGained).toBe(delta.rankBefore - delta.rankAfter);
      expect(delta.pointsDelta).toBe(delta.totalAfter - delta.totalBefore);
    }
  });

  it("does not change the input", () => {
    const before = JSON.stringify(input);
    whatIf(input, [{ taskId: late.id, status: "done", completedOn: "2024-06-30" }]);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("rejects an unknown task with a Vietnamese message", () => {
    expect(() => whatIf(input, [{ taskId: "missing", status: "done" }])).toThrow(
      new ScoringInputError("unknownTask", "Không tìm thấy nhiệm vụ missing."),
    );
  });
});
