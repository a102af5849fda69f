import type { Metadata } from "next";
import Link from "@/components/app-link";
import { accountFilterSchema } from "@/schemas/accounts/account";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { listAccounts } from "@/server/queries/accounts/list-accounts";
import { AdminOnly } from "../admin-only";
import { GrantList } from "./grant-list";

export const metadata: Metadata = { title: "Tài khoản người dùng" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_OPTIONS = [
  { value: "active", label: "Đang hoạt động" },
  { value: "inactive", label: "Đã khóa" },
  { value: "all", label: "Tất cả" },
] as const;

export default async function AccountsPage({ searchParams }: Props) {
  const user = await requireSessionUser();
  const filter = accountFilterSchema.parse(await searchParams);
  const accounts = await listAccounts(db, user, { q: filter.q, status: filter.trang_thai });
  if (!accounts) return <AdminOnly />;
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold text-stone-900">Tài khoản người dùng</h1>
          <p className="mt-1 text-sm text-stone-600">Người dùng của tỉnh và quyền của từng người.</p>
        </div>
        <Link
          href="/quan-tri/nguoi-dung/moi"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
        >
          + Tạo tài khoản
        </Link>
      </div>
      <form role="search" className="mt-6 flex flex-wrap items-end gap-3">
        <label className="block min-w-0 flex-1 basis-56 text-sm">
          <span className="font-medium text-stone-700">Tìm theo tên hoặc tên đăng nhập</span>
          <input
            type="search"
            name="q"
            defaultValue={filter.q}
            maxLength={100}
            className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
          />
        </label>
        <label className="block text-sm">
          <span className="font-medium text-stone-700">Trạng thái</span>
          <select
            name="trang_thai"
            defaultValue={filter.trang_thai}
            className="mt-1 block rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
          >
            {STATUS_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded-md border border-brand-700 px-4 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50"
        >
          Lọc
        </button>
      </form>
      {accounts.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
          Không có tài khoản nào khớp với bộ lọc.
        </p>
      ) : (
        <ul
          aria-label="Danh sách tài khoản"
          className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white"
        >
          {accounts.map((account) => (
            <li
              key={account.id}
              className="grid gap-2 p-4 text-sm md:grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)_auto] md:items-start"
            >
              <div className="min-w-0">
                <Link
                  href={`/quan-tri/nguoi-dung/${account.id}`}
                  className="font-semibold text-brand-800 hover:underline"
                >
                  {account.displayName}
                </Link>
                <p className="break-all text-stone-600">{account.username}</p>
              </div>
              <GrantList grants={account.grants} />
              <div className="flex flex-wrap gap-2 md:justify-end">
                {!account.active && (
                  <span className="rounded-full bg-stone-200 px-2 py-0.5 text-xs font-medium text-stone-700">
                    Đã khóa
                  </span>
                )}
                {account.mustChangePassword && (
                  <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
                    Chờ đổi mật khẩu
                  </span>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
