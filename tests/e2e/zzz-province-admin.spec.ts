import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

// Last of the demo specs: it adds an agency (and stops it), which no other spec expects to see.
const RUN = Date.now().toString(36);
const KTKT = "Khối thi đua các cơ quan kinh tế – kỹ thuật";

test("stopping an agency asks first, saying what it means; nothing changes until the admin agrees", async ({
  page,
}) => {
  const name = `Sở Thử nghiệm ${RUN}`;
  await signIn(page, "admin.yenbai");
  await page.goto("/quan-tri/don-vi");
  const form = page.getByRole("region", { name: "Thêm cơ quan, đơn vị" });
  await form.getByLabel("Tên đầy đủ").fill(name);
  await form.getByLabel("Tên viết tắt").fill(`STN ${RUN}`);
  await form.getByLabel("Áp dụng từ ngày").fill("01/01/2025");
  await form.getByRole("button", { name: "Thêm đơn vị" }).click();
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();

  const section = page.getByRole("region", { name: "Ngừng hoạt động" });
  await section.getByLabel("Ngừng hoạt động từ ngày").fill("30/06/2026");
  const questions: string[] = [];
  page.once("dialog", (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await section.getByRole("button", { name: "Ngừng hoạt động" }).click();
  await expect.poll(() => questions).toHaveLength(1);
  expect(questions[0]).toContain(`Ngừng hoạt động “${name}” từ ngày 30/06/2026?`);
  expect(questions[0]).toContain("không còn được chọn vào các năm thi đua sau ngày này");
  expect(questions[0]).toContain("vẫn được giữ nguyên");
  // Declined: nothing saved.
  await page.reload();
  await expect(section).toBeVisible();
  await expect(page.getByRole("region", { name: "Hoạt động trở lại" })).toHaveCount(0);

  await section.getByLabel("Ngừng hoạt động từ ngày").fill("30/06/2026");
  page.once("dialog", (dialog) => void dialog.accept());
  await section.getByRole("button", { name: "Ngừng hoạt động" }).click();
  await expect(page.getByRole("region", { name: "Hoạt động trở lại" })).toBeVisible();
  await expect(page.getByText(/ · ngừng hoạt động từ 30\/06\/2026/)).toBeVisible();

  // Saving an agency revalidates every page ("/", "layout"), the prerendered rankings shell too:
  // a rankings page opened afterwards by its address still runs (its scripts still allowed).
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  await openKtkt2024(page);
  await expect(page).toHaveURL(/\/2024$/);
  await page.goto(`${new URL(page.url()).pathname}/xep-hang`);
  await expect(page.getByRole("heading", { name: "Bảng xếp hạng năm 2024" })).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();
  expect(violations).toEqual([]);
});

/** The economic bloc's 2024 overview, reached as a user does: from the list of blocs. */
async function openKtkt2024(page: Page) {
  await page.goto("/khoi");
  await page
    .getByRole("listitem")
    .filter({ hasText: KTKT })
    .getByRole("link", { name: /Năm 2024/ })
    .click();
}

/** Whether the page scrolls sideways, how many cards leave the screen, and the narrowest card's width. */
function cardsFit(page: Page) {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll("main ol[aria-label='Các thay đổi'] > li")];
    return {
      cards: cards.length,
      scrollsSideways: document.documentElement.scrollWidth > innerWidth,
      outside: cards.filter((card) => card.getBoundingClientRect().right > innerWidth).length,
      narrowest: Math.min(...cards.map((card) => card.getBoundingClientRect().width)),
    };
  });
}

test("the audit logs read as cards on a 390 px phone: nothing squeezed, nothing cut off", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "admin.yenbai");

  await page.goto("/quan-tri/nhat-ky");
  await expect(page.getByRole("heading", { name: /Nhật ký quản trị/, level: 1 })).toBeVisible();
  const cards = page.getByRole("list", { name: "Các thay đổi" });
  await expect(cards.getByRole("listitem").first()).toContainText("Nguyễn Thị Thu Hà");
  await expect(page.getByRole("table")).toBeHidden();
  expect(await cardsFit(page)).toMatchObject({ scrollsSideways: false, outside: 0 });
  expect((await cardsFit(page)).narrowest).toBeGreaterThan(300);

  // The demo year's log starts empty: two changes of a setting (there and back) give it rows.
  await openKtkt2024(page);
  const setting = page.getByRole("region", { name: "Cài đặt năm thi đua" }).getByRole("button");
  for (const round of [1, 2]) {
    const before = (await setting.textContent()) ?? "";
    await setting.click();
    await expect(setting, `round ${round}`).not.toHaveText(before);
  }
  await page
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: "Nhật ký" })
    .click();
  await expect(cards.getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("table")).toBeHidden();
  const year = await cardsFit(page);
  expect(year).toMatchObject({ scrollsSideways: false, outside: 0 });
  expect(year.cards).toBeGreaterThan(1);
  expect(year.narrowest).toBeGreaterThan(300);
});

test("“+ Thêm quyền” takes the keyboard into the new grant's first field", async ({ page }) => {
  await signIn(page, "admin.yenbai");
  await page.goto("/quan-tri/nguoi-dung?q=xem.ktkt");
  await page.getByRole("list", { name: "Danh sách tài khoản" }).getByRole("link").first().click();
  await expect(page.getByLabel("Loại quyền 1")).toBeVisible();
  await page.getByRole("button", { name: "+ Thêm quyền" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Loại quyền 2")).toBeFocused();
  await page.getByRole("button", { name: "+ Thêm quyền" }).click();
  await expect(page.getByLabel("Loại quyền 3")).toBeFocused();
});
