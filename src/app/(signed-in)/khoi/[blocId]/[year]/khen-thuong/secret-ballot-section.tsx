import Link from "@/components/app-link";
import { suggestedBallotCandidates, type BallotOutcome } from "@/domain/ballot";
import { formatShare } from "@/domain/format";
import { BALLOT_STATUS_LABEL } from "@/domain/vocabulary";
import type { AwardsBoard } from "@/server/queries/awards/get-awards-board";
import type { BallotBoard } from "@/server/queries/ballot/get-ballot-board";
import { CancelBallotForm, CloseBallotForm, FollowBallot, OpenBallotForm } from "./ballot-forms";

type Props = {
  blocYearId: string;
  basePath: string;
  board: AwardsBoard;
  ballot: BallotBoard | null;
  editable: boolean;
};

/**
 * The secret ballot on delegates' phones: open it on the candidates, follow how many members have
 * voted (never how), close it to count, or cancel it with a reason and run it again.
 */
export function SecretBallotSection({ blocYearId, basePath, board, ballot, editable }: Props) {
  const unitName = (unitId: string) => board.names[unitId] ?? "";
  const awardName = (code: string) => board.awards.find((award) => award.code === code)?.name ?? code;
  const open = ballot?.status === "OPEN" ? ballot : null;
  return (
    <section aria-labelledby="secret-ballot-heading" className="mt-10">
      <h2 id="secret-ballot-heading" className="text-lg font-semibold">
        Bỏ phiếu kín trên điện thoại
      </h2>
      <p className="text-sm text-stone-600">
        Mỗi đơn vị thành viên nhận một mã dùng một lần; phiếu không gắn với mã nên không ai biết đơn vị nào
        chọn gì.
      </p>
      {open ? (
        <div className="mt-3 space-y-4 rounded-lg border border-stone-200 bg-white p-4">
          <FollowBallot />
          <p role="status" className="text-lg font-semibold">
            {open.used}/{open.electorate} đơn vị đã bỏ phiếu
          </p>
          <p className="text-sm">
            Đại biểu mở trang <span className="font-mono">/bo-phieu</span> (mã QR trên màn hình hội nghị) và
            nhập mã của đơn vị.{" "}
            <Link
              href={`${basePath}/khen-thuong/ma-bo-phieu`}
              className="font-medium text-brand-800 underline"
            >
              Danh sách mã bỏ phiếu (để in)
            </Link>
          </p>
          <ul className="list-disc pl-6 text-sm">
            {open.candidates.map((candidate) => (
              <li key={candidate.id}>
                {unitName(candidate.unitId)} – {awardName(candidate.awardCode)}
              </li>
            ))}
          </ul>
          {editable && (
            <div className="grid gap-4 sm:grid-cols-2">
              <CloseBallotForm ballotId={open.id} version={open.version} />
              <CancelBallotForm ballotId={open.id} version={open.version} />
            </div>
          )}
        </div>
      ) : (
        <>
          {ballot && <LastBallot ballot={ballot} unitName={unitName} awardName={awardName} />}
          {editable && <OpenBallotForm blocYearId={blocYearId} awards={awardChoices(board)} />}
        </>
      )}
    </section>
  );
}

function awardChoices(board: AwardsBoard) {
  const balloted = board.awards.filter((award) => award.ballotThreshold !== null);
  const suggested = new Set(
    board.ranking.result
      ? suggestedBallotCandidates(
          board.ranking.result,
          balloted.map((award) => award.code),
        )
      : [],
  );
  return (balloted.length > 0 ? balloted : board.awards).map((award) => ({
    awardCode: award.code,
    awardName: award.name,
    threshold:
      award.ballotThreshold === null
        ? "quy chế không đặt ngưỡng phiếu"
        : `cần từ ${formatShare(award.ballotThreshold)} số phiếu đồng ý`,
    choices: board.members.map((member) => ({
      value: `${member.unitId}:${award.code}`,
      label: member.name,
      suggested: suggested.has(`${member.unitId}:${award.code}`),
    })),
  }));
}

function LastBallot({
  ballot,
  unitName,
  awardName,
}: {
  ballot: BallotBoard;
  unitName: (id: string) => string;
  awardName: (code: string) => string;
}) {
  if (ballot.status === "CANCELLED")
    return (
      <p className="mt-3 text-sm text-stone-700">
        Cuộc bỏ phiếu gần nhất {BALLOT_STATUS_LABEL.CANCELLED.toLowerCase()}: {ballot.cancelReason}
      </p>
    );
  const outcome = ballot.outcome as BallotOutcome;
  return (
    <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <p className="px-4 pt-3 text-sm font-medium">
        Kết quả kiểm phiếu: {outcome.papers}/{outcome.electorate} đơn vị bỏ phiếu
        {outcome.quorumMet ? "" : " – không đủ túc số, kết quả không có giá trị"}.
      </p>
      {outcome.quorumMet && (
        <table className="mt-2 w-full text-left text-sm">
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-4 py-2">
                Ứng viên
              </th>
              <th scope="col" className="px-4 py-2">
                Đồng ý
              </th>
              <th scope="col" className="px-4 py-2">
                Không đồng ý
              </th>
              <th scope="col" className="px-4 py-2">
                Không có ý kiến
              </th>
              <th scope="col" className="px-4 py-2">
                Kết quả
              </th>
            </tr>
          </thead>
          <tbody>
            {outcome.candidates.map((candidate) => (
              <tr key={candidate.candidateId} className="border-t border-stone-100">
                <th scope="row" className="px-4 py-2 font-medium">
                  {unitName(candidate.unitId)} – {awardName(candidate.awardCode)}
                </th>
                <td className="px-4 py-2">{candidate.agree}</td>
                <td className="px-4 py-2">{candidate.disagree}</td>
                <td className="px-4 py-2">{candidate.abstain}</td>
                <td className="px-4 py-2">
                  {candidate.threshold === null ? "Không xét ngưỡng" : candidate.passed ? "Đạt" : "Không đạt"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
