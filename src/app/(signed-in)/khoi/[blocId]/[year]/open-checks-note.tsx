import Link from "@/components/app-link";

export type OpenChecks = { blocking: number; override: number };

/** What the publishing checklist still flags, said before the bloc adopts the scores. */
export function OpenChecksNote({ checks, publishingHref }: { checks: OpenChecks; publishingHref: string }) {
  const link = (
    <Link href={publishingHref} className="font-medium text-brand-800 underline">
      mục Công bố
    </Link>
  );
  if (checks.blocking + checks.override === 0)
    return (
      <p className="text-sm text-stone-700">
        Danh sách kiểm tra trước khi công bố không còn mục nào cần xử lý ({link}).
      </p>
    );
  return (
    <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
      Danh sách kiểm tra trước khi công bố còn{" "}
      {checks.blocking > 0 && <strong>{checks.blocking} mục phải xử lý trước khi công bố</strong>}
      {checks.blocking > 0 && checks.override > 0 && " và "}
      {checks.override > 0 && `${checks.override} mục cần nêu lý do nếu vẫn công bố`} — xem {link}. Sau khi
      thông qua, điểm chỉ sửa được khi mở lại chấm điểm (phải nêu lý do).
    </p>
  );
}
