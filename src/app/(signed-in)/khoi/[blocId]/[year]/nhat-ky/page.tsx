import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { auditFilterSchema, type AuditFilter } from "@/schemas/audit/audit-filter";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { listAuditEvents, listViewableYears } from "@/server/queries/audit/list-audit-events";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { AuditFilters } from "./audit-filters";
import { AuditTable } from "./audit-table";

type Props = {
  params: Promise<{ blocId: string; year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Nhật ký thay đổi" };

export default async function AuditLogPage({ params, searchParams }: Props) {
  const { blocId, year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const query = await searchParams;
  const filter = auditFilterSchema.parse({ entity: query.entity, actor: query.actor, page: query.page });
  // The year select sends "nam": another year of the bloc is another page.
  if (typeof query.nam === "string" && /^\d{4}$/.test(query.nam) && query.nam !== year) {
    redirect(`/khoi/${blocId}/${query.nam}/nhat-ky${queryString({ ...filter, page: 1 })}`);
  }
  const user = await requireSessionUser();
  const header = await getBlocYearHeader(user, blocId, Number(year));
  if (!header) notFound();
  const log = await listAuditEvents(db, user, { blocYearId: header.id, filter });
  if (!log) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
        Nhật ký thay đổi chỉ dành cho thư ký khối và người theo dõi khối.
      </p>
    );
  }
  const years = await listViewableYears(db, user, header.bloc.id);
  const basePath = `/khoi/${header.bloc.id}/${header.year}/nhat-ky`;
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading" className="text-lg font-semibold">
        Nhật ký thay đổi ({log.total})
      </h2>
      <p className="mb-3 text-sm text-stone-600">Mới nhất trước; giờ Việt Nam.</p>
      <AuditFilters
        year={header.year}
        years={years}
        entities={log.entities}
        actors={log.actors}
        current={filter}
      />
      <AuditTable log={log} />
      {log.pageCount > 1 && (
        <nav aria-label="Phân trang" className="no-print mt-4 flex items-center gap-4 text-sm">
          {log.page > 1 && (
            <Link
              href={`${basePath}${queryString({ ...filter, page: log.page - 1 })}`}
              className="text-brand-800 underline"
            >
              ← Trang trước
            </Link>
          )}
          <span>
            Trang {log.page}/{log.pageCount}
          </span>
          {log.page < log.pageCount && (
            <Link
              href={`${basePath}${queryString({ ...filter, page: log.page + 1 })}`}
              className="text-brand-800 underline"
            >
              Trang sau →
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}

function queryString(filter: AuditFilter): string {
  const params = new URLSearchParams();
  if (filter.entity) params.set("entity", filter.entity);
  if (filter.actor) params.set("actor", filter.actor);
  if (filter.page > 1) params.set("page", String(filter.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
