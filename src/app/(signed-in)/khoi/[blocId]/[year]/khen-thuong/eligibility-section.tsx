import { formatDate } from "@/domain/calendar";
import { ELIGIBILITY_FLAG_LABEL } from "@/domain/vocabulary";
import type { AwardsBoard } from "@/server/queries/awards/get-awards-board";
import { AddFlagForm } from "./add-flag-form";
import { ResolveFlagForm } from "./resolve-flag-form";

type Props = { blocYearId: string; board: AwardsBoard; editable: boolean };

/** Decree 98/2023 Art. 4 cases per member: a unit with an open one may not be proposed. */
export function EligibilitySection({ blocYearId, board, editable }: Props) {
  const names = new Map(Object.entries(board.names));
  return (
    <section aria-labelledby="eligibility-heading" className="mt-8">
      <h2 id="eligibility-heading" className="text-lg font-semibold">
        Điều kiện khen thưởng
      </h2>
      <p className="text-sm text-stone-600">
        Đơn vị đang bị xem xét kỷ luật, điều tra, thanh tra hoặc có khiếu nại chưa giải quyết thì chưa được đề
        nghị khen thưởng (Điều 4 Nghị định 98/2023/NĐ-CP).
      </p>
      {board.flags.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
          Chưa có đơn vị nào thuộc các trường hợp này.
        </p>
      ) : (
        <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-4 py-2">
                  Đơn vị
                </th>
                <th scope="col" className="px-4 py-2">
                  Trường hợp
                </th>
                <th scope="col" className="px-4 py-2">
                  Từ ngày
                </th>
                <th scope="col" className="px-4 py-2">
                  Ghi chú
                </th>
                <th scope="col" className="px-4 py-2">
                  Tình trạng
                </th>
              </tr>
            </thead>
            <tbody>
              {board.flags.map((flag) => (
                <FlagRow
                  key={flag.id}
                  flag={flag}
                  unitName={names.get(flag.unitId) ?? flag.unitId}
                  editable={editable}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable && <AddFlagForm blocYearId={blocYearId} members={board.members} />}
    </section>
  );
}

function FlagRow({
  flag,
  unitName,
  editable,
}: {
  flag: AwardsBoard["flags"][number];
  unitName: string;
  editable: boolean;
}) {
  return (
    <tr className="border-t border-stone-100 align-top">
      <th scope="row" className="px-4 py-2 font-medium">
        {unitName}
      </th>
      <td className="px-4 py-2">{ELIGIBILITY_FLAG_LABEL[flag.kind]}</td>
      <td className="px-4 py-2">{formatDate(flag.since)}</td>
      <td className="px-4 py-2">{flag.note ?? "—"}</td>
      <td className="px-4 py-2">
        {flag.resolvedOn ? (
          `Đã giải quyết ngày ${formatDate(flag.resolvedOn)}`
        ) : editable ? (
          <ResolveFlagForm flagId={flag.id} unitName={unitName} />
        ) : (
          <span className="font-medium text-brand-800">Chưa giải quyết</span>
        )}
      </td>
    </tr>
  );
}
