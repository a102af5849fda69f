import type { Metadata } from "next";
import { Section } from "@/components/forms/section";
import { SignOutButton } from "@/components/sign-out-button";
import { USER_ROLE_LABEL } from "@/domain/vocabulary";
import { NEW_PASSWORD_MIN_LENGTH } from "@/schemas/change-password";
import { requireSessionUser } from "@/server/auth/session";
import { endSessionsAction } from "../actions";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Tài khoản" };

export default async function AccountPage() {
  const user = await requireSessionUser();
  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">Tài khoản</h1>
      <dl className="mt-4 grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="text-stone-500">Họ và tên</dt>
        <dd>{user.displayName}</dd>
        <dt className="text-stone-500">Tên đăng nhập</dt>
        <dd>{user.username}</dd>
        <dt className="text-stone-500">Vai trò</dt>
        <dd>{USER_ROLE_LABEL[user.role]}</dd>
      </dl>
      <Section
        id="doi-mat-khau"
        title="Đổi mật khẩu"
        description={`Mật khẩu mới cần ít nhất ${NEW_PASSWORD_MIN_LENGTH} ký tự và khác tên đăng nhập. Sau khi đổi, các thiết bị khác sẽ bị đăng xuất; thiết bị này vẫn đăng nhập.`}
      >
        <ChangePasswordForm />
      </Section>
      <Section
        id="dang-xuat-moi-thiet-bi"
        title="Đăng xuất khỏi mọi thiết bị"
        description="Kết thúc mọi phiên đăng nhập của tài khoản này, trên máy này và mọi máy khác (ví dụ khi bạn quên đăng xuất ở máy dùng chung hoặc bị mất điện thoại)."
      >
        <SignOutButton
          endSessions={endSessionsAction}
          label="Đăng xuất khỏi mọi thiết bị"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        />
      </Section>
    </>
  );
}
