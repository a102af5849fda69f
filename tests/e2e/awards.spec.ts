import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { giveOverrideReasons } from "./publish-checklist";
import { signIn } from "./sign-in";

const BLOC = "Khối thi đua các cơ quan kinh tế – kỹ thuật";
const FLAG = "Cờ thi đua của Ủy ban nhân dân tỉnh";
const MERIT = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";

async function openYearTab(page: Page, year: number, tab: string) {
  await page.goto("/khoi");
  await page
    .getByRole("listitem")
    .filter({ hasText: BLOC })
    .getByRole("link", { name: new RegExp(`Năm ${year}`) })
    .click();
  await page
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: tab })
    .click();
  await expect(page.getByRole("link", { name: tab })).toHaveAttribute("aria-current", "page");
}

test("the secretariat records a ballot, proposes the top unit and records the council's decision (2024)", async ({
  page,
}) => {
  test.slow(); // six round trips to the server; near 30 s when the shared machine is busy
  await signIn(page, "thuky.ktkt");
  await openYearTab(page, 2024, "Bỏ phiếu & đề nghị");

  const tally = page.getByRole("form", { name: `Phiếu ${MERIT} – Sở Xây dựng` });
  await tally.getByLabel(/Số phiếu đồng ý/).fill("9");
  await tally.getByLabel(/Số đại biểu có mặt/).fill("8");
  await tally.getByRole("button", { name: "Lưu" }).click();
  await expect(tally.getByText("Số phiếu đồng ý không được lớn hơn số đại biểu có mặt.")).toBeVisible();
  await expect(tally.getByLabel(/Số phiếu đồng ý/)).toHaveValue("9");
  await tally.getByLabel(/Số phiếu đồng ý/).fill("7");
  await tally.getByRole("button", { name: "Lưu" }).click();
  await expect(tally.getByText("Đã lưu.")).toBeVisible();

  await page
    .getByRole("button", { name: new RegExp(`^Đề nghị ${FLAG} cho`) })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Đề nghị khen thưởng (1)" })).toBeVisible();
  const proposal = page.getByRole("form", { name: new RegExp(`Trạng thái đề nghị: ${FLAG}`) });
  await proposal.getByLabel("Trạng thái").selectOption({ label: "Được phê duyệt" });
  await proposal.getByRole("button", { name: "Lưu trạng thái" }).click();
  await expect(proposal.getByText("Vui lòng nhập số quyết định.")).toBeVisible();
  await proposal.getByLabel("Số quyết định").fill("125/QĐ-UBND");
  await proposal.getByLabel("Ngày quyết định").fill("10/02/2025");
  await proposal.getByRole("button", { name: "Lưu trạng thái" }).click();
  await expect(page.getByText("Được phê duyệt · Quyết định số 125/QĐ-UBND ngày 10/02/2025")).toBeVisible();
});

test("a correction of the published 2023 makes snapshot 2, and a write from a page left open is refused", async ({
  page,
  browser,
}) => {
  test.slow(); // two windows and a publication: a long journey on a shared 2-core machine
  await signIn(page, "thuky.ktkt");
  // The demo's 2023 was published at the conference of 12/01/2024 (the seed): read only.
  await openYearTab(page, 2023, "Công bố");
  await expect(page.getByRole("heading", { name: "Các bản đã công bố (1)" })).toBeVisible();
  await expect(
    page.getByText("Kết quả năm này đã công bố: mọi dữ liệu chỉ còn xem được.", { exact: false }),
  ).toBeVisible();

  await page.getByRole("button", { name: "Mở đính chính" }).click();
  await expect(page.getByText("Vui lòng nhập lý do đính chính.")).toBeVisible();
  await page.getByLabel("Lý do đính chính").fill("Sửa số phiếu bầu ghi nhầm");
  await page.getByRole("button", { name: "Mở đính chính" }).click();
  await expect(page.getByRole("heading", { name: "Công bố bản đính chính" })).toBeVisible();
  await expect(page.getByText("Lý do đính chính: Sửa số phiếu bầu ghi nhầm")).toBeVisible();

  await page.getByRole("link", { name: "Bỏ phiếu & đề nghị" }).click();
  await page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: "Sở Công Thương" });
  await page.getByLabel("Trường hợp").selectOption({ label: "Đang thanh tra, kiểm tra" });
  await page.getByLabel("Từ ngày").fill("03/04/2023");
  await page.getByRole("button", { name: "Ghi nhận" }).click();
  await expect(page.getByRole("row", { name: /Sở Công Thương.*Đang thanh tra, kiểm tra/ })).toBeVisible();

  // A second window keeps the ballot form open while the correction is published in the first.
  const other = await browser.newContext();
  const stale = await other.newPage();
  await signIn(stale, "thuky.ktkt");
  await stale.goto(page.url());
  const staleTally = stale.getByRole("form", { name: `Phiếu ${MERIT} – Sở Giao thông vận tải` });
  await expect(staleTally).toBeVisible();

  const tally = page.getByRole("form", { name: `Phiếu ${MERIT} – Sở Giao thông vận tải` });
  await expect(tally.getByLabel(/Số phiếu đồng ý/)).toHaveValue("7");
  await tally.getByLabel(/Số phiếu đồng ý/).fill("6");
  await tally.getByRole("button", { name: "Lưu" }).click();
  await expect(tally.getByText("Đã lưu.")).toBeVisible();

  await page.getByRole("link", { name: "Công bố" }).click();
  await giveOverrideReasons(page, "Hội nghị khối thống nhất công bố bản đính chính.");
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Công bố bản đính chính" }).click();
  await expect(
    page.getByRole("heading", { name: "Bảng tổng hợp điểm, xếp hạng năm 2023 – bản số 2" }),
  ).toBeVisible();
  const rows = page.getByRole("region", { name: /Các bản đã công bố/ }).getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText("Sửa số phiếu bầu ghi nhầm");
  await expect(rows.nth(1)).toContainText("Nội dung khớp mã băm");

  await staleTally.getByLabel(/Số phiếu đồng ý/).fill("5");
  await staleTally.getByRole("button", { name: "Lưu" }).click();
  await expect(staleTally.getByRole("alert")).toHaveText(
    "Kết quả năm này đã công bố nên không thể sửa. Hãy tạo bản đính chính nếu cần.",
  );
  await expect(staleTally.getByLabel(/Số phiếu đồng ý/)).toHaveValue("5");
  await other.close();
});

test("the audit log shows who changed what, old → new, filtered by entity and year", async ({ page }) => {
  await signIn(page, "thuky.ktkt");
  await openYearTab(page, 2023, "Nhật ký");
  await expect(
    page.getByRole("row", {
      name: /Mở đính chính: Trạng thái.*Đã công bố → Đang đính chính.*Sửa số phiếu bầu ghi nhầm/,
    }),
  ).toBeVisible();
  await page.getByLabel("Đối tượng").selectOption({ label: "Kết quả bỏ phiếu" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByRole("row", { name: /Số phiếu đồng ý.*7 → 6/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Trạng thái/ })).toHaveCount(0);

  await page.getByLabel("Năm thi đua", { exact: true }).selectOption("2024");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/\/2024\/nhat-ky\?entity=BallotTally/);
  await expect(page.getByRole("row", { name: /Số phiếu đồng ý.*— → 7/ })).toBeVisible();
});

test("an agency leader of a hidden year reads only their own proposals, without any form, and is not shown the audit log", async ({
  page,
}) => {
  await signIn(page, "lanhdao.tnmt");
  await openYearTab(page, 2024, "Bỏ phiếu & đề nghị");
  // 2024 keeps provisional scores among the members: the proposal above is another unit's, and
  // its reason cites that unit's rank.
  await expect(page.getByRole("heading", { name: "Đề nghị khen thưởng của đơn vị bạn (0)" })).toBeVisible();
  await expect(page.getByText(/Đề nghị của các đơn vị khác hiển thị khi khối chia sẻ/)).toBeVisible();
  await expect(
    page.getByText("Bạn đang xem; chỉ thư ký khối được nhập kết quả bỏ phiếu và đề nghị."),
  ).toBeVisible();
  await expect(page.getByRole("button")).toHaveCount(1); // sign out only
  await expect(
    page.getByRole("navigation", { name: "Các mục của năm thi đua" }).getByRole("link", { name: "Nhật ký" }),
  ).toHaveCount(0);
  await page.goto(page.url().replace(/\/khen-thuong$/, "/nhat-ky"));
  await expect(
    page.getByText("Nhật ký thay đổi chỉ dành cho thư ký khối và người theo dõi khối."),
  ).toBeVisible();
});

test("the three pages have no detectable accessibility violations", async ({ page }) => {
  test.slow(); // three pages, each analysed in full
  await signIn(page, "thuky.ktkt");
  for (const tab of ["Bỏ phiếu & đề nghị", "Công bố", "Nhật ký"]) {
    await openYearTab(page, 2024, tab);
    await expect(page.getByRole("status").filter({ hasText: /^Đang tải/ })).toHaveCount(0); // the page itself, not its loading note
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(
      violations.map((v) => `${tab}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  }
});
