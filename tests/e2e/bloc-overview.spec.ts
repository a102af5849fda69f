import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

test("the bloc secretariat opens Yên Bái 2024 and sees its 8 members and TN&MT as head", async ({ page }) => {
  await signIn(page, "thuky.ktkt");
  const bloc = page.getByRole("listitem").filter({ hasText: "Khối thi đua các cơ quan kinh tế – kỹ thuật" });
  await bloc.getByRole("link", { name: /Năm 2024/ }).click();

  await expect(page.getByRole("heading", { name: "Thành viên (8)" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(9);
  // Case-sensitive: "Phó trưởng khối" must not count as the head.
  const head = rows.filter({ hasText: /Trưởng khối/ });
  await expect(head).toHaveCount(1);
  await expect(head.getByRole("rowheader")).toHaveText("Sở Tài nguyên và Môi trường");
  await expect(rows.filter({ hasText: "Phó trưởng khối thường trực" }).getByRole("rowheader")).toHaveText(
    "Sở Giao thông vận tải",
  );
  await expect(page.getByText("8/8 đơn vị đã ký ngày 12/01/2024")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nhiệm vụ được giao (43)" })).toBeVisible();
});

test("the overview names the year's stage and what it allows; only managers get the ways on", async ({
  page,
}) => {
  await signIn(page, "xem.ktkt");
  await page
    .getByRole("link", { name: /Năm 2024/ })
    .first()
    .click();
  const panel = page.getByRole("region", { name: "Giai đoạn: Đang chấm điểm" });
  await expect(
    panel.getByRole("list", { name: "Các giai đoạn của năm thi đua" }).getByRole("listitem"),
  ).toHaveText(["Đang chuẩn bị", "Đang thực hiện", "Đang chấm điểm", "Chờ công bố", "Đã công bố"]);
  await expect(panel.locator('[aria-current="step"]')).toHaveText("Đang chấm điểm");
  await expect(panel.getByRole("list", { name: "Giai đoạn này cho phép" })).toContainText(
    "Nhập điểm (tự chấm, kiểm tra chéo, chấm cuối)",
  );
  await expect(panel.getByRole("button")).toHaveCount(0);
  await page.context().clearCookies();

  await signIn(page, "thuky.ktkt");
  await page
    .getByRole("listitem")
    .filter({ hasText: "Khối thi đua các cơ quan kinh tế – kỹ thuật" })
    .getByRole("link", { name: /Năm 2024/ })
    .click();
  const managed = page.getByRole("region", { name: "Giai đoạn: Đang chấm điểm" });
  await managed.getByText("Thông qua kết quả chấm, chờ công bố…").click();
  await expect(managed.getByRole("note")).toContainText("mục phải xử lý trước khi công bố");
  await expect(managed.getByRole("button", { name: "Thông qua kết quả chấm, chờ công bố" })).toBeVisible();
  await expect(managed.getByText("Mở lại thành viên, bảng điểm và nhiệm vụ…")).toBeVisible();
});

test("a secretariat of another bloc neither sees nor opens the Yên Bái economic bloc", async ({ page }) => {
  await signIn(page, "thuky.ktkt");
  await page
    .getByRole("link", { name: /Năm 2024/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Thành viên (8)" })).toBeVisible();
  const ktktUrl = page.url();
  await page.context().clearCookies();

  await signIn(page, "thuky.vhxh");
  await expect(page.getByText("Khối thi đua các cơ quan văn hóa – xã hội")).toBeVisible();
  await expect(page.getByText("Khối thi đua các cơ quan kinh tế – kỹ thuật")).toHaveCount(0);
  await page.goto(ktktUrl);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
});

test("a page opened without signing in leads to the sign-in page", async ({ page }) => {
  await page.goto("/khoi");
  await expect(page).toHaveURL(/\/dang-nhap/);
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
});

test("an address carrying a control character is not found, not a server error", async ({ page }) => {
  await signIn(page, "thuky.ktkt");
  await page
    .getByRole("link", { name: /Năm 2024/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Thành viên (8)" })).toBeVisible();
  const yearPath = new URL(page.url()).pathname;
  for (const path of [
    yearPath.replace(/\/2024$/, "%00/2024"),
    `${yearPath}/nhiem-vu/%00`,
    "/api/xuat/%00/xlsx",
    "/api/tep/%00",
    "/api/su-kien/%00",
  ]) {
    const response = await page.request.get(path);
    expect(`${path} ${response.status()}`).toBe(`${path} 404`);
  }
});

test("another bloc's pages and made-up addresses answer 404 with a not-found title, the own ones 200", async ({
  page,
  browser,
}) => {
  await signIn(page, "thuky.ktkt");
  await page
    .getByRole("listitem")
    .filter({ hasText: "Khối thi đua các cơ quan kinh tế – kỹ thuật" })
    .getByRole("link", { name: /Năm 2024/ })
    .click();
  await expect(page).toHaveURL(/\/2024$/);
  const year = new URL(page.url()).pathname;
  const bloc = year.replace(/\/2024$/, "");
  const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

  const own = [year, `${year}/xep-hang`, `${year}/nhiem-vu/1`, `${bloc}/xu-huong`];
  for (const path of own) expect((await page.request.get(path)).status(), path).toBe(200);
  const missing = [
    `${bloc}/2031`,
    `${year}/nhiem-vu/9999`,
    `${year}/xep-hang/khong-co`,
    "/khoi/khong-co/2024",
  ];
  for (const path of missing) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(titleOf(await response.text()), path).toBe("Không tìm thấy trang · ThiĐua");
  }
  // In the browser too, where a tab's own title would otherwise arrive after the missing page's.
  for (const path of [`${year}/nhiem-vu/9999`, `${year}/xep-hang/khong-co`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
    await expect(page).toHaveTitle("Không tìm thấy trang · ThiĐua");
  }
  // Leaving the missing page, the next page has its own title again.
  await page.getByRole("link", { name: "Về danh sách khối thi đua" }).click();
  await expect(page.getByRole("heading", { name: "Khối thi đua", level: 1 })).toBeVisible();
  await expect(page).toHaveTitle("Khối thi đua · ThiĐua");

  const other = await (await browser.newContext()).newPage();
  await signIn(other, "thuky.vhxh");
  // The rankings page's document is the same prerendered shell for everyone: its data request
  // is where the year is refused, and the page says so.
  const rankings = `${year}/xep-hang`;
  for (const path of own.filter((path) => path !== rankings)) {
    const response = await other.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(titleOf(await response.text()), path).toBe("Không tìm thấy trang · ThiĐua");
  }
  expect((await other.request.get(`/api/xep-hang${year.replace(/^\/khoi/, "")}`)).status()).toBe(404);
  await other.goto(rankings);
  await expect(other.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await expect(other).toHaveTitle("Không tìm thấy trang · ThiĐua");
  await expect(other.getByText("Bảng xếp hạng năm 2024")).toHaveCount(0);
  await other.context().close();
});

test("keyboard users skip the header and the year's tabs in two key presses each", async ({ page }) => {
  await signIn(page, "lanhdao.tnmt");
  await page
    .getByRole("link", { name: /Năm 2024/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/2024$/);
  await page.goto(`${new URL(page.url()).pathname}/xep-hang`);
  await expect(page.getByRole("heading", { name: "Bảng xếp hạng năm 2024" })).toBeVisible({
    timeout: 30_000,
  });
  await page.keyboard.press("Tab");
  const skipHeader = page.getByRole("link", { name: "Đến nội dung chính" });
  await expect(skipHeader).toBeFocused();
  await expect(skipHeader).toBeInViewport();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const skipTabs = page.getByRole("link", { name: "Bỏ qua các mục của năm, đến nội dung" });
  await expect(skipTabs).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  // The next stop is inside the tab's own content, past the breadcrumb and the eleven year tabs.
  const focused = page.locator(":focus");
  await expect(focused).toHaveCount(1);
  expect(await focused.evaluate((element) => Boolean(element.closest("#noi-dung-muc")))).toBe(true);
});
