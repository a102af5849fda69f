import Link from "@/components/app-link";
import { formatDate } from "@/domain/calendar";
import type { LinkedUnit } from "@/server/queries/units/unit-lineage";

type Props = { predecessors: readonly LinkedUnit[]; successors: readonly LinkedUnit[] };

/** Predecessors and successors, each a link to its page when the user may open it. */
export function LineageList({ predecessors, successors }: Props) {
  if (predecessors.length === 0 && successors.length === 0)
    return <p className="text-sm text-stone-600">Không có hợp nhất nào được ghi nhận cho đơn vị này.</p>;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <LinkedUnits title="Tiền thân" verb="Hợp nhất vào đơn vị này" units={predecessors} />
      <LinkedUnits title="Kế thừa" verb="Tiếp nhận đơn vị này" units={successors} />
    </div>
  );
}

function LinkedUnits({ title, verb, units }: { title: string; verb: string; units: readonly LinkedUnit[] }) {
  return (
    <div>
      <h3 className="font-medium">{title}</h3>
      {units.length === 0 ? (
        <p className="mt-1 text-sm text-stone-600">Không có.</p>
      ) : (
        <ul className="mt-1 space-y-2 text-sm">
          {units.map((unit) => (
            <li key={unit.unitId}>
              {unit.viewable ? (
                <Link href={`/don-vi/${unit.unitId}`} className="font-medium text-brand-800 hover:underline">
                  {unit.name}
                </Link>
              ) : (
                <span className="font-medium">{unit.name}</span>
              )}
              <span className="block text-stone-600">
                {verb} từ ngày {formatDate(unit.effectiveOn)}
                {unit.decisionRef && ` (${unit.decisionRef})`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
