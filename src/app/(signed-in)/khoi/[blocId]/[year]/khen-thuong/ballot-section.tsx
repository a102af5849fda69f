import type { AwardsBoard } from "@/server/queries/awards/get-awards-board";
import { BallotTallyForm } from "./ballot-tally-form";

type Props = { blocYearId: string; board: AwardsBoard; editable: boolean };

/** The secret ballot's count (biên bản kiểm phiếu): votes for out of voters present, per award. */
export function BallotSection({ blocYearId, board, editable }: Props) {
  const tally = (unitId: string, awardCode: string) =>
    board.tallies.find((t) => t.unitId === unitId && t.awardCode === awardCode) ?? null;
  return (
    <section aria-labelledby="ballot-heading" className="mt-10">
      <h2 id="ballot-heading" className="text-lg font-semibold">
        Kết quả bỏ phiếu
      </h2>
      <p className="text-sm text-stone-600">
        Số phiếu đồng ý / số đại biểu có mặt; khối có {board.voters} thành viên. Mỗi ô lưu riêng.
      </p>
      {board.awards.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
          Quy chế năm này chưa có hình thức khen thưởng nào.
        </p>
      ) : (
        <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-4 py-2">
                  Đơn vị
                </th>
                {board.awards.map((award) => (
                  <th key={award.code} scope="col" className="px-4 py-2">
                    {award.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {board.members.map((member) => (
                <tr key={member.unitId} className="border-t border-stone-100 align-top">
                  <th scope="row" className="px-4 py-2 font-medium">
                    {member.name}
                  </th>
                  {board.awards.map((award) => {
                    const current = tally(member.unitId, award.code);
                    return (
                      <td key={award.code} className="px-4 py-2">
                        {editable ? (
                          <BallotTallyForm
                            blocYearId={blocYearId}
                            unitId={member.unitId}
                            unitName={member.name}
                            awardCode={award.code}
                            awardName={award.name}
                            tally={current}
                          />
                        ) : current ? (
                          `${current.votesFor}/${current.votersPresent}`
                        ) : (
                          <span className="text-stone-500">Chưa có</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
