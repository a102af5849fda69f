import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StageNotice } from "@/components/stage-notice";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getDisputeBoard } from "@/server/queries/disputes/get-dispute-board";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { FileObjectionForm } from "./file-objection-form";
import { ObjectionCard } from "./objection-card";
import { DisputeWindowPanel } from "./dispute-window-panel";

type Props = {
  params: Promise<{ blocId: string; year: string }>;
  /** From a cell of the score grid: the unit, the leaf and which figure ("cuoi" or "cheo"). */
  searchParams: Promise<{ "don-vi"?: string; "tieu-chi"?: string; diem?: string }>;
};

export const metadata: Metadata = { title: "Khiếu nại về điểm" };

/** Issue 14: the dispute window, a member's objections to its figures, and the secretariat's answers. */
export default async function DisputesPage({ params, searchParams }: Props) {
  const [{ blocId, year }, query] = await Promise.all([params, searchParams]);
  if (!/^\d{4}$/.test(year)) notFound();
  const user = await requireSessionUser();
  const header = await getBlocYearHeader(user, blocId, Number(year));
  if (!header) notFound();
  const board = await getDisputeBoard(db, user, header);
  const mayFile = board.windowOpen && board.filingUnits.length > 0;
  return (
    <>
      {header.canManage && <StageNotice stage={header.status} activity="disputes" />}
      <DisputeWindowPanel
        blocYearId={header.id}
        version={header.version}
        text={board.windowText}
        windowOpen={board.windowOpen}
        endsToday={board.window?.closesOn === board.today}
        canManage={board.canManage}
      />
      {mayFile && (
        <section
          aria-labelledby="file-heading"
          className="no-print mt-6 rounded-lg border border-stone-200 bg-white p-5"
        >
          <h2 id="file-heading" className="text-lg font-semibold">
            Gửi khiếu nại về điểm của đơn vị
          </h2>
          <p className="mt-1 text-sm text-stone-600">
            Chọn tiêu chí và điểm (kiểm tra chéo hay chấm cuối) mà đơn vị không đồng ý, nêu lý do; sau khi gửi
            có thể đính kèm tài liệu chứng minh.
          </p>
          <FileObjectionForm
            units={board.filingUnits}
            leaves={board.leaves}
            initial={{
              unitId: query["don-vi"],
              criterionId: query["tieu-chi"],
              stage: query.diem === "cheo" ? "CROSS_CHECK" : "FINAL",
            }}
          />
        </section>
      )}
      <section aria-labelledby="objections-heading" className="mt-6">
        <h2 id="objections-heading" className="text-lg font-semibold">
          {board.seesAll ? "Các khiếu nại" : "Khiếu nại của đơn vị"}
        </h2>
        {board.objections.length === 0 ? (
          <p className="mt-2 rounded-md border border-stone-200 bg-white px-3 py-2 text-sm text-stone-600">
            Chưa có khiếu nại nào.
          </p>
        ) : (
          <ol className="mt-3 space-y-4">
            {board.objections.map((objection) => (
              <li key={objection.id}>
                <ObjectionCard objection={objection} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
