import { formatDate } from "@/domain/calendar";
import { formatDateTime } from "@/components/format-date-time";
import { PROPOSAL_STATUS_LABEL } from "@/domain/vocabulary";
import { formatPoints, formatShare, rankCell } from "@/domain/format";
import type { LatestSnapshot } from "@/server/queries/publishing/get-latest-snapshot";

/** The published ranking as frozen in the latest snapshot: read from it, never recomputed. */
export function SnapshotRanking({ snapshot }: { snapshot: LatestSnapshot }) {
  const { content } = snapshot;
  const awardNames = new Map(content.rules.awards.map((award) => [award.code, award.name]));
  const unitNames = new Map(content.members.map((member) => [member.unitId, member.name]));
  return (
    <section aria-labelledby="ranking-heading" className="mt-8">
      <h2 id="ranking-heading" className="text-lg font-semibold">
        Bảng tổng hợp điểm, xếp hạng năm {content.year} – bản số {snapshot.number}
      </h2>
      <p className="text-sm text-stone-600">
        {content.bloc.name} · công bố {formatDateTime(snapshot.publishedAt)} · tính đến ngày{" "}
        {formatDate(content.asOf)}
        {snapshot.reason && ` · đính chính: ${snapshot.reason}`}
      </p>
      <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-4 py-2">
                Hạng
              </th>
              <th scope="col" className="px-4 py-2">
                Đơn vị
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                Tổng điểm
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                Tỷ lệ
              </th>
              <th scope="col" className="px-4 py-2">
                Xếp loại
              </th>
            </tr>
          </thead>
          <tbody>
            {content.result.units.map((unit) => (
              <tr key={unit.unitId} className="border-t border-stone-100">
                <td className="px-4 py-2">{rankCell(unit)}</td>
                <th scope="row" className="px-4 py-2 font-medium">
                  {unit.name}
                </th>
                <td className="px-4 py-2 text-right tabular-nums">{formatPoints(unit.total)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{formatShare(unit.percentOfMax)}</td>
                <td className="px-4 py-2">{unit.classification?.label ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="mt-6 font-semibold">Đề nghị khen thưởng trong bản công bố</h3>
      {content.proposals.length === 0 ? (
        <p className="text-sm text-stone-600">Không có đề nghị nào.</p>
      ) : (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {content.proposals.map((p) => (
            <li key={`${p.unitId}:${p.awardCode}`}>
              {awardNames.get(p.awardCode) ?? p.awardCode}: {unitNames.get(p.unitId) ?? p.unitId} –{" "}
              {PROPOSAL_STATUS_LABEL[p.status]}
              {p.decisionNumber && ` (Quyết định số ${p.decisionNumber} ngày ${formatDate(p.decisionDate)})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
