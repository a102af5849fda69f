import { formatDate, toIsoDay } from "@/domain/calendar";
import { PROPOSAL_STATUS_LABEL } from "@/domain/vocabulary";
import type { AwardsBoard } from "@/server/queries/awards/get-awards-board";
import { ProposalStatusForm } from "./proposal-status-form";

/** The bloc's proposals (tờ trình) and the council's decisions on them. */
export function ProposalsSection({ board, editable }: { board: AwardsBoard; editable: boolean }) {
  const names = new Map(Object.entries(board.names));
  const awardNames = new Map(board.awards.map((award) => [award.code, award.name]));
  // A viewer who may not see other units' figures gets their own units' proposals only.
  const ownOnly = board.ranking.withheld;
  return (
    <section aria-labelledby="proposals-heading" className="mt-10">
      <h2 id="proposals-heading" className="text-lg font-semibold">
        {ownOnly ? "Đề nghị khen thưởng của đơn vị bạn" : "Đề nghị khen thưởng"} ({board.proposals.length})
      </h2>
      {ownOnly && (
        <p className="mt-3 text-sm text-stone-600">
          Đề nghị của các đơn vị khác hiển thị khi khối chia sẻ điểm tạm tính hoặc khi kết quả được công bố.
        </p>
      )}
      {board.proposals.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
          {editable
            ? "Chưa có đề nghị nào. Chọn “Đề nghị” ở bảng ứng viên theo quy chế phía trên."
            : "Chưa có đề nghị nào."}
        </p>
      ) : (
        <ul className="mt-3 space-y-3">
          {board.proposals.map((proposal) => {
            const label = `${awardNames.get(proposal.awardCode) ?? proposal.awardCode} – ${names.get(proposal.unitId) ?? proposal.unitId}`;
            return (
              <li key={proposal.id} className="rounded-lg border border-stone-200 bg-white p-4">
                <p className="font-medium">{label}</p>
                <p className="text-sm text-stone-700">
                  {PROPOSAL_STATUS_LABEL[proposal.status]}
                  {proposal.decisionNumber &&
                    ` · Quyết định số ${proposal.decisionNumber} ngày ${formatDate(proposal.decisionDate)}`}
                </p>
                {proposal.eligibilityReason && (
                  <p className="mt-1 text-xs text-stone-500">Căn cứ: {proposal.eligibilityReason}</p>
                )}
                {editable && (
                  <div className="no-print mt-3">
                    <ProposalStatusForm
                      label={label}
                      proposal={{
                        ...proposal,
                        decisionDate: proposal.decisionDate && toIsoDay(proposal.decisionDate),
                      }}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
