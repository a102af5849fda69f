import { expect, test } from "@playwright/test";
import { signIn, signOut, submitSignInForm } from "./sign-in";

test.beforeEach(async ({ page }) => {
  await page.goto("/dang-nhap");
});

test("empty fields are named in Vietnamese before anything is sent", async ({ page }) => {
  // The form checks with zod in the browser: under the CSP it must not even try `new Function`.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(event.violatedDirective));
  });
  await page.reload();
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByText("Vui lòng nhập tên đăng nhập.")).toBeVisible();
  await expect(page.getByText("Vui lòng nhập mật khẩu.")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual(
    [],
  );
});

test("a 10 KB username and unicode input get a clear message, not a server error", async ({ page }) => {
  await page.getByLabel("Tên đăng nhập").fill("x".repeat(10_240));
  await page.getByLabel("Mật khẩu").fill("🙂 mật khẩu Ǆ \u202e");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByText("Tên đăng nhập quá dài (tối đa 100 ký tự).")).toBeVisible();

  await page.getByLabel("Tên đăng nhập").fill("người.dùng.🙂");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
});

test("repeated wrong passwords lock the account with a Vietnamese message", async ({ page }) => {
  const username = page.getByLabel("Tên đăng nhập");
  await username.fill("xem.ktkt");
  // Inside the form: Next's route announcer is an alert too.
  const alert = page.locator("form").getByRole("alert");
  for (let attempt = 1; attempt <= 4; attempt++) {
    await page.getByLabel("Mật khẩu").fill(`sai-mat-khau-${attempt}`);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    // The button reads "Đang đăng nhập…" until the answer arrives: wait for it before the next try.
    await expect(page.getByRole("button", { name: "Đăng nhập", exact: true })).toBeEnabled();
    await expect(alert).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  }
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau-5");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(alert).toHaveText(/Bạn đã nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ phút\./);
});

test("a page opened while signed out is where signing in leads, for a rendered page and the rankings page", async ({
  page,
}) => {
  await signIn(page, "thuky.ktkt");
  await page
    .getByRole("link", { name: /Năm 2024/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/khoi\/[^/]+\/2024$/);
  const year = new URL(page.url()).pathname;
  await signOut(page);

  // A link from a message, opened signed out: the score grid (rendered per request)…
  await page.goto(`${year}/cham-diem`);
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
  await submitSignInForm(page, "thuky.ktkt");
  await expect(page).toHaveURL(new RegExp(`${year}/cham-diem$`));
  await expect(page.getByRole("link", { name: "Chấm điểm", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await signOut(page);

  // …and the rankings page (a prerendered page whose data request finds no session).
  await page.goto(`${year}/xep-hang`);
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
  await submitSignInForm(page, "thuky.ktkt");
  await expect(page).toHaveURL(new RegExp(`${year}/xep-hang$`));
  await expect(page.getByRole("heading", { name: "Bảng xếp hạng năm 2024" })).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();

  // An address of another site is never where signing in leads.
  await signOut(page);
  await page.goto("/dang-nhap?callbackUrl=//example.com/khoi");
  await submitSignInForm(page, "thuky.ktkt");
  await expect(page.getByRole("heading", { name: "Khối thi đua", level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/khoi$/);
});
