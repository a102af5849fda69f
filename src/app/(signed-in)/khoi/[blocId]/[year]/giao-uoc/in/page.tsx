import type { Metadata } from "next";
import Link from "@/components/app-link";
import { notFound } from "next/navigation";
import { formatDate } from "@/domain/calendar";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { getPledgePage } from "@/server/queries/pledge/get-pledge-page";
import { PledgeText } from "../pledge-text";
import { PrintButton } from "./print-button";

type Props = { params: Promise<{ blocId: string; year: string }> };

export const metadata: Metadata = { title: "Bảng ký giao ước thi đua" };

// A4 portrait; on paper only the sheet is printed (the app's chrome is .no-print).
const PRINT_CSS = `@page { size: A4 portrait; margin: 18mm 15mm; }
@media print { .print-sheet { font-size: 12pt; } .print-sheet table { page-break-inside: auto; } .print-sheet tr { page-break-inside: avoid; } header, nav { display: none !important; } }`;

export default async function PledgePrintPage({ params }: Props) {
  const { blocId, year } = await params;
  const user = await requireSessionUser();
  const header = await getBlocYearHeader(user, blocId, Number(year));
  if (!header) notFound();
  const page = await getPledgePage(db, user, header.id);
  if (!page?.pledge) notFound();
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="no-print mb-4 flex items-center gap-3">
        <PrintButton />
        <Link href={`/khoi/${header.bloc.id}/${header.year}/giao-uoc`} className="text-sm underline">
          Quay lại giao ước
        </Link>
      </div>
      <div className="print-sheet mx-auto max-w-[210mm] bg-white p-8 [overflow-wrap:anywhere] print:p-0">
        <p className="text-center font-semibold uppercase">{header.bloc.name}</p>
        <p className="text-center text-sm">{header.bloc.province.name}</p>
        <div className="mt-6">
          <PledgeText pledge={page.pledge} />
        </div>
        <h3 className="mt-8 text-center font-bold uppercase">Chữ ký của các đơn vị thành viên</h3>
        <table className="mt-3 w-full border-collapse text-left text-sm">
          <thead>
            <tr>
              {["STT", "Đơn vị", "Người ký", "Chức vụ", "Ngày ký", "Chữ ký"].map((title) => (
                <th key={title} scope="col" className="border border-stone-800 px-2 py-1">
                  {title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.signers.map((member, index) => (
              <tr key={member.unitId}>
                <td className="border border-stone-800 px-2 py-4 text-center">{index + 1}</td>
                <th scope="row" className="border border-stone-800 px-2 py-4 font-medium">
                  {member.name}
                </th>
                <td className="border border-stone-800 px-2 py-4">{member.signature?.signerName ?? ""}</td>
                <td className="border border-stone-800 px-2 py-4">{member.signature?.signerTitle ?? ""}</td>
                <td className="border border-stone-800 px-2 py-4">
                  {member.signature ? formatDate(member.signature.signedOn) : ""}
                </td>
                <td className="w-32 border border-stone-800 px-2 py-4" />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
