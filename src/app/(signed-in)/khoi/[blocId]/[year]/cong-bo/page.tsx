import type { Metadata } from "next";
import Link from "@/components/app-link";
import { notFound } from "next/navigation";
import { todayInVietnam } from "@/domain/calendar";
import type { ChecklistItem } from "@/domain/publishing";
import { BLOC_YEAR_STATUS_LABEL } from "@/domain/vocabulary";
import { stageAllows, YEAR_STAGE_LABEL } from "@/domain/year-stages";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getBlocYearHeader, type BlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { getLatestSnapshot } from "@/server/queries/publishing/get-latest-snapshot";
import { getPublishChecklist } from "@/server/queries/publishing/get-publish-checklist";
import { listSnapshots } from "@/server/queries/publishing/list-snapshots";
import { OpenCorrectionForm } from "./open-correction-form";
import { PublishForm } from "./publish-form";
import { SnapshotRanking } from "./snapshot-ranking";
import { SnapshotsTable } from "./snapshots-table";

type Props = { params: Promise<{ blocId: string; year: string }> };

export const metadata: Metadata = { title: "Công bố kết quả" };

export default async function PublishingPage({ params }: Props) {
  const { blocId, year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const user = await requireSessionUser();
  const header = await getBlocYearHeader(user, blocId, Number(year));
  if (!header) notFound();
  const publishable = header.canManage && stageAllows(header.status, "publish");
  const [snapshots, latest, checklist] = await Promise.all([
    listSnapshots(db, header.id),
    getLatestSnapshot(db, header.id),
    publishable ? getPublishChecklist(db, { blocYearId: header.id, asOf: todayInVietnam() }) : [],
  ]);
  return (
    <>
      {header.canManage && <ManagerPanel header={header} checklist={checklist} />}
      {latest ? <SnapshotRanking snapshot={latest} /> : null}
      <SnapshotsTable snapshots={snapshots} />
    </>
  );
}

function ManagerPanel({ header, checklist }: { header: BlocYearHeader; checklist: ChecklistItem[] }) {
  const publishable = stageAllows(header.status, "publish");
  const title =
    header.status === "PUBLISHED"
      ? "Đính chính kết quả"
      : header.status === "CORRECTING"
        ? "Công bố bản đính chính"
        : "Công bố kết quả";
  return (
    <section
      aria-labelledby="publish-heading"
      className="no-print rounded-lg border border-stone-200 bg-white p-5"
    >
      <h2 id="publish-heading" className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-sm text-stone-600">Giai đoạn: {BLOC_YEAR_STATUS_LABEL[header.status]}.</p>
      {!publishable && header.status !== "PUBLISHED" && (
        <p className="mt-2 text-sm text-stone-700">
          Chỉ công bố được khi năm ở giai đoạn “{YEAR_STAGE_LABEL.REVIEW}”, sau khi khối thông qua kết quả
          chấm điểm. Chuyển giai đoạn ở trang{" "}
          <Link
            href={`/khoi/${header.bloc.id}/${header.year}`}
            className="font-medium text-brand-800 underline"
          >
            Tổng quan của năm
          </Link>
          .
        </p>
      )}
      {header.status === "PUBLISHED" && (
        <>
          <p className="mt-2 text-sm text-stone-700">
            Kết quả đã công bố không sửa được. Nếu có sai sót, mở đính chính: dữ liệu của năm được sửa lại,
            rồi công bố thành một bản mới có số thứ tự và lý do.
          </p>
          <OpenCorrectionForm blocYearId={header.id} version={header.version} />
        </>
      )}
      {publishable && (
        <PublishForm
          blocYearId={header.id}
          version={header.version}
          correctionReason={header.status === "CORRECTING" ? (header.correctionReason ?? "") : null}
          checklist={checklist}
        />
      )}
    </section>
  );
}
