import { describe, expect, it } from "vitest";
import { z } from "zod";
import { updateTaskProgressSchema } from "@/schemas/tasks/update-task-progress";
import { optionalPointsInput } from "@/schemas/score-table/points-input";

const progress = (completedOn: string) => ({
  taskId: "task_1",
  version: "1",
  status: "COMPLETED",
  completedOn,
  completionPercent: "",
  evidenceNote: "",
  evidenceUrl: "",
});

const messages = (result: { success: boolean; error?: z.ZodError }) =>
  result.error ? z.flattenError(result.error).fieldErrors : {};

describe("optional form fields answer in Vietnamese, never zod's 'Invalid input'", () => {
  it("names the impossible completion date", () => {
    const result = updateTaskProgressSchema.safeParse(progress("31/02/2024"));
    expect(result.success).toBe(false);
    const completedOn = (messages(result) as Record<string, string[]>).completedOn;
    expect(completedOn?.join(" ")).toMatch(/^Ngày hoàn thành: .*31\/02\/2024/);
    expect(JSON.stringify(result.error?.issues)).not.toContain("Invalid input");
  });

  it.each([
    ["", null],
    ["  ", null],
    ["12,5", 1250],
  ])("reads optional points %j as %j", (text, expected) => {
    expect(optionalPointsInput("Điểm").parse(text)).toBe(expected);
  });

  it("refuses optional points that are not a number with the field's own message", () => {
    const result = optionalPointsInput("Điểm").safeParse("abc");
    expect(result.error?.issues[0]?.message).toBe(
      "Điểm phải là số không âm, tối đa 2 chữ số thập phân (ví dụ 12,5).",
    );
  });
});
