import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../src/server/seed/users";

/** Signs in through the form, as a person would, and waits for the blocs page. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("heading", { name: "Khối thi đua", level: 1 })).toBeVisible();
}
