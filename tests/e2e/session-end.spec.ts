import { expect, test, type Browser, type Cookie, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../src/server/seed/users";
import { signIn } from "./sign-in";

// An account no other spec signs in with: ending its sessions and changing its password (the
// last test) disturbs nobody.
const USERNAME = "lanhdao.congthuong";

/** A new browser that holds only the given cookies, as someone replaying a copied cookie would. */
async function replay(browser: Browser, baseURL: string | undefined, cookies: Cookie[]) {
  const context = await browser.newContext({ baseURL });
  await context.addCookies(cookies);
  return context;
}

async function sessionUsername(page: Page): Promise<unknown> {
  const response = await page.request.get("/api/auth/session");
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { user?: { username?: unknown } };
  return body.user?.username;
}

async function expectSentToSignIn(page: Page, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/dang-nhap/);
  await expect(page.getByRole("button", { name: "Đăng nhập", exact: true })).toBeVisible();
}

test("after sign-out, the old cookie opens no page and /api/auth/session names no user", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, USERNAME);
  const cookies = await page.context().cookies();

  // The copied cookie is a working session until the sign-out.
  const before = await replay(browser, baseURL, cookies);
  const beforePage = await before.newPage();
  await beforePage.goto("/khoi");
  await expect(beforePage.getByRole("heading", { name: "Khối thi đua", level: 1 })).toBeVisible();
  expect(await sessionUsername(beforePage)).toBe(USERNAME);
  await before.close();

  await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  // This browser holds no session cookie any more, and Back does not lead into the signed-in pages.
  expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContainEqual(
    expect.stringMatching(/session-token/),
  );
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Khối thi đua", level: 1 })).toHaveCount(0);

  const after = await replay(browser, baseURL, cookies);
  const afterPage = await after.newPage();
  await expectSentToSignIn(afterPage, "/khoi");
  await expectSentToSignIn(afterPage, "/tai-khoan");
  expect(await sessionUsername(afterPage)).toBeUndefined();
  await after.close();
});

test("'Đăng xuất khỏi mọi thiết bị' signs out this browser and every other one", async ({
  page,
  browser,
  baseURL,
}) => {
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signIn(otherPage, USERNAME);
  await otherPage.goto("/tai-khoan");
  await signIn(page, USERNAME);

  await page.getByRole("link", { name: "Tài khoản" }).click();
  await page.getByRole("button", { name: "Đăng xuất khỏi mọi thiết bị" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);

  // A form left open in the other browser says the session ended, and offers the way back in.
  await otherPage.getByLabel("Mật khẩu hiện tại").fill(DEMO_PASSWORD);
  await otherPage.getByLabel("Mật khẩu mới", { exact: true }).fill("Một-mật-khẩu-mới-2025");
  await otherPage.getByLabel("Nhập lại mật khẩu mới").fill("Một-mật-khẩu-mới-2025");
  await otherPage.getByRole("button", { name: "Đổi mật khẩu" }).click();
  const ended = otherPage.getByRole("alert").filter({ hasText: "Phiên đăng nhập đã hết hạn." });
  await expect(ended).toBeVisible();
  await ended.getByRole("link", { name: "Đăng nhập lại" }).click();
  await expect(otherPage).toHaveURL(/\/dang-nhap/);
  await expectSentToSignIn(otherPage, "/khoi");
  await other.close();
});

test("a new password keeps this browser signed in and signs the others out", async ({
  page,
  browser,
  baseURL,
}) => {
  const newPassword = "mật-khẩu-mới-2025";
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signIn(otherPage, USERNAME);
  await signIn(page, USERNAME);

  await page.goto("/tai-khoan");
  await page.getByLabel("Mật khẩu hiện tại").fill("khong-phai-mat-khau");
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(newPassword);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(newPassword);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Mật khẩu hiện tại không đúng.");

  await page.getByLabel("Mật khẩu hiện tại").fill(DEMO_PASSWORD);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(USERNAME.toUpperCase());
  await page.getByLabel("Nhập lại mật khẩu mới").fill(USERNAME.toUpperCase());
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByText("Mật khẩu không được chứa tên đăng nhập.")).toBeVisible();

  await page.getByLabel("Mật khẩu hiện tại").fill(DEMO_PASSWORD);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(newPassword);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(newPassword);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.locator("form").getByRole("status")).toHaveText(
    "Đã đổi mật khẩu. Các thiết bị khác đã được đăng xuất.",
  );

  await page.goto("/khoi");
  await expect(page.getByRole("heading", { name: "Khối thi đua", level: 1 })).toBeVisible();
  await expectSentToSignIn(otherPage, "/khoi");
  // The other browser is told why it is asked to sign in again; a browser that never signed in is not.
  await expect(otherPage.getByRole("status")).toContainText("Phiên đăng nhập của bạn đã kết thúc");
  const stranger = await browser.newPage({ baseURL });
  await expectSentToSignIn(stranger, "/khoi");
  await expect(stranger.getByRole("status")).toHaveCount(0);
  await stranger.close();
  await signIn(otherPage, USERNAME, newPassword);
  await other.close();
});
