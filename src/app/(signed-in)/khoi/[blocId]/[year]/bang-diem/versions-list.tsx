import Link from "@/components/app-link";
import { formatDate } from "@/domain/calendar";
import type { ScoreTableVersionSummary } from "@/server/queries/score-table/list-score-table-versions";

/** Every version of the year's table; earlier ones open read-only. */
export function VersionsList({
  versions,
  shownVersion,
  basePath,
}: {
  versions: ScoreTableVersionSummary[];
  shownVersion: number;
  basePath: string;
}) {
  if (versions.length < 2) return null;
  return (
    <section aria-labelledby="versions-heading" className="no-print mt-6">
      <h3 id="versions-heading" className="font-semibold">
        Các phiên bản bảng điểm
      </h3>
      <ul className="mt-2 space-y-1 text-sm">
        {versions.map((table, index) => (
          <li key={table.id}>
            {table.version === shownVersion ? (
              <strong aria-current="page">Phiên bản {table.version}</strong>
            ) : (
              <Link
                href={index === 0 ? basePath : `${basePath}?phien-ban=${table.version}`}
                className="text-brand-800 underline-offset-2 hover:underline"
              >
                Phiên bản {table.version}
              </Link>
            )}{" "}
            · tạo ngày {formatDate(table.createdAt)} · {table._count.criteria} mục
            {index === 0 && " · đang áp dụng"}
          </li>
        ))}
      </ul>
    </section>
  );
}
