import { describe, expect, it } from "vitest";
import { daysCompletedLate, taskStatusText } from "@/domain/tasks";

describe("a task completed after its deadline says how late (issue 10)", () => {
  it.each([
    [{ status: "DONE", deadline: "2024-11-30", completedOn: "2024-12-03" }, 3, "Hoàn thành trễ 3 ngày"],
    [{ status: "DONE", deadline: "2024-02-28", completedOn: "2024-03-01" }, 2, "Hoàn thành trễ 2 ngày"],
    [{ status: "DONE", deadline: "2024-11-30", completedOn: "2024-11-30" }, 0, "Hoàn thành"],
    [{ status: "DONE", deadline: "2024-11-30", completedOn: "2024-10-01" }, 0, "Hoàn thành"],
    [{ status: "DONE", deadline: "2024-11-30", completedOn: null }, 0, "Hoàn thành"],
    [
      { status: "PARTIAL", deadline: "2024-06-30", completedOn: "2024-07-10" },
      10,
      "Hoàn thành một phần, trễ 10 ngày",
    ],
    [{ status: "IN_PROGRESS", deadline: "2024-06-30", completedOn: "2024-07-10" }, 0, "Đang thực hiện"],
    [{ status: "NOT_DONE", deadline: "2024-06-30", completedOn: null }, 0, "Không hoàn thành"],
  ] as const)("%j → %i days, %s", (task, days, text) => {
    expect(daysCompletedLate(task)).toBe(days);
    expect(taskStatusText(task)).toBe(text);
  });

  it("reads @db.Date values (UTC midnight) as their days", () => {
    const task = {
      status: "DONE" as const,
      deadline: new Date("2024-12-31T00:00:00.000Z"),
      completedOn: new Date("2025-01-02T00:00:00.000Z"),
    };
    expect(taskStatusText(task)).toBe("Hoàn thành trễ 2 ngày");
  });
});
