import { expect, test, type Browser } from "@playwright/test";
import { createAccount } from "./accounts";
import { signIn } from "./sign-in";

// Usernames unique to this run, so the spec needs nothing left by another and leaves nothing
// another spec reads (it only adds accounts).
const RUN = Date.now().toString(36);
const KTKT = "Khối thi đua các cơ quan kinh tế – kỹ thuật";
const VHXH = "Khối thi đua các cơ quan văn hóa – xã hội";
const NEW_PASSWORD = "MatKhauRieng@2025";

// Three people sign in, two of them twice (temporary, then chosen password): more than 30 s
// on a loaded machine, as for the scoring journeys.
test.describe.configure({ timeout: 90_000 });

/** A first sign-in with the temporary password: only /tai-khoan opens until a new one is chosen. */
async function firstSignIn(
  browser: Browser,
  baseURL: string | undefined,
  username: string,
  temporary: string,
) {
  const context = await browser.newContext({ baseURL, locale: "vi-VN" });
  const page = await context.newPage();
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(temporary);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
  const notice = page.getByText("Bạn đang dùng mật khẩu tạm thời");
  await expect(notice).toBeVisible();

  await page.goto("/khoi");
  await expect(page).toHaveURL(/\/tai-khoan$/);
  expect((await page.request.get("/api/xuat/khong-co/xlsx")).status()).not.toBe(200);

  await page.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(`${NEW_PASSWORD}x`);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  // A refusal keeps what was typed: only the field at fault is typed again.
  await expect(page.getByText("Hai lần nhập mật khẩu mới không khớp.")).toBeVisible();
  await expect(page.getByLabel("Mật khẩu hiện tại")).toHaveValue(temporary);
  await expect(page.getByLabel("Mật khẩu mới", { exact: true })).toHaveValue(NEW_PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  // Signed in again with the new password, and sent on to the blocs page.
  await expect(page.getByRole("heading", { name: "Khối thi đua", level: 1 })).toBeVisible();
  await page.goto("/tai-khoan");
  await expect(page.getByRole("heading", { name: "Tài khoản", level: 1 })).toBeVisible();
  await expect(notice).toHaveCount(0);
  await page.goto("/khoi");
  await expect(page.getByRole("heading", { name: "Khối thi đua", level: 1 })).toBeVisible();
  return { context, page };
}

test("an admin opens a secretariat and a leader account; each is made to change the temporary password and sees only their scope", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, "admin.yenbai");
  const secretariat = {
    username: `thuky.${RUN}`,
    displayName: `Thư ký thử ${RUN}`,
    kind: "Thư ký khối",
    scope: KTKT,
  };
  const leader = {
    username: `lanhdao.${RUN}`,
    displayName: `Lãnh đạo thử ${RUN}`,
    kind: "Lãnh đạo đơn vị",
    scope: "Sở Khoa học và Công nghệ",
  };
  const secretariatPassword = await createAccount(page, secretariat);
  const leaderPassword = await createAccount(page, leader);

  await page.goto(`/quan-tri/nguoi-dung?q=${RUN}`);
  const list = page.getByRole("list", { name: "Danh sách tài khoản" });
  await expect(list.locator(":scope > li")).toHaveCount(2);
  await expect(list).toContainText(secretariat.username);
  await expect(list).toContainText(leader.username);
  await expect(list).toContainText("Chờ đổi mật khẩu");

  const asSecretariat = await firstSignIn(browser, baseURL, secretariat.username, secretariatPassword);
  await expect(asSecretariat.page.getByRole("heading", { name: KTKT, level: 2 })).toBeVisible();
  await expect(asSecretariat.page.getByRole("heading", { name: VHXH })).toHaveCount(0);
  await asSecretariat.page.goto("/quan-tri/nguoi-dung");
  await expect(asSecretariat.page.getByText("Trang quản trị chỉ dành cho quản trị viên tỉnh.")).toBeVisible();
  await asSecretariat.context.close();

  const asLeader = await firstSignIn(browser, baseURL, leader.username, leaderPassword);
  await expect(asLeader.page.getByRole("heading", { name: KTKT, level: 2 })).toBeVisible();
  await expect(asLeader.page.getByRole("heading", { name: VHXH })).toHaveCount(0);
  await asLeader.context.close();
});
