import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StageNotice } from "@/components/stage-notice";
import { stageAllows } from "@/domain/year-stages";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getAwardsBoard } from "@/server/queries/awards/get-awards-board";
import { getBallotBoard } from "@/server/queries/ballot/get-ballot-board";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { BallotSection } from "./ballot-section";
import { CandidatesSection } from "./candidates-section";
import { EligibilitySection } from "./eligibility-section";
import { ProposalsSection } from "./proposals-section";
import { SecretBallotSection } from "./secret-ballot-section";

type Props = { params: Promise<{ blocId: string; year: string }> };

export const metadata: Metadata = { title: "Bỏ phiếu và đề nghị khen thưởng" };

export default async function AwardsPage({ params }: Props) {
  const { blocId, year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const user = await requireSessionUser();
  const header = await getBlocYearHeader(user, blocId, Number(year));
  if (!header) notFound();
  const board = await getAwardsBoard(db, { blocYearId: header.id, user });
  const editable = header.canManage && stageAllows(header.status, "awards");
  return (
    <>
      {header.canManage && <StageNotice stage={header.status} activity="awards" />}
      {!editable && (header.status === "PUBLISHED" || !header.canManage) && (
        <p className="no-print rounded-md border border-stone-200 bg-white px-3 py-2 text-sm text-stone-600">
          {header.canManage
            ? "Kết quả năm này đã công bố: bỏ phiếu và đề nghị chỉ còn xem được."
            : "Bạn đang xem; chỉ thư ký khối được nhập kết quả bỏ phiếu và đề nghị."}
        </p>
      )}
      <CandidatesSection blocYearId={header.id} board={board} editable={editable} />
      <ProposalsSection board={board} editable={editable} />
      {header.canManage && (
        <SecretBallotSection
          blocYearId={header.id}
          basePath={`/khoi/${blocId}/${year}`}
          board={board}
          ballot={await getBallotBoard(db, header.id)}
          editable={editable}
        />
      )}
      <BallotSection blocYearId={header.id} board={board} editable={editable} />
      <EligibilitySection
        blocYearId={header.id}
        board={board}
        editable={header.canManage && stageAllows(header.status, "eligibility")}
      />
    </>
  );
}
