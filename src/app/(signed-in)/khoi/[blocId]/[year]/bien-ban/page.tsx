import type { Metadata } from "next";
import Link from "@/components/app-link";
import { ResultSourceNote } from "@/components/conference/result-source-note";
import { ResultsTable } from "@/components/conference/results-table";
import { db } from "@/server/db";
import { loadConferencePageData } from "@/server/queries/conference/conference-page-data";
import { getSnapshotRecord } from "@/server/queries/publishing/get-snapshot-record";
import { ChecklistOverrides } from "./checklist-overrides";
import { MinutesBody } from "./minutes-body";
import { ObjectionsRecord } from "./objections-record";
import { OfficialDocuments } from "./official-documents";
import { PrintButton } from "./print-button";

type Props = { params: Promise<{ blocId: string; year: string }> };

export const metadata: Metadata = { title: "Biên bản hội nghị tổng kết" };

/** The review meeting's minutes with the results table and the leaders' signature blocks, for A4. */
export default async function MinutesPage({ params }: Props) {
  const { header, data } = await loadConferencePageData(params);
  const record =
    data.source.kind === "snapshot"
      ? await getSnapshotRecord(db, { blocYearId: data.blocYearId, number: data.source.number })
      : { overrides: [], objections: [] };
  const nameOf = new Map(data.members.map((member) => [member.unitId, member.name]));
  return (
    <>
      <style>{"@page { size: A4 landscape; margin: 12mm; }"}</style>
      <div className="no-print mb-6 flex flex-wrap items-center gap-3">
        <PrintButton />
        <a
          href={`/api/xuat/${data.blocYearId}/xlsx`}
          className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600"
          download
        >
          Tải bảng tổng hợp (.xlsx)
        </a>
        {data.source.kind === "snapshot" && (
          <Link
            href={`/ket-qua/${data.bloc.id}/${data.year}`}
            className="text-sm text-brand-800 underline-offset-4 hover:underline"
          >
            Trang kết quả công khai
          </Link>
        )}
        <div className="w-full">
          <ResultSourceNote source={data.source} />
        </div>
      </div>
      <OfficialDocuments
        blocYearId={data.blocYearId}
        year={data.year}
        source={data.source}
        bloc={{ code: header.bloc.code, province: header.bloc.province.name }}
      />
      <MinutesBody data={data}>
        <ResultsTable results={data} caption={`Bảng tổng hợp điểm và xếp hạng thi đua năm ${data.year}`} />
        <ObjectionsRecord objections={record.objections} unitName={(id) => nameOf.get(id) ?? ""} />
        <ChecklistOverrides overrides={record.overrides} />
      </MinutesBody>
    </>
  );
}
