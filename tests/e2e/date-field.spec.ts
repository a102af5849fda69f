import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

const KTKT = "Khối thi đua các cơ quan kinh tế – kỹ thuật";

// Three saves and reloads on a busy machine: longer than the default budget.
test.describe.configure({ timeout: 90_000 });

// A native <input type="date"> follows the browser's locale: an English Chromium shows
// mm/dd/yyyy, so 12/01/2024 would read as 1 December. The app's date fields must not.
test("in an en-US browser a task deadline shows and takes dd/mm/yyyy and refuses 31/02", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await signIn(page, "thuky.ktkt");
  await page
    .getByRole("listitem")
    .filter({ hasText: KTKT })
    .getByRole("link", { name: /Năm 2024/ })
    .click();
  await page
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: "Nhiệm vụ", exact: true })
    .click();
  await expect(page.getByRole("heading", { name: /Nhiệm vụ được giao/ })).toBeVisible();
  await page.locator('th[scope="row"] a[href*="/nhiem-vu/"]').first().click();

  const deadline = page.getByLabel("Hạn hoàn thành");
  await expect(deadline).toHaveValue(/^\d{2}\/\d{2}\/2024$/);
  await expect(deadline).toHaveAttribute("placeholder", "dd/mm/yyyy");
  const original = await deadline.inputValue();

  // Typed as an official types it: the slashes come by themselves.
  await deadline.fill("");
  await deadline.pressSequentially("31022024");
  await expect(deadline).toHaveValue("31/02/2024");
  await deadline.press("Tab");
  await expect(page.getByText("Ngày 31/02/2024 không tồn tại.").first()).toBeVisible();
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText("Hạn hoàn thành: Ngày 31/02/2024 không tồn tại.")).toBeVisible();

  await deadline.fill("12/01/2024");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText("Đã lưu thông tin nhiệm vụ.")).toBeVisible();
  await page.reload();
  // 12 January, not 1 December: the saved day reads back the way it was typed.
  await expect(page.getByLabel("Hạn hoàn thành")).toHaveValue("12/01/2024");
  await page.getByLabel("Hạn hoàn thành").press("ArrowUp");
  await expect(page.getByLabel("Hạn hoàn thành")).toHaveValue("13/01/2024");

  await page.getByLabel("Hạn hoàn thành").fill(original);
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText("Đã lưu thông tin nhiệm vụ.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Hạn hoàn thành")).toHaveValue(original);
  await context.close();
});
