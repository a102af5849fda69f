import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditPager, auditQueryString } from "@/components/audit/audit-pager";
import { AuditTable } from "@/components/audit/audit-table";
import { auditFilterSchema } from "@/schemas/audit/audit-filter";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { listAuditEvents, listViewableYears } from "@/server/queries/audit/list-audit-events";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";

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
    redirect(`/khoi/${blocId}/${query.nam}/nhat-ky${auditQueryString({ ...filter, page: 1 })}`);
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
        yearChoice={{ year: header.year, years }}
        entities={log.entities}
        actors={log.actors}
        current={filter}
      />
      <AuditTable log={log} filtered={Boolean(filter.entity || filter.actor)} />
      <AuditPager basePath={basePath} filter={filter} page={log.page} pageCount={log.pageCount} />
    </section>
  );
}
