import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSignedInUser } from "@/server/auth/session";
import { safeCallbackUrl, SESSION_ENDED_PARAM } from "@/domain/accounts/sign-in-address";
import { db } from "@/server/db";
import { hasAnyUser } from "@/server/queries/has-any-user";
import { SETUP_DONE_PARAM } from "@/schemas/first-admin";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Đăng nhập" };
export const dynamic = "force-dynamic";

type Props = {
  searchParams: Promise<{
    callbackUrl?: string;
    [SETUP_DONE_PARAM]?: string;
    [SESSION_ENDED_PARAM]?: string;
  }>;
};

export default async function SignInPage({ searchParams }: Props) {
  if (await getSignedInUser()) redirect("/khoi");
  if (!(await hasAnyUser(db))) redirect("/thiet-lap");
  const query = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-stone-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-bold text-brand-800">ThiĐua</h1>
        <p className="mt-1 mb-6 text-sm text-stone-600">
          Hệ thống quản lý khối thi đua. Vui lòng đăng nhập để tiếp tục.
        </p>
        {query[SETUP_DONE_PARAM] && (
          <p
            role="status"
            className="mb-4 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900"
          >
            Đã tạo tài khoản quản trị. Hãy đăng nhập bằng tên đăng nhập và mật khẩu vừa đặt để thêm cơ quan,
            đơn vị, khối thi đua và tài khoản.
          </p>
        )}
        {query[SESSION_ENDED_PARAM] && !query[SETUP_DONE_PARAM] && (
          <p
            role="status"
            className="mb-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900"
          >
            Phiên đăng nhập của bạn đã kết thúc (mật khẩu vừa được đổi, tài khoản bị khóa hoặc phiên bị kết
            thúc từ nơi khác). Hãy đăng nhập lại để tiếp tục.
          </p>
        )}
        <SignInForm callbackUrl={safeCallbackUrl(query.callbackUrl)} />
      </div>
    </main>
  );
}
