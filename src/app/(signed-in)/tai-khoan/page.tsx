import type { Metadata } from "next";
import { Section } from "@/components/forms/section";
import { SignOutButton } from "@/components/sign-out-button";
import { grantKindsLabel } from "@/domain/vocabulary";
import { NEW_PASSWORD_MIN_LENGTH } from "@/schemas/change-password";
import { requireSignedInUser } from "@/server/auth/session";
import { endSessionsAction } from "../actions";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Tài khoản" };

export default async function AccountPage() {
  const user = await requireSignedInUser();
  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">Tài khoản</h1>
      {user.mustChangePassword && (
        <p
          role="alert"
          className="mt-4 max-w-2xl rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          Bạn đang dùng mật khẩu tạm thời do quản trị viên cấp. Hãy đặt mật khẩu mới bên dưới: trước khi đổi,
          bạn chưa mở được trang nào khác.
        </p>
      )}
      <dl className="mt-4 grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="text-stone-500">Họ và tên</dt>
        <dd>{user.displayName}</dd>
        <dt className="text-stone-500">Tên đăng nhập</dt>
        <dd>{user.username}</dd>
        <dt className="text-stone-500">Quyền</dt>
        <dd>{grantKindsLabel(user.grants.map((grant) => grant.kind))}</dd>
      </dl>
      <Section
        id="doi-mat-khau"
        title="Đổi mật khẩu"
        description={`Mật khẩu mới cần ít nhất ${NEW_PASSWORD_MIN_LENGTH} ký tự và khác tên đăng nhập. Sau khi đổi, các thiết bị khác sẽ bị đăng xuất; thiết bị này vẫn đăng nhập.`}
      >
        <ChangePasswordForm continueTo={user.mustChangePassword ? "/khoi" : undefined} />
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
