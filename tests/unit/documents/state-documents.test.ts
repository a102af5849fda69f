import JSZip from "jszip";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import type { ConferenceData } from "@/domain/conference/conference-data";
import {
  buildStateDocument,
  defaultDocumentSettings,
  DOCUMENT_KINDS,
  officialDate,
  type DocumentFacts,
} from "@/domain/documents";
import { documentSettingsSchema } from "@/schemas/documents/document-settings";
import { stateDocumentBuffer } from "@/server/documents/state-document-docx";

const row = (unitId: string, name: string, rank: number, total: number, extra: object = {}) => ({
  unitId,
  rank,
  sharedRank: false,
  scored: true,
  tieNote: null,
  name,
  sectionPoints: [total - 500, 500],
  bonus: 0,
  deductions: 0,
  total,
  percentOfMax: total,
  classification: "Hoàn thành xuất sắc nhiệm vụ",
  awards: [],
  ...extra,
});

const data: DocumentFacts["data"] = {
  source: { kind: "snapshot", number: 2, publishedAt: "2025-01-14T03:00:00.000Z" },
  maxPoints: 10_000,
  sections: [
    { id: "s1", code: "I", title: "Nhiệm vụ", maxPoints: 9_000 },
    { id: "s2", code: "II", title: "Phong trào", maxPoints: 1_000 },
  ],
  rows: [
    row("u1", "Sở Tài chính", 1, 9_550),
    row("u2", "Sở Xây dựng", 2, 9_100, { tieNote: "Hơn Sở Công Thương ở điểm nhiệm vụ" }),
    row("u3", "Sở Công Thương", 3, 9_100),
    row("u4", "Ban Quản lý", 4, 0, { scored: false, classification: null }),
  ],
  awards: [
    {
      awardCode: "CO_THI_DUA",
      awardName: "Cờ thi đua của UBND tỉnh",
      units: [
        { unitId: "u1", name: "Sở Tài chính", rank: 1, total: 9_550, status: "PROPOSED" },
        { unitId: "u3", name: "Sở Công Thương", rank: 3, total: 9_100, status: "WITHDRAWN" },
      ],
    },
  ],
  blocYearId: "y",
  bloc: { id: "b", name: "Khối thi đua các cơ quan kinh tế – kỹ thuật", province: "Yên Bái" },
  year: 2024,
  members: [
    {
      unitId: "u1",
      name: "Sở Tài chính",
      role: "HEAD",
      signature: { signerName: "Nguyễn Văn Thắng", signerTitle: "Giám đốc", signedOn: "2024-02-01" },
    },
    { unitId: "u2", name: "Sở Xây dựng", role: "DEPUTY", signature: null },
    { unitId: "u3", name: "Sở Công Thương", role: null, signature: null },
    { unitId: "u4", name: "Ban Quản lý", role: null, signature: null },
  ],
  pledge: null,
  nextYear: { year: 2025, roles: [{ role: "HEAD", name: "Sở Xây dựng", electedOn: "2025-01-14" }] },
  ballot: null,
} satisfies ConferenceData;

const facts: DocumentFacts = {
  data,
  blocCode: "KTKT",
  tallies: [{ unitId: "u1", awardCode: "CO_THI_DUA", votesFor: 7, votersPresent: 8 }],
  overrides: [],
  objections: [
    {
      number: 1,
      unitId: "u3",
      criterionId: "c21",
      criterionCode: "II.1",
      criterionTitle: "Cải cách hành chính",
      stage: "FINAL",
      pointsObjected: 750,
      reason: "Đơn vị đã nộp đủ báo cáo quý",
      filedOn: "2025-01-08",
      status: "ACCEPTED",
      resolution: "Đối chiếu sổ công văn, báo cáo nộp đúng hạn",
      resolvedPoints: 900,
      resolvedOn: "2025-01-10",
    },
    {
      number: 2,
      unitId: "u4",
      criterionId: "c22",
      criterionCode: "II.2",
      criterionTitle: "Chuyển đổi số",
      stage: "CROSS_CHECK",
      pointsObjected: null,
      reason: "Chưa được chấm",
      filedOn: "2025-01-09",
      status: "REJECTED",
      resolution: "Tiêu chí không áp dụng với đơn vị.",
      resolvedPoints: null,
      resolvedOn: "2025-01-11",
    },
  ],
};
const settingsOf = (kind: (typeof DOCUMENT_KINDS)[number]) =>
  defaultDocumentSettings(kind, { blocCode: "KTKT", province: "Yên Bái", publishedOn: "2025-01-14" });

async function docxText(kind: (typeof DOCUMENT_KINDS)[number]) {
  const buffer = await stateDocumentBuffer(buildStateDocument(kind, facts, settingsOf(kind)));
  return { buffer, text: (await mammoth.extractRawText({ buffer })).value };
}

describe("official date (Decree 30)", () => {
  it.each([
    ["2024-01-12", "ngày 12 tháng 01 năm 2024"],
    ["2025-02-05", "ngày 05 tháng 02 năm 2025"],
    ["2025-03-09", "ngày 09 tháng 3 năm 2025"],
    ["2025-12-31", "ngày 31 tháng 12 năm 2025"],
  ] as const)("%s reads %s", (day, text) => {
    expect(officialDate(day)).toBe(text);
  });
});

describe("state documents as .docx", () => {
  it.each(DOCUMENT_KINDS)("%s carries the national heading, the bloc, place and date", async (kind) => {
    const { text } = await docxText(kind);
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("KHỐI THI ĐUA CÁC CƠ QUAN KINH TẾ – KỸ THUẬT");
    expect(text).toContain("Yên Bái, ngày 14 tháng 01 năm 2025");
    expect(text).toContain("Kết quả công bố lần 2, ngày 14/01/2025");
  });

  it("writes the letter with its number, addressee, the standing proposals with their ballot, and the head's signature", async () => {
    const { text } = await docxText("to-trinh");
    expect(text).toContain("Số: 01/TTr-KTKT");
    expect(text).toContain("TỜ TRÌNH");
    expect(text).toContain("Kính gửi: Hội đồng Thi đua – Khen thưởng tỉnh Yên Bái");
    expect(text).toMatch(/1\s+Sở Tài chính\s+Cờ thi đua của UBND tỉnh\s+95,50\s+1\s+7\/8 \(87,50%\)/);
    expect(text).not.toContain("Sở Công Thương"); // withdrawn
    expect(text).toContain("TRƯỞNG KHỐI");
    expect(text).toContain("GIÁM ĐỐC SỞ TÀI CHÍNH");
    expect(text).toContain("Nguyễn Văn Thắng");
    expect(text).not.toContain("PHÓ TRƯỞNG KHỐI");
    expect(text).toContain("Nơi nhận:");
  });

  it("writes the minutes with every member, the results, the ballot and next year's head, signed by head and deputy", async () => {
    const { text } = await docxText("bien-ban");
    expect(text).toContain("Số: 01/BB-KTKT");
    expect(text).toContain("Đại diện lãnh đạo 4 đơn vị thành viên");
    expect(text).toMatch(/4\s+Ban Quản lý\s+–\s+chưa có điểm/);
    expect(text).toContain("7/8 (87,50%)");
    expect(text).toContain("Trưởng khối: Sở Xây dựng.");
    expect(text).toContain("PHÓ TRƯỞNG KHỐI");
    expect(text).toContain("SỞ XÂY DỰNG");
    expect(text).toContain("……………………………"); // the deputy's unit recorded no signatory
    expect(text).toContain(
      "- Khiếu nại số 1 của Sở Công Thương (ngày 08/01/2025) về điểm chấm cuối tiêu chí II.1 “Cải cách hành chính” (7,50): Đơn vị đã nộp đủ báo cáo quý. Được chấp nhận ngày 10/01/2025, điểm chấm cuối điều chỉnh thành 9,00: Đối chiếu sổ công văn, báo cáo nộp đúng hạn.",
    );
    expect(text).toContain(
      "- Khiếu nại số 2 của Ban Quản lý (ngày 09/01/2025) về điểm kiểm tra chéo tiêu chí II.2 “Chuyển đổi số” (chưa có điểm): Chưa được chấm. Không được chấp nhận ngày 11/01/2025: Tiêu chí không áp dụng với đơn vị.",
    );
  });

  it("writes the table with row numbers, sections, ranks, grades and the tie note", async () => {
    const { text } = await docxText("bang-tong-hop");
    expect(text).not.toContain("Số:");
    expect(text).toMatch(
      /2\s+Sở Xây dựng\s+86,00\s+5,00\s+0,00\s+0,00\s+91,00\s+2\s+Hoàn thành xuất sắc nhiệm vụ\s+Hơn Sở Công Thương/,
    );
  });

  it("is set in Times New Roman on A4 with a 30 mm left margin and page numbers from page 2", async () => {
    const zip = await JSZip.loadAsync((await docxText("to-trinh")).buffer);
    const body = await zip.file("word/document.xml")!.async("string");
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toMatch(/w:left="1701"/);
    expect(body).toContain("<w:titlePg");
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/header\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async("string")),
    );
    expect(headers.some((header) => header.includes("PAGE"))).toBe(true);
  });

  it("lays the table out on landscape A4", async () => {
    const zip = await JSZip.loadAsync((await docxText("bang-tong-hop")).buffer);
    expect(await zip.file("word/document.xml")!.async("string")).toMatch(
      /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/,
    );
  });
});

describe("document settings", () => {
  const valid = {
    so: "02/TTr-KTKT",
    noi: "Yên Bái",
    ngay: "2025-01-20",
    "kinh-gui": "Hội đồng",
    "noi-nhan": "- Như trên;\n\n- Lưu: VT.",
  };

  it("reads recipients one per line without their dashes", () => {
    const parsed = documentSettingsSchema("to-trinh").parse(valid);
    expect(parsed["noi-nhan"]).toEqual(["Như trên;", "Lưu: VT."]);
  });

  it.each([
    [{ so: "" }, "so", "Vui lòng nhập số, ký hiệu."],
    [{ so: "01/TTr<script>" }, "so", "Số, ký hiệu chỉ gồm chữ, số và các dấu / - . (ví dụ 01/TTr-KTKT)."],
    [{ noi: "  " }, "noi", "Vui lòng nhập địa danh."],
    [{ ngay: "2025-02-30" }, "ngay", "Ngày ban hành không hợp lệ."],
    [{ ngay: "" }, "ngay", "Vui lòng nhập ngày ban hành (dd/mm/yyyy)."],
    [{ ngay: "1990-01-01" }, "ngay", "Ngày ban hành phải trong khoảng năm 2000 đến năm 2100."],
    [{ "noi-nhan": "\n - \n" }, "noi-nhan", "Vui lòng nhập ít nhất một nơi nhận."],
    [{ "kinh-gui": "" }, "kinh-gui", "Vui lòng nhập nơi kính gửi."],
    [
      { "noi-nhan": Array.from({ length: 13 }, (_, i) => `Nơi ${i}`).join("\n") },
      "noi-nhan",
      "Nơi nhận tối đa 12 dòng.",
    ],
  ])("refuses %o with a Vietnamese message", (change, field, message) => {
    const result = documentSettingsSchema("to-trinh").safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((issue) => issue.path[0] === field)?.message).toBe(message);
  });

  it("asks the table for no number or addressee", () => {
    expect(
      documentSettingsSchema("bang-tong-hop").safeParse({ noi: "Yên Bái", ngay: "2025-01-20" }).success,
    ).toBe(true);
    expect(documentSettingsSchema("bien-ban").safeParse({ noi: "Yên Bái", ngay: "2025-01-20" }).success).toBe(
      false,
    );
  });
});

describe("signers", () => {
  it("leaves the head's block to sign by hand when the year recorded no leader", async () => {
    const bare = { ...facts, data: { ...data, members: data.members.map((m) => ({ ...m, role: null })) } };
    const letter = buildStateDocument("to-trinh", bare, settingsOf("to-trinh"));
    expect(letter.signers).toEqual([{ capacity: ["TRƯỞNG KHỐI"], fullName: null }]);
  });
});
