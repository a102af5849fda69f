import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { readTaskSheet } from "@/server/excel/read-task-sheet";
import { buildTaskTemplate } from "@/server/excel/task-template";
import { ForbiddenError, PublishedYearError, UserFacingError } from "@/server/errors";
import { importTasks, type ImportProgress } from "@/server/mutations/tasks/import-tasks";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { taskWorkbook, validRows, type SheetRow } from "../../fixtures/task-workbook";
import { fuzzAction, nastyString } from "../../support/fuzz-action";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { taskWorld, type TaskWorld } from "./task-world";

describe.each(testBackends())("importing tasks from Excel (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let w: TaskWorld;
  const importFile = async (
    username: string,
    rows: readonly SheetRow[],
    onProgress?: (p: ImportProgress) => void,
  ) =>
    importTasks(
      t.prisma,
      demo.user(username),
      {
        blocYearId: w.ktkt2024,
        rows: await readTaskSheet(await taskWorkbook(rows)),
        fileName: "nhiem-vu.xlsx",
      },
      onProgress,
    );

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    w = await taskWorld(t.prisma, demo);
  });
  afterAll(() => t.close());

  it("reports every bad row and cell, and saves nothing", async () => {
    const count = await w.taskCount(w.ktkt2024);
    const rows: SheetRow[] = [
      ...validRows(2, "Hợp lệ"),
      [null, "Sở Y tế", "99/XX", "0", "31/02/2024"],
      ["Hợp lệ số 1", "TN&MT", null, 1.5, "2025-01-01"],
    ];
    const outcome = await importFile("thuky.ktkt", rows);
    expect(outcome.ok).toBe(false);
    const problems = outcome.ok ? [] : outcome.problems;
    expect(problems).toEqual([
      { row: 4, column: "Nội dung nhiệm vụ", message: "Thiếu nội dung nhiệm vụ." },
      {
        row: 4,
        column: "Đơn vị chủ trì (tên hoặc tên viết tắt)",
        message: '"Sở Y tế" không phải đơn vị thành viên của khối năm 2024.',
      },
      { row: 4, column: "Văn bản giao (số hiệu)", message: 'Không tìm thấy văn bản giao số hiệu "99/XX".' },
      { row: 4, column: "Trọng số", message: 'Trọng số "0" không phải số nguyên dương.' },
      {
        row: 4,
        column: "Hạn hoàn thành (dd/mm/yyyy)",
        message: "Ngày 31/02/2024 không tồn tại.",
      },
      { row: 5, column: "Nội dung nhiệm vụ", message: "Trùng nội dung với dòng 2 trong tệp." },
      { row: 5, column: "Trọng số", message: 'Trọng số "1.5" không phải số nguyên dương.' },
      {
        row: 5,
        column: "Hạn hoàn thành (dd/mm/yyyy)",
        message: '"2025-01-01" không đúng dạng ngày dd/mm/yyyy.',
      },
    ]);
    expect(await w.taskCount(w.ktkt2024)).toBe(count);
  });

  it("imports a valid file in one go, numbered after the existing tasks, audited", async () => {
    const outcome = await importFile("thuky.ktkt", validRows(3, "Nhỏ"));
    expect(outcome).toEqual({ ok: true, count: 3, firstNumber: 44, lastNumber: 46 });
    expect(await w.task(44)).toMatchObject({
      title: "Nhỏ số 1",
      ownerUnitId: w.tnmt,
      weight: 1,
      deadline: new Date("2024-01-15T00:00:00.000Z"),
      criterionId: w.criterionId,
      sourceDocumentId: w.sourceDocumentId,
    });
    expect(await w.task(45)).toMatchObject({
      ownerUnitId: w.khcn,
      sourceDocumentId: null,
      deadline: new Date("2024-11-02T00:00:00.000Z"),
    });
    expect(
      await t.prisma.auditEvent.count({
        where: { action: "import-tasks", newValue: { path: ["count"], equals: 3 } },
      }),
    ).toBe(1);
    expect(await t.prisma.auditEvent.count({ where: { entity: "Task", action: "create" } })).toBe(3);
  });

  it("reads the key-task column: x marks a key task, blank does not, anything else is named", async () => {
    const [first, second] = validRows(2, "Trọng tâm");
    const unclear = await importFile("thuky.ktkt", [
      [...first!.slice(0, 5), "x"] as SheetRow,
      [...second!.slice(0, 5), "có lẽ"] as SheetRow,
    ]);
    expect(unclear.ok ? [] : unclear.problems).toEqual([
      {
        row: 3,
        column: "Trọng tâm (x)",
        message: "Ghi “x” cho nhiệm vụ trọng tâm, để trống nếu không phải (“có lẽ” không rõ).",
      },
    ]);
    const outcome = await importFile("thuky.ktkt", [
      [...first!.slice(0, 5), "X"] as SheetRow,
      [...second!.slice(0, 5), null] as SheetRow,
    ]);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(await w.task(outcome.firstNumber)).toMatchObject({ title: "Trọng tâm số 1", isKey: true });
    expect(await w.task(outcome.lastNumber)).toMatchObject({ title: "Trọng tâm số 2", isKey: false });
  });

  it("refuses a title already saved in the year", async () => {
    const outcome = await importFile("thuky.ktkt", [["nhỏ  SỐ 1", "TN&MT", null, 1, "01/12/2024"]]);
    expect(outcome.ok === false && outcome.problems[0]?.message).toBe(
      "Đã có nhiệm vụ số 44 cùng nội dung trong năm 2024.",
    );
  });

  it("imports 2,000 rows with progress through checking and saving", async () => {
    const events: ImportProgress[] = [];
    const before = await w.taskCount(w.ktkt2024);
    const outcome = await importFile("thuky.ktkt", validRows(2000, "Lớn"), (event) => events.push(event));
    expect(outcome).toMatchObject({ ok: true, count: 2000 });
    expect(events.filter((e) => e.phase === "checking").at(-1)).toEqual({
      phase: "checking",
      done: 2000,
      total: 2000,
    });
    expect(events.filter((e) => e.phase === "saving").map((e) => e.done)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(await w.taskCount(w.ktkt2024)).toBe(before + 2000);
  }, 120_000);

  it.each(["thuky.vhxh", "xem.ktkt", "lanhdao.tnmt"])("refuses the import to %s", async (username) => {
    const count = await w.taskCount(w.ktkt2024);
    await expect(importFile(username, validRows(1, "Cấm"))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await w.taskCount(w.ktkt2024)).toBe(count);
  });

  it("refuses the import once the year is published", async () => {
    await t.prisma.blocYear.update({ where: { id: w.ktkt2024 }, data: { status: "PUBLISHED" } });
    try {
      await expect(importFile("thuky.ktkt", validRows(1, "Sau công bố"))).rejects.toBeInstanceOf(
        PublishedYearError,
      );
    } finally {
      await t.prisma.blocYear.update({ where: { id: w.ktkt2024 }, data: { status: "ACTIVE" } });
    }
  });

  it.each([
    ["a text file", Buffer.from("STT;Nội dung\n1;abc")],
    ["a zip that is not a workbook", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
  ])("gives a clear message for %s", async (_name, content) => {
    await expect(readTaskSheet(content)).rejects.toThrow(/không đọc được như một bảng tính .xlsx/);
  });

  it("names the missing columns of a sheet that is not the template", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("x").addRow(["STT", "Tên"]);
    await expect(readTaskSheet(Buffer.from(await workbook.xlsx.writeBuffer()))).rejects.toThrow(
      /thiếu cột: Nội dung nhiệm vụ/,
    );
  });

  it("builds a template the importer reads back, with the members listed", async () => {
    const template = await buildTaskTemplate({
      year: 2024,
      blocName: "KTKT",
      members: [
        { name: "Sở Xây dựng", shortName: "XD", joinedOn: "2024-01-01", leftOn: null },
        { name: "Sở Giao thông vận tải", shortName: "GTVT", joinedOn: "2024-01-01", leftOn: "2024-03-01" },
      ],
      sourceDocuments: [{ code: "188-CTr/TU", title: "CT", issuedOn: new Date("2023-11-25") }],
    });
    await expect(readTaskSheet(template)).rejects.toThrow(/chưa có dòng nhiệm vụ/);
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const lists = workbook.getWorksheet("Danh mục");
    expect(lists?.getCell("A2").value).toBe("Sở Xây dựng");
    expect(lists?.getCell("C2").value).toBe("Cả năm");
    expect(lists?.getCell("C3").value).toBe("Rời khối ngày 01/03/2024");
    expect(lists?.getCell("E2").value).toBe("188-CTr/TU");
  });

  it("survives fuzzed sheets: problems listed or all rows saved, never half", async () => {
    const cell = fc.oneof(
      nastyString,
      fc.integer(),
      fc.constant(null),
      fc.constantFrom("TN&MT", "01/06/2024", "188-CTr/TU"),
    );
    const row = fc.tuple(
      nastyString,
      fc.constantFrom("TN&MT", "XD", "Sở Y tế", ""),
      cell,
      cell,
      fc.oneof(cell, fc.constant("30/06/2024")),
    ) as fc.Arbitrary<SheetRow>;
    await fuzzAction({
      schema: z.array(z.any()).min(1),
      inputs: fc.array(row, { minLength: 1, maxLength: 4 }),
      run: async (rows) => {
        const before = await w.taskCount(w.ktkt2024);
        const outcome = await importFile("thuky.ktkt", rows as SheetRow[]).catch((error) =>
          error instanceof UserFacingError ? null : Promise.reject(error),
        );
        const after = await w.taskCount(w.ktkt2024);
        expect(after - before).toBe(outcome?.ok ? outcome.count : 0);
      },
      numRuns: 25,
    });
  }, 120_000);
});
