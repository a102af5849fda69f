import type { Metadata } from "next";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { displayCode } from "@/domain/ballot";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getBallotBoard } from "@/server/queries/ballot/get-ballot-board";
import { requestOrigin } from "@/server/http/request-origin";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { loadYearMembers } from "@/server/queries/members/year-members";
import { PrintButton } from "../../bien-ban/print-button";

type Props = { params: Promise<{ blocId: string; year: string }> };

export const metadata: Metadata = { title: "Danh sách mã bỏ phiếu" };

/**
 * The attendance sheet of the open ballot, for the secretariat to print: one row per member unit
 * with its code and a QR code that opens its paper, and room for the delegate to sign for it.
 */
export default async function BallotCodesPage({ params }: Props) {
  const { blocId, year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const user = await requireSessionUser();
  const header = await getBlocYearHeader(user, blocId, Number(year));
  if (!header?.canManage) notFound();
  const ballot = await getBallotBoard(db, header.id);
  const origin = await requestOrigin();
  if (!ballot || ballot.status !== "OPEN")
    return (
      <p className="rounded-md border border-stone-200 bg-white p-4">Không có cuộc bỏ phiếu nào đang mở.</p>
    );
  const { all } = await loadYearMembers(db, header.id);
  const name = (unitId: string) => all.find((member) => member.unitId === unitId)?.name ?? "";
  const rows = await Promise.all(
    [...ballot.codes]
      .sort((a, b) => name(a.unitId).localeCompare(name(b.unitId), "vi"))
      .map(async (row) => ({
        ...row,
        qr: await QRCode.toString(`${origin}/bo-phieu/${row.code}`, { type: "svg", margin: 1 }),
      })),
  );
  return (
    <>
      <div className="no-print mb-4">
        <PrintButton />
      </div>
      <h2 className="text-center text-xl font-bold uppercase">Danh sách đại biểu nhận mã bỏ phiếu kín</h2>
      <p className="mt-1 text-center text-sm">
        {header.bloc.name} · năm {header.year}. Trang bỏ phiếu:{" "}
        <span className="font-mono">{origin}/bo-phieu</span>
      </p>
      <table className="mt-4 w-full border-collapse text-left text-sm">
        <thead>
          <tr>
            {["STT", "Đơn vị", "Mã bỏ phiếu", "Quét để bỏ phiếu", "Đại biểu ký nhận"].map((title) => (
              <th key={title} scope="col" className="border border-stone-400 px-2 py-1">
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.code} className="break-inside-avoid">
              <td className="border border-stone-400 px-2 py-1 text-center">{index + 1}</td>
              <th scope="row" className="border border-stone-400 px-2 py-1 font-medium">
                {name(row.unitId)}
              </th>
              <td className="border border-stone-400 px-2 py-1 font-mono text-lg tracking-widest">
                {displayCode(row.code)}
              </td>
              <td className="border border-stone-400 px-2 py-1">
                {/* An SVG the qrcode library drew from our own URL: no user text reaches it. */}
                <div
                  role="img"
                  aria-label={`Mã QR bỏ phiếu của ${name(row.unitId)}`}
                  className="size-24"
                  dangerouslySetInnerHTML={{ __html: row.qr }}
                />
              </td>
              <td className="w-40 border border-stone-400 px-2 py-1" />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
