import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { readCode } from "@/domain/ballot";
import { BallotShell } from "./ballot-shell";

export const metadata: Metadata = { title: "Bỏ phiếu kín", robots: { index: false } };

type Props = { searchParams: Promise<{ ma?: string }> };

/** Where the conference screen's QR code leads: the delegate types the code printed for their unit. */
export default async function BallotEntryPage({ searchParams }: Props) {
  const { ma } = await searchParams;
  const code = ma === undefined ? null : readCode(ma);
  if (code) redirect(`/bo-phieu/${code}`);
  return (
    <BallotShell title="Bỏ phiếu kín">
      <form method="get" className="space-y-3">
        <label htmlFor="ma" className="block font-medium">
          Mã bỏ phiếu của đơn vị
        </label>
        <input
          id="ma"
          name="ma"
          defaultValue={ma}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="Ví dụ K7PM-3QXD"
          aria-describedby={ma !== undefined ? "ma-error" : "ma-hint"}
          aria-invalid={ma !== undefined || undefined}
          className="block w-full rounded-md border border-stone-300 px-3 py-3 font-mono text-lg tracking-widest uppercase placeholder:font-sans placeholder:tracking-normal placeholder:normal-case"
        />
        {ma !== undefined ? (
          <p id="ma-error" className="text-sm text-brand-700">
            Mã bỏ phiếu gồm 8 ký tự in trên phiếu, ví dụ K7PM-3QXD.
          </p>
        ) : (
          <p id="ma-hint" className="text-sm text-stone-600">
            Mã in trên danh sách đại biểu, mỗi đơn vị một mã, chỉ dùng một lần.
          </p>
        )}
        <button type="submit" className="w-full rounded-md bg-brand-700 px-4 py-3 font-medium text-white">
          Mở phiếu
        </button>
      </form>
    </BallotShell>
  );
}
