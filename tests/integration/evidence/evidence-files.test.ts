import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachTaskFileSchema } from "@/schemas/attachments/evidence-file";
import { saveScoreCellSchema } from "@/schemas/scoring/save-score-cell";
import { ForbiddenError, UserFacingError } from "@/server/errors";
import {
  attachScoreLineFile,
  attachTaskFile,
  removeScoreLineFile,
  removeTaskFile,
} from "@/server/mutations/evidence/attach-evidence-file";
import { authorizeTaskEvidence } from "@/server/mutations/evidence/evidence-targets";
import { saveScoreCell } from "@/server/mutations/scoring/save-score-cell";
import { submitScoreSheet } from "@/server/mutations/scoring/review-score-sheet";
import { getAttachmentForUser } from "@/server/queries/attachments/get-attachment";
import { receiveEvidenceFile } from "@/server/uploads/receive-evidence-file";
import type { SessionUser } from "@/server/auth/session-user";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { createUserWithGrants } from "../../factories/users";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { scoringWorld } from "../scoring/scoring-world";
import { taskWorld, type TaskWorld } from "../tasks/task-world";

const bytes = (...values: number[]) => new Uint8Array([...values, 0x0a, 0x00, 0x01]);
const PDF = new TextEncoder().encode("%PDF-1.7\n% biên bản kiểm tra\n");
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0);
const OLE = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
const HTML = new TextEncoder().encode("<html><script>alert(1)</script></html>");
const BROKEN_ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00);
const MB = 1024 * 1024;
const GTVT_LEADER = "lanhdao.gtvt";

async function xlsxBytes(): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Minh chứng").addRow(["Chỉ tiêu", "Kết quả"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe.each(testBackends())("evidence files on tasks and score lines (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let tasks: TaskWorld;
  let selfLineId: string;
  let blocYearId: string;
  let scoring: Awaited<ReturnType<typeof scoringWorld>>;
  // The demo's Công Thương leader also follows the whole province: GTVT's leader leads, nothing more.
  let gtvtLeader: SessionUser;
  const as = (username: string) => (username === GTVT_LEADER ? gtvtLeader : demo.user(username));
  const taskId = async (number: number) => (await tasks.task(number)).id;
  const WRONG_TYPE = "Chỉ nhận tệp PDF, ảnh JPEG/PNG, Word (.doc, .docx) hoặc Excel (.xls, .xlsx).";

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    tasks = await taskWorld(t.prisma, demo);
    scoring = await scoringWorld(t.prisma, demo);
    blocYearId = scoring.blocYearId;
    gtvtLeader = await createUserWithGrants(t.prisma, {
      username: GTVT_LEADER,
      provinceId: as("lanhdao.tnmt").provinceId,
      grants: [{ kind: "AGENCY_LEADER", unitId: scoring.gtvt }],
    });
    // TN&MT has not started its 2024 self-score: its leader enters one line to attach proof to.
    await saveScoreCell(
      t.prisma,
      as("lanhdao.tnmt"),
      saveScoreCellSchema.parse({
        unitId: scoring.tnmt,
        criterionId: scoring.leaf("II.1"),
        stage: "SELF",
        points: "7",
        version: 0,
      }),
    );
    selfLineId = (
      await t.prisma.scoreLine.findFirstOrThrow({
        where: { criterionId: scoring.leaf("II.1"), sheet: { unitId: scoring.tnmt, stage: "SELF" } },
        select: { id: true },
      })
    ).id;
  });
  afterAll(() => t.close());

  it("lets the secretariat attach an image to a task, audited in words, served to the year's viewers only", async () => {
    const task8 = await taskId(8);
    const file = await attachTaskFile(t.prisma, as("thuky.ktkt"), {
      taskId: task8,
      fileName: "Ảnh hiện trường.png",
      bytes: PNG,
    });
    expect(file).toMatchObject({ fileName: "Ảnh hiện trường.png", size: PNG.byteLength });
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "Task", entityId: task8, action: "attach-evidence" },
    });
    expect(event).toMatchObject({
      field: "evidenceFile",
      newValue: "Ảnh hiện trường.png",
      subject: "Nhiệm vụ số 8",
      blocYearId,
    });
    for (const reader of ["xem.ktkt", GTVT_LEADER, "thuky.ktkt"]) {
      const served = await getAttachmentForUser(t.prisma, as(reader), file.id);
      expect(served, reader).toMatchObject({ mimeType: "image/png", fileName: "Ảnh hiện trường.png" });
      expect(new Uint8Array(served!.content)).toEqual(PNG);
    }
    expect(await getAttachmentForUser(t.prisma, as("thuky.vhxh"), file.id)).toBeNull();
  });

  it("lets the owner unit's leader attach to their own task, and refuses everyone else", async () => {
    const task8 = await taskId(8); // TN&MT's
    await expect(
      attachTaskFile(t.prisma, as("lanhdao.tnmt"), { taskId: task8, fileName: "bc.pdf", bytes: PDF }),
    ).resolves.toMatchObject({ fileName: "bc.pdf" });
    const task1 = await taskId(1); // KH&CN's
    for (const username of ["lanhdao.tnmt", GTVT_LEADER, "lanhdao.congthuong", "xem.ktkt", "thuky.vhxh"]) {
      await expect(
        attachTaskFile(t.prisma, as(username), { taskId: task1, fileName: "x.pdf", bytes: PDF }),
        username,
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    const file = await t.prisma.attachment.findFirstOrThrow({
      where: { taskId: task8 },
      select: { id: true },
    });
    await expect(removeTaskFile(t.prisma, as(GTVT_LEADER), { attachmentId: file.id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    // A task file is not a score line's: the score-line removal refuses it.
    await expect(
      removeScoreLineFile(t.prisma, as("thuky.ktkt"), { attachmentId: file.id }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it.each([
    ["a PDF", "bao-cao.pdf", PDF, "application/pdf", "bao-cao.pdf"],
    ["a JPEG", "anh.jpg", JPEG, "image/jpeg", "anh.jpg"],
    ["a PNG named .pdf (the bytes decide, the name follows)", "anh.pdf", PNG, "image/png", "anh.png"],
    ["a PDF named .png", "that-ra-la-pdf.png", PDF, "application/pdf", "that-ra-la-pdf.pdf"],
    ["a legacy Word file", "ke-hoach.doc", OLE, "application/msword", "ke-hoach.doc"],
    ["a legacy Excel file", "so-lieu.xls", OLE, "application/vnd.ms-excel", "so-lieu.xls"],
    ["an Office container named neither .doc nor .xls", "tai-lieu.pdf", OLE, null, null],
    ["an HTML page named .pdf", "bao-cao.pdf", HTML, null, null],
    ["a broken ZIP named .docx", "bao-cao.docx", BROKEN_ZIP, null, null],
  ])("stores %s by what its bytes are", async (_case, fileName, content, mimeType, keptName) => {
    const attach = attachTaskFile(t.prisma, as("thuky.ktkt"), {
      taskId: await taskId(7),
      fileName,
      bytes: content,
    });
    if (mimeType === null) {
      await expect(attach).rejects.toThrow(WRONG_TYPE);
      return;
    }
    const { id } = await attach;
    expect(
      await t.prisma.attachment.findUniqueOrThrow({
        where: { id },
        select: { mimeType: true, fileName: true },
      }),
    ).toEqual({ mimeType, fileName: keptName });
  });

  it("keeps at most 20 files on one task, even when the last two arrive at once", async () => {
    const task3 = await taskId(3);
    const attach = (name: string) =>
      attachTaskFile(t.prisma, as("thuky.ktkt"), { taskId: task3, fileName: name, bytes: PDF });
    for (let n = 1; n <= 19; n++) await attach(`minh-chung-${n}.pdf`);
    const outcomes = await Promise.allSettled([attach("thu-20a.pdf"), attach("thu-20b.pdf")]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((outcome) => outcome.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toEqual(
      new UserFacingError("Mỗi mục có tối đa 20 tệp minh chứng: hãy gỡ bớt tệp cũ."),
    );
    expect(await t.prisma.attachment.count({ where: { taskId: task3 } })).toBe(20);
  });

  it("tells a file renamed to .pdf that its content is not a PDF, and any other name what is accepted", async () => {
    const attach = async (fileName: string) =>
      attachTaskFile(t.prisma, as("thuky.ktkt"), { taskId: await taskId(7), fileName, bytes: HTML }).catch(
        (error: unknown) => (error as Error).message,
      );
    expect(await attach("ghi-chu.pdf")).toBe(
      `Nội dung tệp không phải PDF như đuôi .pdf của tên tệp (tệp bị đổi tên hoặc bị hỏng). ${WRONG_TYPE}`,
    );
    expect(await attach("trang.html")).toBe(WRONG_TYPE);
  });

  it("recognises a real .xlsx by the parts inside it", async () => {
    const { id } = await attachTaskFile(t.prisma, as("thuky.ktkt"), {
      taskId: await taskId(7),
      fileName: "so-lieu.xlsx",
      bytes: await xlsxBytes(),
    });
    expect((await t.prisma.attachment.findUniqueOrThrow({ where: { id } })).mimeType).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
  });

  it.each([
    ["an empty file", new Uint8Array(0), "Tệp rỗng: vui lòng chọn tệp có nội dung."],
    ["a file over 10 MB", new Uint8Array(10 * MB + 1), "Tệp quá lớn (tối đa 10 MB)."],
  ])("refuses %s with a message in Vietnamese", async (_case, content, message) => {
    const parsed = attachTaskFileSchema.safeParse({
      taskId: await taskId(7),
      fileName: "a.pdf",
      bytes: content,
    });
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it("refuses an upload before reading it when the user may not attach, and stops past 10 MB", async () => {
    const task1 = await taskId(1);
    const request = (size: number, contentLength?: string) =>
      new Request("http://localhost/api/minh-chung/nhiem-vu/x", {
        method: "POST",
        body: new Uint8Array(size),
        headers: {
          "content-type": "multipart/form-data; boundary=x",
          ...(contentLength ? { "content-length": contentLength } : {}),
        },
      });
    const receive = (username: string, body: Request) =>
      receiveEvidenceFile(t.prisma, {
        request: body,
        targetId: task1,
        authorize: (tx) => authorizeTaskEvidence(tx, { user: as(username), taskId: task1 }),
      });
    const refused = request(100);
    await expect(receive("lanhdao.congthuong", refused)).rejects.toMatchObject({ status: 403 });
    expect(refused.bodyUsed).toBe(false);
    await expect(receive("thuky.ktkt", request(11 * MB, String(11 * MB)))).rejects.toMatchObject({
      status: 413,
      message: "Tệp quá lớn (tối đa 10 MB).",
    });
  });

  it("lets a leader attach proof to their own self-score line and remove it, audited in words", async () => {
    const file = await attachScoreLineFile(t.prisma, as("lanhdao.tnmt"), {
      lineId: selfLineId,
      fileName: "Quyết định khen thưởng.pdf",
      bytes: PDF,
    });
    const attached = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "ScoreLine", entityId: selfLineId, action: "attach-evidence" },
    });
    expect(attached).toMatchObject({ field: "evidenceFile", newValue: "Quyết định khen thưởng.pdf" });
    expect(attached.subject).toMatch(/^II\.1 · Tự chấm · Sở Tài nguyên và Môi trường$/);
    await removeScoreLineFile(t.prisma, as("lanhdao.tnmt"), { attachmentId: file.id });
    expect(await t.prisma.attachment.count({ where: { id: file.id } })).toBe(0);
    const removed = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "ScoreLine", entityId: selfLineId, action: "remove-evidence" },
    });
    expect(removed).toMatchObject({ field: "evidenceFile", oldValue: "Quyết định khen thưởng.pdf" });
  });

  it.each([GTVT_LEADER, "lanhdao.congthuong", "thuky.ktkt", "xem.ktkt", "thuky.vhxh"])(
    "refuses %s attaching to TN&MT's self-score line",
    async (username) => {
      await expect(
        attachScoreLineFile(t.prisma, as(username), { lineId: selfLineId, fileName: "x.pdf", bytes: PDF }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    },
  );

  it("hides another unit's score-line evidence from a leader while the year hides provisional scores", async () => {
    const file = await attachScoreLineFile(t.prisma, as("lanhdao.tnmt"), {
      lineId: selfLineId,
      fileName: "bien-ban.pdf",
      bytes: PDF,
    });
    const served = (username: string) => getAttachmentForUser(t.prisma, as(username), file.id);
    expect(await served("lanhdao.tnmt")).not.toBeNull();
    expect(await served("xem.ktkt")).not.toBeNull();
    expect(await served("thuky.ktkt")).not.toBeNull();
    expect(await served("lanhdao.congthuong")).not.toBeNull(); // follows the whole province too
    expect(await served(GTVT_LEADER)).toBeNull();
    expect(await served("thuky.vhxh")).toBeNull();
    await t.prisma.blocYear.update({ where: { id: blocYearId }, data: { membersSeeProvisional: true } });
    try {
      expect(await served(GTVT_LEADER)).not.toBeNull();
    } finally {
      await t.prisma.blocYear.update({ where: { id: blocYearId }, data: { membersSeeProvisional: false } });
    }
  });

  it("refuses clearing a score that still has evidence files, so no file goes unaudited", async () => {
    const line = await t.prisma.scoreLine.findUniqueOrThrow({ where: { id: selfLineId } });
    const blank = saveScoreCellSchema.parse({
      unitId: scoring.tnmt,
      criterionId: scoring.leaf("II.1"),
      stage: "SELF",
      points: "",
      version: line.version,
    });
    await expect(saveScoreCell(t.prisma, as("lanhdao.tnmt"), blank)).rejects.toThrow(
      "Ô điểm này còn tệp minh chứng: hãy gỡ các tệp trước khi xóa điểm.",
    );
    expect(await t.prisma.scoreLine.count({ where: { id: selfLineId } })).toBe(1);
  });

  it("keeps a submitted sheet's evidence as fixed as its points", async () => {
    const sheet = await t.prisma.scoreSheet.findFirstOrThrow({
      where: { lines: { some: { id: selfLineId } } },
      select: { id: true, version: true },
    });
    await submitScoreSheet(t.prisma, as("lanhdao.tnmt"), { sheetId: sheet.id, version: sheet.version });
    await expect(
      attachScoreLineFile(t.prisma, as("lanhdao.tnmt"), {
        lineId: selfLineId,
        fileName: "muon.pdf",
        bytes: PDF,
      }),
    ).rejects.toThrow("Phiếu chấm đã nộp nên không sửa được nữa, trừ khi được trả lại.");
    const file = await t.prisma.attachment.findFirstOrThrow({ where: { scoreLineId: selfLineId } });
    await expect(
      removeScoreLineFile(t.prisma, as("lanhdao.tnmt"), { attachmentId: file.id }),
    ).rejects.toBeInstanceOf(UserFacingError);
  });
});
