import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AGENCY_IMPORT_COLUMNS } from "@/domain/agencies";
import { buildAgencyTemplate } from "@/server/excel/agency-template";
import { receiveAgencySheet } from "@/server/uploads/receive-agency-sheet";
import { UploadRefusal } from "@/server/uploads/upload-refusal";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { zipBomb } from "../../fixtures/zip-bomb";
import { openTestDatabase, type TestDatabase } from "../../support/test-database";

const URL_OF_UPLOAD = "http://localhost/quan-tri/don-vi/nhap-excel/tai-len";

function upload(file: Uint8Array) {
  const body = new FormData();
  body.set("file", new File([new Uint8Array(file)], "don-vi.xlsx"));
  return new Request(URL_OF_UPLOAD, { method: "POST", body });
}

/** The template as downloaded, filled in with `rows` below its header. */
async function filledTemplate(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildAgencyTemplate()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  rows.forEach((row, index) => sheet.addRow([index + 1, ...row]));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// Reading happens in a child process and touches no database: one backend is enough.
describe("the agency upload path", () => {
  let t: TestDatabase;
  let demo: DemoWorld;

  beforeAll(async () => {
    t = await openTestDatabase("pglite", "demo");
    demo = await demoWorld(t.prisma);
  });
  afterAll(() => t.close());

  it("reads the filled-in template: text and real dates, blank rows skipped", async () => {
    expect(AGENCY_IMPORT_COLUMNS.map((c) => c.header)).toContain("Tên đầy đủ");
    const file = await filledTemplate([
      ["Sở Tư pháp", "STP", null, new Date(Date.UTC(2025, 0, 1))],
      [],
      ["Thanh tra tỉnh", "TTr", "TT", "01/01/2025"],
    ]);
    const received = await receiveAgencySheet({ request: upload(file), user: demo.user("admin.yenbai") });
    expect(received.rows).toEqual([
      { row: 2, name: "Sở Tư pháp", shortName: "STP", code: null, validFrom: { date: "2025-01-01" } },
      { row: 4, name: "Thanh tra tỉnh", shortName: "TTr", code: "TT", validFrom: "01/01/2025" },
    ]);
  });

  it.each(["thuky.ktkt", "xem.ktkt", "lanhdao.tnmt"])(
    "refuses %s before reading the body",
    async (username) => {
      const request = upload(await filledTemplate([["Sở Tư pháp", "STP", null, "01/01/2025"]]));
      const refusal = await receiveAgencySheet({ request, user: demo.user(username) }).catch(
        (e: unknown) => e,
      );
      expect(refusal).toBeInstanceOf(UploadRefusal);
      expect((refusal as UploadRefusal).status).toBe(403);
      expect(request.bodyUsed).toBe(false);
    },
  );

  it("refuses a zip bomb and a file without the template's columns with a clear message", async () => {
    const admin = demo.user("admin.yenbai");
    const bomb = await receiveAgencySheet({
      request: upload(zipBomb({ megabytes: 420, honest: false })),
      user: admin,
    }).catch((e: unknown) => e);
    expect(bomb).toBeInstanceOf(UploadRefusal);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Khác").addRow(["Cột lạ"]);
    const other = new Uint8Array(await workbook.xlsx.writeBuffer());
    await expect(receiveAgencySheet({ request: upload(other), user: admin })).rejects.toThrow(
      "Trang đầu của tệp thiếu cột: Tên đầy đủ; Tên viết tắt; Áp dụng từ ngày (dd/mm/yyyy)",
    );
  });
});
