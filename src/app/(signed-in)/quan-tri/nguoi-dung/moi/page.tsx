import type { Metadata } from "next";
import Link from "@/components/app-link";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { listGrantScopes } from "@/server/queries/accounts/list-grant-scopes";
import { AdminOnly } from "../../admin-only";
import { CreateAccountForm } from "./create-account-form";

export const metadata: Metadata = { title: "Tạo tài khoản" };

export default async function NewAccountPage() {
  const user = await requireSessionUser();
  const scopes = await listGrantScopes(db, user);
  if (!scopes) return <AdminOnly />;
  return (
    <>
      <nav aria-label="Đường dẫn" className="text-sm text-stone-500">
        <Link href="/quan-tri/nguoi-dung" className="hover:underline">
          Tài khoản người dùng
        </Link>{" "}
        › Tạo mới
      </nav>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">Tạo tài khoản</h1>
      <p className="mt-1 max-w-2xl text-sm text-stone-600">
        Một người có thể giữ nhiều quyền, ví dụ lãnh đạo một sở và người xem toàn tỉnh. Hệ thống tạo một mật
        khẩu tạm thời; người dùng phải đổi ở lần đăng nhập đầu tiên.
      </p>
      <div className="mt-6 rounded-lg border border-stone-200 bg-white p-5">
        <CreateAccountForm scopes={scopes} />
      </div>
    </>
  );
}
