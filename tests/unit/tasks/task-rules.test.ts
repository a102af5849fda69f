import { describe, expect, it } from "vitest";
import {
  asOfForYear,
  lateness,
  parsePercent,
  percentInput,
  progressProblems,
  storedShare,
} from "@/domain/tasks";

describe("completion shares as percentages", () => {
  it.each([
    ["70", 7000],
    ["37,5", 3750],
    ["99.99", 9999],
    ["100 %", 10000],
    ["0", 0],
    ["101", null],
    ["-5", null],
    ["abc", null],
  ])("parsePercent(%j) = %j", (text, share) => expect(parsePercent(text)).toBe(share));

  it.each([
    [7000, "70"],
    [3750, "37,5"],
    [9999, "99,99"],
    [5, "0,05"],
  ])("percentInput(%d) = %j", (share, text) => expect(percentInput(share)).toBe(text));
});

describe("status update rules", () => {
  const context = { today: "2024-12-20", year: 2024 };
  it.each([
    [{ status: "DONE", completedOn: null, completionShare: null }, ["completedOn"]],
    [{ status: "DONE", completedOn: "2024-12-21", completionShare: null }, ["completedOn"]],
    [{ status: "DONE", completedOn: "2023-12-31", completionShare: null }, ["completedOn"]],
    [{ status: "PARTIAL", completedOn: "2024-05-01", completionShare: 10000 }, ["completionShare"]],
    [{ status: "PARTIAL", completedOn: "2024-05-01", completionShare: 5000 }, []],
    [{ status: "IN_PROGRESS", completedOn: "2024-05-01", completionShare: 3000 }, ["completedOn"]],
    [{ status: "NOT_STARTED", completedOn: null, completionShare: null }, []],
  ] as const)("%j → problems on %j", (entry, fields) => {
    expect(progressProblems(entry, context).map((problem) => problem.field)).toEqual(fields);
  });

  it("stores 100 % for DONE and 0 % for a task not started or not done", () => {
    expect(storedShare({ status: "DONE", completedOn: "2024-01-01", completionShare: 2000 })).toBe(10000);
    expect(storedShare({ status: "NOT_DONE", completedOn: null, completionShare: 2000 })).toBe(0);
    expect(storedShare({ status: "IN_PROGRESS", completedOn: null, completionShare: 2000 })).toBe(2000);
  });
});

describe("laggards", () => {
  it.each([
    [{ status: "IN_PROGRESS", deadline: "2024-05-30" }, "overdue"],
    [{ status: "NOT_STARTED", deadline: "2024-06-15" }, null],
    [{ status: "NOT_STARTED", deadline: "2024-06-14" }, "dueSoon"],
    [{ status: "NOT_STARTED", deadline: "2024-05-31" }, "dueSoon"],
    [{ status: "DONE", deadline: "2024-01-01" }, null],
    [{ status: "NOT_DONE", deadline: "2024-01-01" }, null],
  ] as const)("%j as of 31/05/2024 is %j", (task, expected) =>
    expect(lateness(task, "2024-05-31")).toBe(expected),
  );

  it("judges a finished year as of 31/12", () => {
    expect(asOfForYear(2023, "2024-05-01")).toBe("2023-12-31");
    expect(asOfForYear(2024, "2024-05-01")).toBe("2024-05-01");
  });
});
