import { formatDate } from "@/domain/calendar";
import { type AwardCandidacy, type UnitResult, yearHasScores } from "@/domain/scoring";
import { formatPoints, NO_SCORES_HEADING, rankCell } from "@/domain/format";
import type { AwardsBoard } from "@/server/queries/awards/get-awards-board";
import { ProposeButton } from "./propose-button";

type Props = { blocYearId: string; board: AwardsBoard; editable: boolean };

/**
 * The engine's award candidates under the bloc's rules (ứng viên theo quy chế) with every reason,
 * and a way to propose them: a suggestion for the secretariat, never shown as an award elsewhere.
 */
export function CandidatesSection({ blocYearId, board, editable }: Props) {
  const { result, refusal, asOf, withheld } = board.ranking;
  const proposed = new Set(board.proposals.map((p) => `${p.unitId}:${p.awardCode}`));
  return (
    <section aria-labelledby="candidates-heading" className="mt-10">
      <h2 id="candidates-heading" className="text-lg font-semibold">
        Ứng viên theo quy chế
      </h2>
      {withheld ? (
        <p className="mt-3 rounded-md border border-stone-200 bg-white px-3 py-2 text-sm text-stone-600">
          Khối chưa chia sẻ điểm tạm tính giữa các đơn vị: ứng viên theo quy chế hiển thị khi kết quả được
          công bố.
        </p>
      ) : !result ? (
        <p role="alert" className="mt-3 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
          {refusal}
        </p>
      ) : result.units.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
          Chưa có đơn vị nào được xếp hạng.
        </p>
      ) : !yearHasScores(result) ? (
        // Every unit at 0,00 "ties" with every other: candidates and tie warnings would mean nothing.
        <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
          {NO_SCORES_HEADING}: chưa đơn vị nào có điểm chấm hay nhiệm vụ hoàn thành, nên chưa có ứng viên theo
          quy chế.
        </p>
      ) : (
        <>
          <p className="text-sm text-stone-600">
            Theo kết quả tính điểm tạm thời đến ngày {asOf && formatDate(asOf)}. Đơn vị dẫn đầu phải là đơn vị
            có điểm cao nhất trong các đơn vị đủ điều kiện
            {board.topEligibleRank !== null && ` (hạng ${board.topEligibleRank})`}.
          </p>
          <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-stone-100 text-stone-700">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Hạng
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Đơn vị
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Tổng điểm
                  </th>
                  {board.awards.map((award) => (
                    <th key={award.code} scope="col" className="px-3 py-2">
                      {award.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.units.map((unit) => (
                  <tr key={unit.unitId} className="border-t border-stone-100 align-top">
                    <td className="px-3 py-2">{rankCell(unit)}</td>
                    <th scope="row" className="px-3 py-2 font-medium">
                      {unit.name}
                    </th>
                    <td className="px-3 py-2 text-right tabular-nums">{formatPoints(unit.total)}</td>
                    {unit.awards.map((candidacy) => (
                      <CandidacyCell
                        key={candidacy.awardCode}
                        blocYearId={blocYearId}
                        unit={unit}
                        candidacy={candidacy}
                        proposed={proposed.has(`${unit.unitId}:${candidacy.awardCode}`)}
                        editable={editable}
                      />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

type CellProps = {
  blocYearId: string;
  unit: UnitResult;
  candidacy: AwardCandidacy;
  proposed: boolean;
  editable: boolean;
};

/** One unit × award: the engine's verdict with its reasons; tied units at the quota's edge are the bloc's call. */
function CandidacyCell({ blocYearId, unit, candidacy, proposed, editable }: CellProps) {
  const proposable =
    candidacy.candidate || candidacy.reasons.some((reason) => reason.code === "tiedAtQuotaBoundary");
  return (
    <td className="px-3 py-2">
      <p className={candidacy.candidate ? "font-medium text-emerald-800" : "font-medium text-stone-600"}>
        {candidacy.candidate ? "Ứng viên theo quy chế" : "Chưa đủ điều kiện"}
      </p>
      <ul className="mt-1 list-disc pl-4 text-xs text-stone-600">
        {candidacy.reasons.map((reason) => (
          <li key={reason.code}>{reason.message}</li>
        ))}
      </ul>
      {proposed ? (
        <p className="mt-1 text-xs font-medium text-brand-800">Đã có đề nghị</p>
      ) : (
        editable &&
        proposable && (
          <ProposeButton
            blocYearId={blocYearId}
            unitId={unit.unitId}
            unitName={unit.name}
            awardCode={candidacy.awardCode}
            awardName={candidacy.awardName}
          />
        )
      )}
    </td>
  );
}
