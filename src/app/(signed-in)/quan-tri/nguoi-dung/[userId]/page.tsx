import type { Metadata } from "next";
import Link from "@/components/app-link";
import { notFound } from "next/navigation";
import { Section } from "@/components/forms/section";
import { RECORD_ID_PATTERN } from "@/schemas/record-id";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getAccount } from "@/server/queries/accounts/list-accounts";
import { listGrantScopes } from "@/server/queries/accounts/list-grant-scopes";
import { AdminOnly } from "../../admin-only";
import { AccountActiveForm, ResetPasswordForm } from "./account-access-forms";
import { EditAccountForm } from "./edit-account-form";

export const metadata: Metadata = { title: "Tài khoản người dùng" };

type Props = { params: Promise<{ userId: string }> };

export default async function AccountPage({ params }: Props) {
  const { userId } = await params;
  const user = await requireSessionUser();
  const scopes = await listGrantScopes(db, user);
  if (!scopes) return <AdminOnly />;
  const account = RECORD_ID_PATTERN.test(userId) ? await getAccount(db, user, userId) : null;
  if (!account) notFound();
  const isSelf = account.id === user.id;
  return (
    <>
      <nav aria-label="Đường dẫn" className="text-sm text-stone-500">
        <Link href="/quan-tri/nguoi-dung" className="hover:underline">
          Tài khoản người dùng
        </Link>{" "}
        › {account.username}
      </nav>
      <h1 className="mt-2 text-2xl font-bold break-words text-stone-900">{account.displayName}</h1>
      <p className="mt-1 text-sm text-stone-600">
        Tên đăng nhập: <span className="font-medium break-all">{account.username}</span> ·{" "}
        {account.active ? "Đang hoạt động" : "Đã khóa"}
        {account.mustChangePassword && " · Chờ đổi mật khẩu tạm thời"}
      </p>
      <Section id="thong-tin" title="Họ tên và quyền">
        <EditAccountForm key={JSON.stringify(account)} account={account} scopes={scopes} />
      </Section>
      <Section
        id="mat-khau"
        title="Mật khẩu tạm thời"
        description="Khi người dùng quên mật khẩu: mật khẩu cũ hết hiệu lực, mọi phiên đăng nhập kết thúc, và người dùng phải đặt mật khẩu mới ở lần đăng nhập tới."
      >
        <ResetPasswordForm userId={account.id} isSelf={isSelf} />
      </Section>
      <Section
        id="trang-thai"
        title={account.active ? "Khóa tài khoản" : "Mở lại tài khoản"}
        description={
          account.active
            ? "Tài khoản bị khóa không đăng nhập được và mọi phiên đang mở kết thúc ngay; lịch sử thao tác vẫn giữ nguyên."
            : "Mở lại để người dùng đăng nhập được như trước."
        }
      >
        <AccountActiveForm userId={account.id} active={account.active} isSelf={isSelf} />
      </Section>
    </>
  );
}
