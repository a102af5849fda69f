import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { db } from "@/server/db";
import { hasAnyUser } from "@/server/queries/has-any-user";
import { FirstAdminForm } from "./first-admin-form";

export const metadata: Metadata = { title: "Thiết lập lần đầu" };
export const dynamic = "force-dynamic";

/** Reachable only while the database has no user: the action checks the same under a lock. */
export default async function FirstRunPage() {
  if (await hasAnyUser(db)) redirect("/dang-nhap");
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-md rounded-xl border border-stone-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-bold text-brand-800">Thiết lập lần đầu</h1>
        <p className="mt-1 mb-6 text-sm text-stone-600">
          Cơ sở dữ liệu chưa có tài khoản nào. Hãy tạo tài khoản quản trị cấp tỉnh đầu tiên.
        </p>
        <FirstAdminForm />
      </div>
    </main>
  );
}
