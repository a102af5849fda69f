import { formatPoints, formatSignedPoints } from "@/domain/format";
import type { ContributionGroup } from "@/domain/rankings";

/** "51,00 + 10,00 − 2,00": the subtotals as the sum a reader can check by hand. */
function sumExpression(values: readonly number[]): string {
  return values
    .map((value, index) => {
      if (index === 0) return formatPoints(value);
      return value < 0 ? `− ${formatPoints(-value)}` : `+ ${formatPoints(value)}`;
    })
    .join(" ");
}

type Props = { groups: readonly ContributionGroup[]; total: number };

/** The engine's explanation lines by section; the subtotals add up to the total, shown as a sum. */
export function ContributionGroups({ groups, total }: Props) {
  return (
    <section aria-labelledby="contributions-heading" className="mt-8">
      <h2 id="contributions-heading" className="text-lg font-semibold">
        Điểm từng phần
      </h2>
      <div className="mt-3 space-y-4">
        {groups.map((group) => (
          <details
            key={group.section?.id ?? "other"}
            open={group.lines.length <= 12}
            className="rounded-lg border border-stone-200 bg-white"
          >
            <summary className="flex cursor-pointer justify-between gap-4 px-4 py-2 font-medium">
              <span>
                {group.section ? `${group.section.code}. ${group.section.title}` : "Các khoản khác"}
              </span>
              <span className="tabular-nums">{formatSignedPoints(group.subtotal)} điểm</span>
            </summary>
            {group.lines.length === 0 ? (
              <p className="border-t border-stone-100 px-4 py-2 text-sm text-stone-600">
                Không có dòng điểm nào.
              </p>
            ) : (
              <ul className="border-t border-stone-100 text-sm">
                {group.lines.map((line, index) => (
                  <li
                    key={`${line.criterionId ?? ""}-${line.taskId ?? ""}-${index}`}
                    className="flex justify-between gap-4 px-4 py-1.5 odd:bg-stone-50"
                  >
                    <span>{line.label}</span>
                    <span className="shrink-0 text-right tabular-nums">
                      {formatSignedPoints(line.points)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </details>
        ))}
      </div>
      <p className="mt-3 rounded-md bg-stone-100 px-4 py-2 text-right font-semibold tabular-nums">
        Tổng: {sumExpression(groups.map((group) => group.subtotal))} = {formatPoints(total)} điểm
      </p>
    </section>
  );
}
