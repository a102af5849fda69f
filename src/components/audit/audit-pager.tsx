import Link from "@/components/app-link";
import type { AuditFilter } from "@/schemas/audit/audit-filter";

/** The filters as a query string, page included (page 1 left out). */
export function auditQueryString(filter: AuditFilter): string {
  const params = new URLSearchParams();
  if (filter.entity) params.set("entity", filter.entity);
  if (filter.actor) params.set("actor", filter.actor);
  if (filter.page > 1) params.set("page", String(filter.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

type Props = { basePath: string; filter: AuditFilter; page: number; pageCount: number };

/** Earlier and later pages of a log, keeping its filters. */
export function AuditPager({ basePath, filter, page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  const href = (to: number) => `${basePath}${auditQueryString({ ...filter, page: to })}`;
  return (
    <nav aria-label="Phân trang" className="no-print mt-4 flex items-center gap-4 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} className="text-brand-800 underline">
          ← Trang trước
        </Link>
      )}
      <span>
        Trang {page}/{pageCount}
      </span>
      {page < pageCount && (
        <Link href={href(page + 1)} className="text-brand-800 underline">
          Trang sau →
        </Link>
      )}
    </nav>
  );
}
