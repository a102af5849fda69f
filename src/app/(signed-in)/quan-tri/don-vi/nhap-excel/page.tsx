import type { Metadata } from "next";
import Link from "@/components/app-link";
import { MAX_AGENCY_IMPORT_ROWS } from "@/domain/agencies";
import { AgencyImportPanel } from "./agency-import-panel";
import { AdminOnly } from "../../admin-only";
import { provinceAdminOrNull } from "../../province-admin";

// A file to download, not a page: a plain link (next/link would try to render it).
const TEMPLATE_URL = "/quan-tri/don-vi/nhap-excel/tai-mau";

export const metadata: Metadata = { title: "Nhập đơn vị từ Excel" };

export default async function AgencyImportPage() {
  if (!(await provinceAdminOrNull())) return <AdminOnly />;
  return (
    <>
      <Link href="/quan-tri/don-vi" className="text-sm text-brand-800 hover:underline">
        ← Cơ quan, đơn vị
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">Nhập danh sách cơ quan, đơn vị từ Excel</h1>
      <ol className="mt-3 list-decimal space-y-1 pl-5 text-sm text-stone-700">
        <li>
          Tải{" "}
          <a href={TEMPLATE_URL} download className="font-medium text-brand-800 underline">
            tệp mẫu (.xlsx)
          </a>{" "}
          và điền mỗi đơn vị một dòng: tên đầy đủ, tên viết tắt, mã (không bắt buộc), ngày áp dụng
          (dd/mm/yyyy).
        </li>
        <li>Tải tệp lên. Mỗi lần tối đa {MAX_AGENCY_IMPORT_ROWS.toLocaleString("vi-VN")} đơn vị.</li>
        <li>
          Nếu có dòng lỗi, hệ thống báo theo dòng và ô và không lưu đơn vị nào; sửa tệp rồi tải lên lại.
        </li>
      </ol>
      <AgencyImportPanel />
    </>
  );
}
