import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AwardProposalsList } from "@/components/conference/award-proposals-list";
import { ResultSourceNote } from "@/components/conference/result-source-note";
import { ResultsTable } from "@/components/conference/results-table";
import { db } from "@/server/db";
import { getPublicResults } from "@/server/queries/conference/get-public-results";

type Props = { params: Promise<{ blocId: string; year: string }> };

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Kết quả thi đua đã công bố" };

/** Anyone may read a published year's results, exactly as its latest snapshot froze them. */
export default async function PublicResultsPage({ params }: Props) {
  const { blocId, year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const results = await getPublicResults(db, { blocId, year: Number(year) });
  if (!results) notFound();
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <p className="text-sm uppercase tracking-wide text-stone-600">{results.bloc.province}</p>
      <h1 className="mt-1 text-2xl font-bold">
        Kết quả thi đua năm {results.year} – {results.bloc.name}
      </h1>
      <div className="mt-3">
        <ResultSourceNote source={results.source} />
        {results.reason && <p className="mt-1 text-sm text-stone-700">Lý do đính chính: {results.reason}</p>}
      </div>
      <div className="mt-6 overflow-x-auto">
        <ResultsTable
          results={results}
          caption={`Bảng tổng hợp điểm và xếp hạng năm ${results.year} (${results.members.length} đơn vị thành viên)`}
        />
      </div>
      <section aria-labelledby="awards-heading" className="mt-8">
        <h2 id="awards-heading" className="text-lg font-semibold">
          Đề nghị khen thưởng
        </h2>
        <AwardProposalsList awards={results.awards} className="mt-2" />
      </section>
    </main>
  );
}
