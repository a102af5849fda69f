import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../src/server/seed/users";

/** Signs in through the form, as a person would, and waits for the blocs page. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/dang-nhap");
  await submitSignInForm(page, username, password);
  await expect(page.getByRole("heading", { name: "Khối thi đua", level: 1 })).toBeVisible();
}

/** Fills and sends the sign-in form already on screen (wherever it leads afterwards). */
export async function submitSignInForm(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

/** Signs out from the header and waits for the sign-in page. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
}
