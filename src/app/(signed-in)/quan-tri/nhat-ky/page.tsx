import type { Metadata } from "next";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditPager } from "@/components/audit/audit-pager";
import { AuditTable } from "@/components/audit/audit-table";
import { auditFilterSchema } from "@/schemas/audit/audit-filter";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { listProvinceAuditEvents } from "@/server/queries/audit/list-province-audit-events";
import { AdminOnly } from "../admin-only";

export const metadata: Metadata = { title: "Nhật ký quản trị" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The province's own changes (agencies, blocs, accounts): those no bloc-year's log shows. */
export default async function ProvinceAuditLogPage({ searchParams }: Props) {
  const user = await requireSessionUser();
  const query = await searchParams;
  const filter = auditFilterSchema.parse({ entity: query.entity, actor: query.actor, page: query.page });
  const log = await listProvinceAuditEvents(db, user, filter);
  if (!log) return <AdminOnly />;
  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">Nhật ký quản trị ({log.total})</h1>
      <p className="mt-1 mb-4 text-sm text-stone-600">
        Thay đổi về cơ quan, đơn vị, khối thi đua và tài khoản của tỉnh; mới nhất trước, giờ Việt Nam. Thay
        đổi trong từng năm thi đua xem ở mục Nhật ký của năm đó.
      </p>
      <AuditFilters entities={log.entities} actors={log.actors} current={filter} />
      <AuditTable log={log} filtered={Boolean(filter.entity || filter.actor)} />
      <AuditPager basePath="/quan-tri/nhat-ky" filter={filter} page={log.page} pageCount={log.pageCount} />
    </>
  );
}
