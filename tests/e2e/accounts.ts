import { expect, type Page } from "@playwright/test";

export type NewAccount = { username: string; displayName: string; kind: string; scope: string };

/** The admin fills the create form with one grant and reads the temporary password shown once. */
export async function createAccount(page: Page, account: NewAccount): Promise<string> {
  await page.goto("/quan-tri/nguoi-dung/moi");
  await page.getByLabel("Tên đăng nhập").fill(account.username);
  await page.getByLabel("Họ và tên").fill(account.displayName);
  await page.getByRole("button", { name: "+ Thêm quyền" }).click();
  await page.getByLabel("Loại quyền 1").selectOption({ label: account.kind });
  await page.getByLabel("Phạm vi của quyền 1").selectOption({ label: account.scope });
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  const password = page.getByTestId("temporary-password");
  await expect(password).toBeVisible();
  return (await password.textContent())?.trim() ?? "";
}

/** Signs in with the temporary password, lands on /tai-khoan and chooses `newPassword`. */
export async function replaceTemporaryPassword(
  page: Page,
  account: { username: string; temporary: string; newPassword: string },
) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill(account.username);
  await page.getByLabel("Mật khẩu").fill(account.temporary);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByText("Bạn đang dùng mật khẩu tạm thời")).toBeVisible();
  await page.getByLabel("Mật khẩu hiện tại").fill(account.temporary);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(account.newPassword);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(account.newPassword);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  // Signed in again with the new password, and sent on to the blocs page.
  await expect(page.getByRole("heading", { name: "Khối thi đua", level: 1 })).toBeVisible();
}
