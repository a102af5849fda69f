"use client";

import { RetryButton } from "@/components/retry-button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-brand-100 bg-white p-6">
      <h1 className="text-lg font-semibold text-brand-800">Đã có lỗi xảy ra</h1>
      <p className="mt-2 text-stone-700">
        Hệ thống chưa xử lý được yêu cầu này. Dữ liệu bạn đã lưu trước đó không bị ảnh hưởng.
      </p>
      <div className="mt-4">
        <RetryButton onRetry={reset} />
      </div>
    </div>
  );
}
