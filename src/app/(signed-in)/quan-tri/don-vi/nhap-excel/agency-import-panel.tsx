"use client";

import Link from "@/components/app-link";
import { FileInput } from "@/components/forms/file-input";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { AgencyImportResult } from "./import-result";

const UNREADABLE: AgencyImportResult = {
  type: "failed",
  message: "Không nhận được trả lời của máy chủ. Chưa có đơn vị nào được lưu; vui lòng thử lại.",
};

/** The upload form and its outcome: the count saved, or every problem by row and cell. */
export function AgencyImportPanel() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<AgencyImportResult | null>(null);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setResult(null);
    const response = await fetch("/quan-tri/don-vi/nhap-excel/tai-len", {
      method: "POST",
      body: new FormData(event.currentTarget),
    }).catch(() => null);
    const answer = ((await response?.json().catch(() => null)) as AgencyImportResult | null) ?? UNREADABLE;
    setResult(answer);
    setPending(false);
    if (answer.type === "done") router.refresh();
  };
  return (
    <div className="mt-6 rounded-lg border border-stone-200 bg-white p-5">
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="agency-file" className="block text-sm font-medium text-stone-700">
            Tệp Excel (.xlsx)
          </label>
          <FileInput
            id="agency-file"
            name="file"
            required
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-50"
        >
          {pending ? "Đang nhập…" : "Tải lên và nhập"}
        </button>
      </form>
      <ImportOutcome result={result} />
    </div>
  );
}

function ImportOutcome({ result }: { result: AgencyImportResult | null }) {
  if (!result) return null;
  if (result.type === "done")
    return (
      <p role="status" className="mt-4 text-sm text-green-800">
        Đã nhập {result.count} đơn vị.{" "}
        <Link href="/quan-tri/don-vi" className="font-medium underline">
          Xem danh sách
        </Link>
      </p>
    );
  if (result.type === "failed")
    return (
      <p role="alert" className="mt-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
        {result.message}
      </p>
    );
  return (
    <div role="alert" className="mt-4">
      <p className="text-sm font-medium text-brand-800">
        Tệp có {result.problems.length} lỗi. Chưa có đơn vị nào được lưu; hãy sửa tệp rồi tải lên lại.
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-50 text-stone-600">
            <tr>
              <th scope="col" className="px-3 py-2">
                Dòng
              </th>
              <th scope="col" className="px-3 py-2">
                Ô
              </th>
              <th scope="col" className="px-3 py-2">
                Lỗi
              </th>
            </tr>
          </thead>
          <tbody>
            {result.problems.map((problem, index) => (
              <tr key={index} className="border-t border-stone-100">
                <td className="px-3 py-2">{problem.row}</td>
                <td className="px-3 py-2">{problem.column ?? "—"}</td>
                <td className="px-3 py-2">{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
