import "server-only";
import ExcelJS from "exceljs";
import { formatDate, type IsoDay } from "@/domain/calendar";
import { TASK_IMPORT_COLUMNS } from "@/domain/tasks";

export type TemplateLists = {
  year: number;
  blocName: string;
  /** The units that can still be given a task this year, with their membership dates. */
  members: readonly { name: string; shortName: string; joinedOn: IsoDay; leftOn: IsoDay | null }[];
  sourceDocuments: readonly { code: string; title: string; issuedOn: Date }[];
};

const TASK_SHEET = "Nhiệm vụ";
const LIST_SHEET = "Danh mục";
const PREPARED_ROWS = 1_000;
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF9F1239" } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: "FFFFFFFF" } };

function styleHeader(row: ExcelJS.Row) {
  row.font = HEADER_FONT;
  row.alignment = { vertical: "middle", wrapText: true };
  row.height = 32;
  row.eachCell((cell) => (cell.fill = HEADER_FILL));
}

function addTaskSheet(workbook: ExcelJS.Workbook, lists: TemplateLists) {
  const sheet = workbook.addWorksheet(TASK_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = TASK_IMPORT_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
  }));
  styleHeader(sheet.getRow(1));
  // Real Excel dates show as dd/mm/yyyy; text typed as dd/mm/yyyy is accepted too.
  sheet.getColumn("deadline").numFmt = "dd/mm/yyyy";
  sheet.getColumn("title").alignment = { wrapText: true, vertical: "top" };
  const ownerColumn = sheet.getColumn("owner").letter;
  const memberRange = `'${LIST_SHEET}'!$A$2:$A$${lists.members.length + 1}`;
  for (let row = 2; row <= PREPARED_ROWS + 1; row += 1) {
    // A drop-down of the members that still lets one type a short name (no error alert).
    sheet.getCell(`${ownerColumn}${row}`).dataValidation = {
      type: "list",
      allowBlank: true,
      showErrorMessage: false,
      formulae: [memberRange],
    };
  }
}

function addListSheet(workbook: ExcelJS.Workbook, lists: TemplateLists) {
  const sheet = workbook.addWorksheet(LIST_SHEET);
  sheet.columns = [
    { header: `Đơn vị thành viên năm ${lists.year}`, key: "name", width: 45 },
    { header: "Tên viết tắt", key: "shortName", width: 14 },
    { header: "Thời gian là thành viên", key: "dates", width: 30 },
    { header: "", key: "gap", width: 3 },
    { header: "Văn bản giao (số hiệu)", key: "code", width: 22 },
    { header: "Trích yếu", key: "title", width: 60 },
    { header: "Ngày ban hành", key: "issuedOn", width: 14 },
  ];
  styleHeader(sheet.getRow(1));
  sheet.getCell("D1").fill = { type: "pattern", pattern: "none" };
  lists.members.forEach((member, index) => {
    const row = sheet.getRow(index + 2);
    row.getCell(1).value = member.name;
    row.getCell(2).value = member.shortName;
    row.getCell(3).value = membershipDates(member, lists.year);
  });
  lists.sourceDocuments.forEach((document, index) => {
    const row = sheet.getRow(index + 2);
    row.getCell(5).value = document.code;
    row.getCell(6).value = document.title;
    row.getCell(7).value = document.issuedOn;
    row.getCell(7).numFmt = "dd/mm/yyyy";
  });
}

/** "Cả năm", "Từ 01/03/2025", "Rời khối ngày 01/03/2025": a task for the unit must be due within. */
function membershipDates(member: TemplateLists["members"][number], year: number): string {
  const from = member.joinedOn > `${year}-01-01` ? `Từ ${formatDate(member.joinedOn)}` : "";
  const until = member.leftOn ? `Rời khối ngày ${formatDate(member.leftOn)}` : "";
  return [from, until].filter(Boolean).join("; ") || "Cả năm";
}

/** The import template of a bloc-year: the task sheet to fill in and the lists to pick from. */
export async function buildTaskTemplate(lists: TemplateLists): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ThiĐua";
  workbook.title = `Mẫu nhập nhiệm vụ – ${lists.blocName} – năm ${lists.year}`;
  addTaskSheet(workbook, lists);
  addListSheet(workbook, lists);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
