import { fromIsoDay } from "@/domain/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachPledgeFileSchema, savePledgeSchema, saveSignatureSchema } from "@/schemas/pledge/pledge";
import { ConflictError, ForbiddenError, PublishedYearError } from "@/server/errors";
import { attachPledgeFile, removePledgeFile } from "@/server/mutations/pledge/attach-pledge-file";
import { savePledge } from "@/server/mutations/pledge/save-pledge";
import { saveSignature } from "@/server/mutations/pledge/save-signature";
import { contentDisposition } from "@/server/http/content-disposition";
import { getAttachmentForUser } from "@/server/queries/attachments/get-attachment";
import { createNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { expectOneWinner, FORBIDDEN_USERS, ktktIds, whilePublished } from "./world";

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]);

describe.each(testBackends())("pledge, signatures and the attached scan (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let ids: Awaited<ReturnType<typeof ktktIds>>;
  let withoutPledge: string;
  const pledge2024 = () =>
    t.prisma.pledge.findUniqueOrThrow({
      where: { blocYearId: ids.y2024.id },
      select: { title: true, body: true, version: true, attachmentId: true },
    });
  const signature = async (code: string) =>
    t.prisma.pledgeSignature.findFirst({
      where: { pledge: { blocYearId: ids.y2024.id }, unit: { code } },
      select: { signerName: true, version: true },
    });
  const secretariat = () => demo.user("thuky.ktkt");

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    ids = await ktktIds(t.prisma, demo);
    // Members, roles and the pledge are edited while a year is prepared or carried out.
    await putYearsInStage(t.prisma, [ids.y2024.id], "ACTIVE");
    // A year without a pledge: 2025 as "Tạo năm 2025" makes it (the demo's 2023 and 2024 have theirs).
    withoutPledge = (await createNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: ids.y2024.id })).id;
  });
  afterAll(() => t.close());

  it("creates a pledge for a year without one, then edits it with audits old → new", async () => {
    await savePledge(t.prisma, secretariat(), {
      blocYearId: withoutPledge,
      version: 0,
      title: "Giao ước 2025",
      body: "Nội dung",
      signedOn: null,
    });
    await savePledge(t.prisma, secretariat(), {
      blocYearId: withoutPledge,
      version: 1,
      title: "Giao ước thi đua năm 2025",
      body: "Nội dung",
      signedOn: fromIsoDay("2025-01-10"),
    });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "Pledge", field: "title", blocYearId: withoutPledge },
    });
    expect(audit).toMatchObject({ oldValue: "Giao ước 2025", newValue: "Giao ước thi đua năm 2025" });
    expect(
      await t.prisma.auditEvent.count({
        where: { entity: "Pledge", field: "body", blocYearId: withoutPledge },
      }),
    ).toBe(0);
  });

  it.each(FORBIDDEN_USERS)("refuses %s every pledge write and changes nothing", async (username) => {
    const before = await pledge2024();
    const user = demo.user(username);
    await expect(
      savePledge(t.prisma, user, {
        blocYearId: ids.y2024.id,
        version: before.version,
        title: "X",
        body: "Y",
        signedOn: null,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      saveSignature(t.prisma, user, {
        blocYearId: ids.y2024.id,
        unitId: await ids.unit("XD"),
        version: 1,
        signerName: "X",
        signerTitle: "Y",
        signedOn: fromIsoDay("2024-01-12"),
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      attachPledgeFile(t.prisma, user, {
        blocYearId: ids.y2024.id,
        version: before.version,
        fileName: "a.pdf",
        bytes: PDF,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await pledge2024()).toEqual(before);
    expect(await t.prisma.attachment.count()).toBe(0);
  });

  it("rejects bad input in the schemas", () => {
    expect(
      savePledgeSchema.safeParse({ blocYearId: "y", version: "1", title: "", body: "x" }).error?.issues[0]
        ?.message,
    ).toBe("Vui lòng nhập tiêu đề giao ước.");
    expect(
      saveSignatureSchema.safeParse({
        blocYearId: "y",
        unitId: "u",
        version: "0",
        signerName: "A",
        signerTitle: "B",
        signedOn: "12/01/2024",
      }).success,
    ).toBe(false);
    expect(
      attachPledgeFileSchema.safeParse({
        blocYearId: "y",
        version: "1",
        fileName: "a.pdf",
        bytes: new Uint8Array(10 * 1024 * 1024 + 1),
      }).error?.issues[0]?.message,
    ).toBe("Tệp quá lớn (tối đa 10 MB).");
  });

  it("edits a signature row; of two edits with one version exactly one wins", async () => {
    const unitId = await ids.unit("XD");
    const before = await signature("XD");
    const edit = (signerName: string) =>
      saveSignature(t.prisma, secretariat(), {
        blocYearId: ids.y2024.id,
        unitId,
        version: before!.version,
        signerName,
        signerTitle: "Giám đốc",
        signedOn: fromIsoDay("2024-01-12"),
      });
    expectOneWinner(await Promise.allSettled([edit("Trần Văn A"), edit("Trần Văn B")]), ConflictError);
    expect((await signature("XD"))?.version).toBe(before!.version + 1);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "PledgeSignature", field: "signerName" },
    });
    expect(audit.oldValue).toBe("Trần Quốc Khánh");
  });

  it("refuses a signature for a unit outside the bloc", async () => {
    await expect(
      saveSignature(t.prisma, secretariat(), {
        blocYearId: ids.y2024.id,
        unitId: await ids.unit("YT"),
        version: 0,
        signerName: "X",
        signerTitle: "Y",
        signedOn: fromIsoDay("2024-01-12"),
      }),
    ).rejects.toThrow("không phải thành viên");
  });

  it("attaches a PDF checked by its bytes, serves it only to viewers of the year, and replaces it", async () => {
    const before = await pledge2024();
    await expect(
      attachPledgeFile(t.prisma, secretariat(), {
        blocYearId: ids.y2024.id,
        version: before.version,
        fileName: "giả.pdf",
        bytes: new TextEncoder().encode("not a pdf"),
      }),
    ).rejects.toThrow("Chỉ nhận tệp PDF, JPEG hoặc PNG.");
    const first = await attachPledgeFile(t.prisma, secretariat(), {
      blocYearId: ids.y2024.id,
      version: before.version,
      fileName: "Giao ước 2024.pdf",
      bytes: PDF,
    });
    const served = await getAttachmentForUser(t.prisma, demo.user("lanhdao.tnmt"), first.attachmentId);
    expect(served).toMatchObject({
      fileName: "Giao ước 2024.pdf",
      mimeType: "application/pdf",
      size: PDF.byteLength,
    });
    expect(new Uint8Array(served!.content)).toEqual(PDF);
    expect(await getAttachmentForUser(t.prisma, demo.user("thuky.vhxh"), first.attachmentId)).toBeNull();
    await attachPledgeFile(t.prisma, secretariat(), {
      blocYearId: ids.y2024.id,
      version: first.version,
      fileName: "scan.png",
      bytes: PNG,
    });
    expect(await t.prisma.attachment.count()).toBe(1);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "Pledge", field: "attachment", newValue: { equals: "scan.png" } },
    });
    expect(audit.oldValue).toBe("Giao ước 2024.pdf");
    await expect(
      attachPledgeFile(t.prisma, secretariat(), {
        blocYearId: ids.y2024.id,
        version: first.version,
        fileName: "old.pdf",
        bytes: PDF,
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await t.prisma.attachment.count()).toBe(1);
    await removePledgeFile(t.prisma, secretariat(), { blocYearId: ids.y2024.id, version: first.version + 1 });
    expect((await pledge2024()).attachmentId).toBeNull();
    expect(await t.prisma.attachment.count()).toBe(0);
  });

  it("names the download in RFC 5987 with an ASCII fallback", () => {
    expect(contentDisposition("Giao ước 2024 (bản ký).pdf")).toBe(
      `attachment; filename="Giao uoc 2024 _ban ky_.pdf"; filename*=UTF-8''Giao%20%C6%B0%E1%BB%9Bc%202024%20%28b%E1%BA%A3n%20k%C3%BD%29.pdf`,
    );
  });

  it("refuses every pledge write once the year is published", async () => {
    const before = await pledge2024();
    await whilePublished(t.prisma, ids.y2024.id, async () => {
      await expect(
        savePledge(t.prisma, secretariat(), {
          blocYearId: ids.y2024.id,
          version: before.version,
          title: "X",
          body: "Y",
          signedOn: null,
        }),
      ).rejects.toBeInstanceOf(PublishedYearError);
      await expect(
        saveSignature(t.prisma, secretariat(), {
          blocYearId: ids.y2024.id,
          unitId: await ids.unit("CT"),
          version: 1,
          signerName: "X",
          signerTitle: "Y",
          signedOn: fromIsoDay("2024-01-12"),
        }),
      ).rejects.toBeInstanceOf(PublishedYearError);
      await expect(
        attachPledgeFile(t.prisma, secretariat(), {
          blocYearId: ids.y2024.id,
          version: before.version,
          fileName: "a.pdf",
          bytes: PDF,
        }),
      ).rejects.toBeInstanceOf(PublishedYearError);
    });
    expect(await pledge2024()).toEqual(before);
  });
});
