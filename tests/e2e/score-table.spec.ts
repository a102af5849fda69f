import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./sign-in";

const VHXH = "Khối thi đua các cơ quan văn hóa – xã hội";
const KTKT = "Khối thi đua các cơ quan kinh tế – kỹ thuật";

async function openScoreTable(page: Page, username: string, blocName: string) {
  await signIn(page, username);
  await page
    .getByRole("listitem")
    .filter({ hasText: blocName })
    .getByRole("link", { name: /Năm 2024/ })
    .click();
  await page.getByRole("link", { name: "Bảng điểm & quy tắc" }).click();
  await expect(page.getByRole("heading", { name: "Bảng điểm thi đua năm 2024" })).toBeVisible();
}

const row = (page: Page, code: string) =>
  page.getByRole("row").filter({ has: page.getByRole("cell", { name: code, exact: true }) });
const actionsOf = (page: Page, code: string) =>
  page.getByRole("group", { name: `Thao tác với mục ${code}`, exact: true });

async function fillCriterion(
  page: Page,
  formName: string,
  values: { code?: string; title?: string; kind?: string; max: string },
) {
  const form = page.getByRole("form", { name: formName });
  if (values.kind !== undefined) await form.getByLabel("Loại").selectOption({ label: values.kind });
  if (values.code !== undefined) await form.getByLabel("Mã").fill(values.code);
  if (values.title !== undefined) await form.getByLabel("Tên mục").fill(values.title);
  await form.getByLabel("Điểm tối đa").fill(values.max);
  await form.getByRole("button", { name: "Lưu" }).click();
  return form;
}

test("the secretariat builds its criteria tree: refused sums, edits, moves and deletes, in place", async ({
  page,
}) => {
  await openScoreTable(page, "thuky.vhxh", VHXH);
  await expect(page.getByText("Phiên bản 1 · đang áp dụng")).toBeVisible();

  await actionsOf(page, "II").getByRole("button", { name: "Thêm mục con" }).click();
  const form = await fillCriterion(page, "Thêm mục", {
    code: "II.4",
    title: "Ứng dụng công nghệ thông tin",
    kind: "Điểm thưởng",
    max: "25",
  });
  await expect(form.getByRole("alert")).toContainText(
    "Mục II.4: điểm tối đa (25,00 điểm) vượt điểm tối đa của mục cha II (20,00 điểm).",
  );
  // The refused form shows what was chosen and typed, not the form's first values.
  await expect(form.getByLabel("Điểm tối đa")).toHaveValue("25");
  await expect(form.getByLabel("Loại")).toHaveValue("BONUS");
  await form.getByRole("button", { name: "Hủy" }).click();

  await actionsOf(page, "II.3").getByRole("button", { name: "Sửa" }).click();
  await fillCriterion(page, "Sửa mục", { max: "3,5" });
  await expect(row(page, "II.3")).toContainText("3,50");
  await expect(
    page.getByText(
      "Lưu ý: Mục II: tổng điểm các tiêu chí con (17,50 điểm) chưa bằng điểm tối đa của mục (20,00 điểm).",
    ),
  ).toBeVisible();

  await actionsOf(page, "II").getByRole("button", { name: "Thêm mục con" }).click();
  await fillCriterion(page, "Thêm mục", { code: "II.4", title: "Ứng dụng công nghệ thông tin", max: "2,5" });
  await expect(row(page, "II.4")).toContainText("2,50");
  await expect(page.getByText(/Lưu ý: Mục II:/)).toHaveCount(0);

  await actionsOf(page, "II.4").getByRole("button", { name: "Lên" }).click();
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: /^II\.[34]/ })
      .first(),
  ).toContainText("II.4");

  // Criteria may add up to more than their section: the section caps them, and the page says so.
  await actionsOf(page, "II.4").getByRole("button", { name: "Sửa" }).click();
  await fillCriterion(page, "Sửa mục", { max: "5" });
  await expect(row(page, "II.4")).toContainText("5,00");
  await expect(
    page.getByText(
      "Lưu ý: Mục II: tổng điểm các tiêu chí con (22,50 điểm) vượt điểm tối đa của mục (20,00 điểm): điểm của mục được giới hạn ở 20,00 điểm.",
    ),
  ).toBeVisible();

  // A deduction item may reduce one criterion instead of the total; the tree says so.
  await actionsOf(page, "V.1").getByRole("button", { name: "Sửa" }).click();
  const deduction = page.getByRole("form", { name: "Sửa mục" });
  await deduction.getByLabel("Trừ vào").selectOption({
    label: "Tiêu chí II.1 – Xây dựng kế hoạch, phát động và tổ chức các phong trào thi đua",
  });
  await deduction.getByRole("button", { name: "Lưu" }).click();
  await expect(row(page, "V.1")).toContainText("Trừ vào tiêu chí II.1, không làm tiêu chí thấp hơn 0");
  // Deleting the criterion says what becomes of the deduction; nothing is deleted here.
  await actionsOf(page, "II.1").getByRole("button", { name: "Xóa" }).click();
  await expect(page.getByText(/Điểm trừ V\.1 đang trừ vào mục này sẽ trừ vào tổng điểm\./)).toBeVisible();
  await page.getByRole("button", { name: "Hủy" }).click();

  await actionsOf(page, "II.4").getByRole("button", { name: "Xóa" }).click();
  await page.getByRole("button", { name: "Xóa mục" }).click();
  await expect(row(page, "II.4")).toHaveCount(0);
  await expect(page.getByText("Phiên bản 1 · đang áp dụng")).toBeVisible();
});

test("the secretariat edits the rules through forms and sees the preview", async ({ page }) => {
  await openScoreTable(page, "thuky.vhxh", VHXH);
  const rules = page.getByRole("form", { name: "Quy tắc chấm điểm" });
  await rules.getByLabel("Thêm tiêu chí phân định").selectOption({ label: "Nhiều phiếu bầu hơn" });
  await rules.getByRole("button", { name: "Thêm", exact: true }).click();
  await rules.getByLabel("Điểm tối thiểu").nth(1).fill("95");
  await rules.getByRole("button", { name: "Lưu quy tắc" }).click();
  await expect(
    rules.getByText(
      "Các mức xếp loại xếp từ cao xuống thấp: ngưỡng của HTT không được cao hơn mức trên (HTXS).",
    ),
  ).toBeVisible();
  await rules.getByLabel("Điểm tối thiểu").nth(1).fill("75,5");
  await rules.getByRole("button", { name: "Lưu quy tắc" }).click();
  await expect(rules.getByRole("status")).toHaveText("Đã lưu quy tắc.");

  await page.reload();
  await expect(
    page
      .getByRole("form", { name: "Quy tắc chấm điểm" })
      .getByRole("listitem")
      .filter({ hasText: "Nhiều phiếu bầu hơn" }),
  ).toBeVisible();
  await expect(
    page.getByRole("form", { name: "Quy tắc chấm điểm" }).getByLabel("Điểm tối thiểu").nth(1),
  ).toHaveValue("75,5");
  await expect(page.getByLabel("Đơn vị ngưỡng của mức 2")).toHaveValue("percent");
  // The cultural bloc's 2024 has no score yet: the preview says so instead of an eight-way tie.
  const preview = page.getByRole("complementary", { name: "Xếp hạng tạm tính" });
  await expect(preview.getByText("Chưa có điểm.")).toBeVisible();
  await expect(preview.getByRole("list", { name: "Ba đơn vị dẫn đầu" })).toHaveCount(0);
});

test("the rules take levels in points, the classification basis, the rounding, an award's minimum level and the leading award's fallback", async ({
  page,
}) => {
  await openScoreTable(page, "thuky.vhxh", VHXH);
  const rules = page.getByRole("form", { name: "Quy tắc chấm điểm" });
  await rules.getByLabel("Đơn vị ngưỡng của mức 3").selectOption({ label: "điểm" });
  await rules.getByLabel("Điểm tối thiểu").nth(2).fill("50");
  await rules
    .getByLabel("Xếp loại theo")
    .selectOption({ label: "Điểm theo thang điểm (chưa cộng điểm thưởng, chưa trừ điểm trừ)" });
  await rules
    .getByLabel("Xếp loại tối thiểu của đơn vị được đề nghị")
    .first()
    .selectOption({ label: "HT – Hoàn thành nhiệm vụ trở lên" });
  await rules
    .getByLabel("Khi đơn vị xếp đầu không đạt số phiếu của danh hiệu dẫn đầu")
    .selectOption({ label: "Chuyển cho đơn vị đủ điều kiện xếp hạng kế tiếp" });
  // The level the award asks for is removed: the form names the award's problem, nothing is saved.
  await rules.getByRole("button", { name: "Xóa mức 3" }).click();
  await rules.getByRole("button", { name: "Lưu quy tắc" }).click();
  await expect(rules.getByText("Mức xếp loại “HT” không có trong các mức xếp loại.")).toBeVisible();
  await expect(rules.getByRole("status")).toHaveCount(0);

  await page.reload();
  const again = page.getByRole("form", { name: "Quy tắc chấm điểm" });
  await expect(again.getByLabel("Đơn vị ngưỡng của mức 3")).toHaveValue("percent"); // nothing was saved
  await again.getByLabel("Đơn vị ngưỡng của mức 3").selectOption({ label: "điểm" });
  await again.getByLabel("Điểm tối thiểu").nth(2).fill("50");
  await again
    .getByLabel("Xếp loại theo")
    .selectOption({ label: "Điểm theo thang điểm (chưa cộng điểm thưởng, chưa trừ điểm trừ)" });
  await again
    .getByLabel("Xếp loại tối thiểu của đơn vị được đề nghị")
    .first()
    .selectOption({ label: "HT – Hoàn thành nhiệm vụ trở lên" });
  await again
    .getByLabel("Khi đơn vị xếp đầu không đạt số phiếu của danh hiệu dẫn đầu")
    .selectOption({ label: "Chuyển cho đơn vị đủ điều kiện xếp hạng kế tiếp" });
  await again.getByLabel("Cho phép tổng điểm âm").check();
  await again
    .getByLabel("Làm tròn điểm các tiêu chí tính từ nhiệm vụ")
    .selectOption({ label: "Một lần, ở tổng điểm" });
  await again.getByRole("button", { name: "Lưu quy tắc" }).click();
  await expect(again.getByRole("status")).toHaveText("Đã lưu quy tắc.");
  // Saved, the form still shows what was chosen (React resets a plain form action's fields).
  await expect(again.getByLabel("Xếp loại theo")).toHaveValue("base");
  await expect(again.getByLabel("Cho phép tổng điểm âm")).toBeChecked();

  await page.reload();
  const saved = page.getByRole("form", { name: "Quy tắc chấm điểm" });
  await expect(saved.getByLabel("Đơn vị ngưỡng của mức 3")).toHaveValue("points");
  await expect(saved.getByLabel("Điểm tối thiểu").nth(2)).toHaveValue("50");
  await expect(saved.getByLabel("Xếp loại theo")).toHaveValue("base");
  await expect(saved.getByLabel("Cho phép tổng điểm âm")).toBeChecked();
  await expect(saved.getByLabel("Làm tròn điểm các tiêu chí tính từ nhiệm vụ")).toHaveValue("atTotal");
  await expect(saved.getByLabel("Xếp loại tối thiểu của đơn vị được đề nghị").first()).toHaveValue("HT");
  await expect(saved.getByLabel("Khi đơn vị xếp đầu không đạt số phiếu của danh hiệu dẫn đầu")).toHaveValue(
    "nextEligible",
  );
});

test("two secretaries edit the same criterion: the second is refused, sees the saved value, and keeps their input", async ({
  browser,
}) => {
  // Two browsers, two sign-ins, two table loads before the edits: twice a one-browser test's budget.
  test.setTimeout(60_000);
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await openScoreTable(first, "thuky.vhxh", VHXH);
  await openScoreTable(second, "thuky.vhxh", VHXH);
  await actionsOf(first, "III.1").getByRole("button", { name: "Sửa" }).click();
  await actionsOf(second, "III.1").getByRole("button", { name: "Sửa" }).click();
  await fillCriterion(first, "Sửa mục", { title: "Tham gia hội nghị của khối", max: "10" });
  await expect(row(first, "III.1")).toContainText("Tham gia hội nghị của khối");
  const form = await fillCriterion(second, "Sửa mục", { title: "Dự các hoạt động chung", max: "10" });
  await expect(form.getByRole("alert")).toContainText("Hiện tại mục III.1 là “Tham gia hội nghị của khối”");
  await expect(form.getByLabel("Tên mục")).toHaveValue("Dự các hoạt động chung");
});

/** The stage panel of the year's overview. */
async function openStagePanel(page: Page) {
  await page
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: "Tổng quan" })
    .click();
  return page.getByRole("region", { name: /^Giai đoạn:/ });
}

test("a table fixed by scoring reopens with a reason; a structural change becomes a new version", async ({
  page,
}) => {
  await openScoreTable(page, "thuky.ktkt", KTKT);
  await expect(
    page.getByText("Năm thi đua đang ở giai đoạn “Đang chấm điểm”: không thể sửa bảng điểm và quy tắc chấm."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Sửa" })).toHaveCount(0);

  const reopen = "Mở lại thành viên, bảng điểm và nhiệm vụ";
  const panel = await openStagePanel(page);
  await panel.getByText(`${reopen}…`).click();
  await panel.getByRole("button", { name: reopen, exact: true }).click();
  await expect(panel.getByText("Vui lòng nhập lý do.")).toBeVisible();
  await panel.getByLabel("Lý do").fill("Bổ sung tiêu chí chuyển đổi số theo quy chế sửa đổi");
  await panel.getByRole("button", { name: reopen, exact: true }).click();
  await expect(page.getByRole("heading", { name: "Giai đoạn: Đang thực hiện" })).toBeVisible();
  await page.getByRole("link", { name: "Bảng điểm & quy tắc" }).click();
  await expect(page.getByText(/mỗi thay đổi cấu trúc sẽ tạo phiên bản mới/)).toBeVisible();
  await actionsOf(page, "IV").getByRole("button", { name: "Thêm mục con" }).click();
  await fillCriterion(page, "Thêm mục", {
    code: "IV.3",
    title: "Đơn vị có sản phẩm chuyển đổi số tiêu biểu",
    max: "1",
  });
  await expect(page.getByText("Phiên bản 2 · đang áp dụng")).toBeVisible();
  await expect(row(page, "I.1")).toContainText("43 nhiệm vụ");

  await page.getByRole("link", { name: "Phiên bản 1" }).click();
  await expect(page.getByText("Phiên bản 1 · bản cũ, chỉ xem")).toBeVisible();
  await expect(row(page, "IV.3")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Sửa" })).toHaveCount(0);

  await page.getByRole("link", { name: "Phiên bản 2" }).click();
  await actionsOf(page, "IV.3").getByRole("button", { name: "Xóa" }).click();
  await page.getByRole("button", { name: "Xóa mục" }).click();
  await expect(page.getByText("Phiên bản 3 · đang áp dụng")).toBeVisible();
  await expect(row(page, "IV.3")).toHaveCount(0);

  // Scoring again, as the specs after this one expect.
  const stage = await openStagePanel(page);
  await stage.getByText("Bắt đầu chấm điểm…").click();
  await stage.getByRole("button", { name: "Bắt đầu chấm điểm" }).click();
  await expect(page.getByRole("heading", { name: "Giai đoạn: Đang chấm điểm" })).toBeVisible();
});

test("an agency leader sees the table and rules read-only", async ({ page }) => {
  await openScoreTable(page, "lanhdao.tnmt", KTKT);
  await expect(row(page, "II.1")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sửa" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Lưu quy tắc" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Phân định khi bằng điểm" })).toBeVisible();
});
