import type { Metadata } from "next";
import Link from "@/components/app-link";
import { todayInVietnam, yearStart } from "@/domain/calendar";
import { Section } from "@/components/forms/section";
import { db } from "@/server/db";
import { listAgencies, type AgencyStatusFilter } from "@/server/queries/province/list-agencies";
import { AgenciesTable } from "./agencies-table";
import { AgencyFilters } from "./agency-filters";
import { CreateAgencyForm } from "./create-agency-form";
import { MergeAgenciesForm } from "./merge-agencies-form";
import { AdminOnly } from "../admin-only";
import { provinceAdminOrNull } from "../province-admin";

export const metadata: Metadata = { title: "Cơ quan, đơn vị" };

type Props = { searchParams: Promise<{ q?: string | string[]; "trang-thai"?: string | string[] }> };

const STATUSES: readonly AgencyStatusFilter[] = ["active", "inactive", "all"];

export default async function AgenciesPage({ searchParams }: Props) {
  const user = await provinceAdminOrNull();
  if (!user) return <AdminOnly />;
  const params = await searchParams;
  const search = typeof params.q === "string" ? params.q.slice(0, 100) : "";
  const wanted = params["trang-thai"];
  const status = STATUSES.find((value) => value === wanted) ?? "active";
  const [shown, active] = await Promise.all([
    listAgencies(db, user, { search, status }),
    listAgencies(db, user, { search: "", status: "active" }),
  ]);
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-bold text-stone-900">Cơ quan, đơn vị</h1>
        <Link
          href="/quan-tri/don-vi/nhap-excel"
          className="rounded-md border border-brand-700 px-3 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50"
        >
          Nhập danh sách từ Excel
        </Link>
      </div>
      <p className="mt-1 text-sm text-stone-600">
        Các sở, ban, ngành của tỉnh. Tên đổi theo ngày hiệu lực; các năm trước vẫn hiển thị tên cũ.
      </p>
      <AgencyFilters search={search} status={status} />
      <AgenciesTable rows={shown} search={search} status={status} />
      <Section id="create-agency-heading" title="Thêm cơ quan, đơn vị">
        <CreateAgencyForm namedFrom={yearStart(Number(todayInVietnam().slice(0, 4)))} />
      </Section>
      <Section
        id="merge-agencies-heading"
        title="Hợp nhất đơn vị"
        description="Các đơn vị được hợp nhất giữ tên cũ cho các năm trước. Khi tạo năm sau, đơn vị kế thừa thay chỗ chúng trong khối; năm đang diễn ra do thư ký khối cập nhật ở tab Thành viên."
      >
        <MergeAgenciesForm agencies={active.map((row) => ({ id: row.id, name: row.name }))} />
      </Section>
    </>
  );
}
