import Link from "@/components/app-link";
import { NotFoundTitle } from "./not-found-title";

/** What a missing (or hidden) page says, wherever it is shown. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <NotFoundTitle />
      <h1 className="text-2xl font-bold text-brand-800">Không tìm thấy trang</h1>
      <p className="mt-2 text-stone-600">Trang không tồn tại hoặc bạn không có quyền xem.</p>
      <Link href="/khoi" className="mt-6 inline-block text-brand-700 underline">
        Về danh sách khối thi đua
      </Link>
    </div>
  );
}
