import Link from "@/components/app-link";
import type { UnitYear } from "@/server/queries/units/unit-years";

/** The unit's trend in each bloc where the user sees a result of it. */
export function UnitTrendLinks({ unitId, years }: { unitId: string; years: readonly UnitYear[] }) {
  const blocs = new Map(
    years.filter((row) => row.result.kind === "ranked").map((row) => [row.blocId, row.blocName]),
  );
  if (blocs.size === 0) return null;
  return (
    <ul className="no-print mt-3 space-y-1 text-sm">
      {[...blocs].map(([blocId, blocName]) => (
        <li key={blocId}>
          <Link
            href={`/khoi/${blocId}/xu-huong/${unitId}`}
            className="font-medium text-brand-800 hover:underline"
          >
            Xu hướng qua các năm trong {blocName} →
          </Link>
        </li>
      ))}
    </ul>
  );
}
