import Link from "@/components/app-link";
import type { UnitYear } from "@/server/queries/units/unit-years";
import {
  membershipText,
  nameThatYear,
  pointsText,
  rankPhrase,
  shareText,
  sourceText,
  unrankedNote,
} from "./year-result-text";

type Props = { unitId: string; currentName: string; years: readonly UnitYear[] };

/** The years as cards on a phone, where the table's six columns would not fit (below sm). */
export function UnitYearsList({ unitId, currentName, years }: Props) {
  return (
    <ul className="space-y-3 sm:hidden">
      {years.map((row) => (
        <li key={row.blocYearId} className="rounded-md border border-stone-200 p-3 text-sm">
          <p className="font-semibold">
            <Link href={`/khoi/${row.blocId}/${row.year}`} className="text-brand-800 hover:underline">
              Năm {row.year}
            </Link>{" "}
            · {row.blocName}
          </p>
          <p className="text-xs text-stone-600">{nameThatYear(row.name, currentName)}</p>
          <p className="mt-1">Là thành viên: {membershipText(row)}</p>
          {row.result.kind === "ranked" ? (
            <p className="mt-1">
              <Link
                href={`/khoi/${row.blocId}/${row.year}/xep-hang/${unitId}`}
                className="font-semibold text-brand-800 hover:underline"
              >
                {rankPhrase(row.result)}
              </Link>{" "}
              · {pointsText(row.result)} ({shareText(row.result)}) ·{" "}
              {row.result.classification ?? "chưa xếp loại"}
              <span className="block text-xs text-stone-600">{sourceText(row.result)}</span>
            </p>
          ) : (
            <p className="mt-1 text-stone-600">{unrankedNote(row.result)}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
