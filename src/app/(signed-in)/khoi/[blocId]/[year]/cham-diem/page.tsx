import type { Metadata } from "next";
import Link from "@/components/app-link";
import { notFound } from "next/navigation";
import { StageNotice } from "@/components/stage-notice";
import { todayInVietnam } from "@/domain/calendar";
import { takesObjections } from "@/domain/disputes";
import { formatPoints } from "@/domain/format";
import { requireSessionUser } from "@/server/auth/session";
import { defaultScoreStage, mayFileObjection } from "@/server/authz";
import { cachedLiveRanking } from "@/server/cache/cached-year-result";
import { db } from "@/server/db";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { getScoreGrid } from "@/server/queries/scoring/get-score-grid";
import { ScoreGrid } from "./score-grid";
import { SheetPanel } from "./sheet-panel";
import { SCORE_STAGE_LABEL } from "@/domain/vocabulary";
import { STAGES, stageFromSlug } from "./stage-slugs";
import { PeerSheetChoice } from "./peer-sheet-choice";

type Props = {
  params: Promise<{ blocId: string; year: string }>;
  searchParams: Promise<{ "giai-doan"?: string; "thu-tu"?: string; "don-vi-cham"?: string }>;
};

export const metadata: Metadata = { title: "Chấm điểm" };

export default async function ScoringPage({ params, searchParams }: Props) {
  const [{ blocId, year }, query] = await Promise.all([params, searchParams]);
  if (!/^\d{4}$/.test(year)) notFound();
  const user = await requireSessionUser();
  const header = await getBlocYearHeader(user, blocId, Number(year));
  if (!header) notFound();
  const stage = stageFromSlug(query["giai-doan"]) ?? defaultScoreStage(user);
  const order = query["thu-tu"] === "xep-hang" ? "rank" : "name";
  const grid = await getScoreGrid(
    db,
    user,
    { blocYearId: header.id, stage, order, scorerUnitId: query["don-vi-cham"] ?? null },
    cachedLiveRanking,
  );
  if (!grid) notFound();
  const basePath = `/khoi/${header.bloc.id}/${header.year}/cham-diem`;
  // Cross-check and final figures of a unit the user leads link to the objection form (issue 14).
  const objections =
    stage === "SELF"
      ? undefined
      : {
          href: `/khoi/${header.bloc.id}/${header.year}/khieu-nai`,
          // The rows are the year's members the user sees: those they lead, while objections are taken.
          unitIds: takesObjections({ status: header.status, window: header.disputeWindow }, todayInVietnam())
            ? grid.rows.map((row) => row.unitId).filter((unitId) => mayFileObjection(user, unitId))
            : [],
        };
  const href = (slug: string, orderSlug = query["thu-tu"]) =>
    `${basePath}?giai-doan=${slug}${orderSlug ? `&thu-tu=${orderSlug}` : ""}`;
  const slug = STAGES.find((entry) => entry.stage === stage)?.slug ?? "";
  return (
    <>
      <StageNotice stage={header.status} activity="scoreEntry" />
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="Giai đoạn chấm" className="flex gap-1 rounded-lg bg-stone-100 p-1">
          {STAGES.map((entry) => (
            <Link
              key={entry.stage}
              href={href(entry.slug)}
              aria-current={entry.stage === stage ? "page" : undefined}
              className={`rounded-md px-3 py-1.5 text-sm font-medium ${entry.stage === stage ? "bg-white shadow-sm text-brand-800" : "text-stone-600 hover:text-stone-900"}`}
            >
              {entry.label}
            </Link>
          ))}
        </nav>
        <p className="text-sm">
          Sắp xếp:{" "}
          <Link
            href={href(slug, "ten")}
            aria-current={order === "name" ? "true" : undefined}
            className="underline aria-[current]:font-semibold aria-[current]:no-underline"
          >
            theo tên
          </Link>{" "}
          ·{" "}
          <Link
            href={href(slug, "xep-hang")}
            aria-current={order === "rank" ? "true" : undefined}
            className="underline aria-[current]:font-semibold aria-[current]:no-underline"
          >
            theo xếp hạng
          </Link>
        </p>
      </div>
      <h2 className="mt-4 text-lg font-semibold">
        Bảng {SCORE_STAGE_LABEL[stage].toLowerCase()}
        {grid.scoreTable
          ? ` · thang điểm ${formatPoints(grid.scoreTable.maxPoints)} (bảng điểm phiên bản ${grid.scoreTable.version})`
          : ""}
      </h2>
      {grid.peer && (
        <PeerSheetChoice peer={grid.peer} href={(unitId) => `${href(slug)}&don-vi-cham=${unitId}`} />
      )}
      <p className="no-print mt-1 text-sm text-stone-600">
        {/* The typing keys only where this user may type. */}
        {grid.rows.some((row) => row.canEdit) &&
          "Nhập điểm dạng 8,5 · mũi tên, Tab để di chuyển · Enter lưu và xuống dòng · Esc hủy sửa. "}
        Cột tự động tính từ nhiệm vụ; tổng điểm lấy điểm chấm cuối, nếu chưa có thì điểm kiểm tra chéo.
      </p>
      {grid.onlyOwnUnit && (
        <p className="mt-1 text-sm text-stone-600">
          Bạn chỉ xem được điểm của đơn vị mình cho đến khi công bố.
        </p>
      )}
      <div className="full-bleed mt-4">
        {grid.groups.length === 0 ? (
          <p className="rounded-lg border border-dashed border-stone-300 p-6 text-stone-600">
            Năm này chưa có bảng điểm: hãy lập bảng điểm ở mục Bảng điểm &amp; quy tắc trước khi chấm.
          </p>
        ) : grid.noPeerSheet ? (
          <p className="rounded-lg border border-dashed border-stone-300 p-6 text-stone-600">
            Năm này các đơn vị chấm chéo lẫn nhau theo phân công; đơn vị của bạn không được phân công chấm
            chéo đơn vị nào.
          </p>
        ) : grid.rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-stone-300 p-6 text-stone-600">
            Chưa có đơn vị thành viên nào để chấm.
          </p>
        ) : (
          <ScoreGrid key={`${stage}-${grid.peer?.scorerUnitId ?? ""}`} grid={grid} objections={objections} />
        )}
      </div>
      {stage === "SELF" && <SheetPanel rows={grid.rows} onlyOwnUnit={grid.onlyOwnUnit} />}
    </>
  );
}
