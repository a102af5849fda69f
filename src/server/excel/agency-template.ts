import "server-only";
import ExcelJS from "exceljs";
import { AGENCY_IMPORT_COLUMNS } from "@/domain/agencies";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF9F1239" } };

const GUIDE = [
  "Điền mỗi cơ quan, đơn vị một dòng ở trang “Đơn vị”, từ dòng 2.",
  "Tên đầy đủ, Tên viết tắt và Áp dụng từ ngày (dd/mm/yyyy) là bắt buộc; Mã để trống thì hệ thống tự đặt.",
  "Ví dụ: Sở Khoa học và Công nghệ | Sở KH&CN | KHCN | 01/01/2025",
  "Nếu có dòng lỗi, hệ thống báo theo dòng và ô, và không lưu đơn vị nào cho đến khi sửa hết.",
];

/** The agency import template: the sheet to fill in (dd/mm/yyyy dates) and a guide. */
export async function buildAgencyTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ThiĐua";
  workbook.title = "Mẫu nhập cơ quan, đơn vị";
  const sheet = workbook.addWorksheet("Đơn vị", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = AGENCY_IMPORT_COLUMNS.map(({ header, key, width }) => ({ header, key, width }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: "FFFFFFFF" } };
  header.alignment = { vertical: "middle", wrapText: true };
  header.height = 32;
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  sheet.getColumn("validFrom").numFmt = "dd/mm/yyyy";
  // The example lives on its own sheet: a row left on the first sheet would be imported.
  const guide = workbook.addWorksheet("Hướng dẫn");
  guide.getColumn(1).width = 100;
  for (const line of GUIDE) guide.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
