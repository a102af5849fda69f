import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "@/components/app-link";
import { readCode } from "@/domain/ballot";
import { db } from "@/server/db";
import { getBallotPaper } from "@/server/queries/ballot/get-ballot-paper";
import { BallotShell } from "../ballot-shell";
import { BallotPaperForm } from "./ballot-paper-form";

export const metadata: Metadata = { title: "Phiếu bầu", robots: { index: false } };

type Props = { params: Promise<{ ma: string }> };

const ENDED: Record<string, string> = {
  unknown: "Mã bỏ phiếu không đúng. Vui lòng kiểm tra lại mã in trên phiếu.",
  used: "Mã này đã được dùng để bỏ phiếu; mỗi mã chỉ bỏ phiếu một lần.",
  closed: "Cuộc bỏ phiếu đã kết thúc; mã không còn dùng được.",
  cancelled: "Cuộc bỏ phiếu đã bị hủy; mã không còn dùng được. Thư ký khối sẽ phát mã mới nếu bỏ phiếu lại.",
};

/** A delegate's paper on a phone: agree, disagree or no opinion on each candidate, sent once. */
export default async function BallotPaperPage({ params }: Props) {
  const code = readCode(decodeURIComponent((await params).ma));
  if (!code) notFound();
  const paper = await getBallotPaper(db, code);
  if (paper.kind !== "open")
    return (
      <BallotShell title="Phiếu bầu">
        <p role="alert" className="rounded-md bg-brand-50 px-3 py-3 text-brand-800">
          {ENDED[paper.kind]}
        </p>
        <Link href="/bo-phieu" className="mt-4 inline-block font-medium text-brand-800 underline">
          Nhập mã khác
        </Link>
      </BallotShell>
    );
  return (
    <BallotShell title="Phiếu bầu">
      <p className="mb-4 text-stone-700">
        {paper.bloc} · năm {paper.year}. Phiếu kín: không ai biết bạn chọn gì.
      </p>
      <BallotPaperForm code={code} candidates={paper.candidates} />
    </BallotShell>
  );
}
