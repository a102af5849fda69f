import ExcelJS from "exceljs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { largeTaskWorkbook, taskWorkbook, type SheetRow } from "../fixtures/task-workbook";
import { zipBomb } from "../fixtures/zip-bomb";
import { signIn } from "./sign-in";

// Writes go to the culture bloc (VHXH 2024, no seeded tasks) so the economic bloc's scores stay as other specs expect.
const VHXH = "Khối thi đua các cơ quan văn hóa – xã hội";
const KTKT = "Khối thi đua các cơ quan kinh tế – kỹ thuật";

test.describe.configure({ timeout: 90_000 });

async function openTasks(page: Page, username: string, bloc: string) {
  await signIn(page, username);
  await page
    .getByRole("listitem")
    .filter({ hasText: bloc })
    .getByRole("link", { name: /Năm 2024/ })
    .click();
  await expect(page).toHaveURL(/\/2024$/);
  await page
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: "Nhiệm vụ", exact: true })
    .click();
  await expect(page.getByRole("heading", { name: /Nhiệm vụ được giao/ })).toBeVisible();
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test("the secretariat filters the 43 tasks by status; the filtered view is a URL", async ({ page }) => {
  await openTasks(page, "thuky.ktkt", KTKT);
  await expect(page.getByRole("heading", { name: "Nhiệm vụ được giao (43)" })).toBeVisible();
  await page.getByLabel("Trạng thái", { exact: true }).selectOption({ label: "Hoàn thành một phần" });
  await page.getByLabel("Đơn vị chủ trì").selectOption({ label: "Sở Tài nguyên và Môi trường" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/trang-thai=PARTIAL/);
  await expect(page.getByText("Đang hiển thị 1 trên 43 nhiệm vụ.")).toBeVisible();
  await expect(page.getByRole("rowheader")).toHaveText(
    "Tổ chức đấu giá quyền sử dụng đất, tăng thu ngân sách từ đất đai",
  );
  await page.reload();
  await expect(page.getByText("Đang hiển thị 1 trên 43 nhiệm vụ.")).toBeVisible();

  await page.getByRole("link", { name: "Nhiệm vụ chậm tiến độ" }).click();
  await expect(page.getByRole("heading", { name: "Nhiệm vụ chậm tiến độ" })).toBeVisible();
  await expect(page.getByText("Tính đến ngày 31/12/2024")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Sở Nông nghiệp và Phát triển nông thôn/ })).toBeVisible();
});

test("imports an .xlsx: a bad row is shown by row and cell, nothing saved; the fixed file imports", async ({
  page,
}) => {
  await openTasks(page, "thuky.vhxh", VHXH);
  await expect(page.getByText("Chưa có nhiệm vụ nào được giao cho năm này.")).toBeVisible();
  await page.getByRole("link", { name: "Nhập từ Excel" }).click();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "tệp mẫu năm 2024" }).click();
  const template = new ExcelJS.Workbook();
  await template.xlsx.readFile(await (await download).path());
  expect(template.worksheets.map((sheet) => sheet.name)).toEqual(["Nhiệm vụ", "Danh mục"]);
  expect(template.getWorksheet("Danh mục")?.getCell("A2").value).toBe("Sở Giáo dục và Đào tạo");

  const good: SheetRow[] = [
    ["Tổ chức Ngày hội văn hóa các dân tộc tỉnh Yên Bái", "VH,TT&DL", "188-CTr/TU", 2, "30/09/2024"],
    [
      "Nâng tỷ lệ trường đạt chuẩn quốc gia",
      "Sở Giáo dục và Đào tạo",
      null,
      1,
      new Date(Date.UTC(2024, 11, 15)),
    ],
  ];
  const bad: SheetRow = ["Triển khai tiêm chủng mở rộng", "Sở Y tế", null, "hai", "31/11/2024"];
  const upload = async (rows: SheetRow[]) => {
    await page.getByLabel(/Tệp Excel/).setInputFiles({
      name: "nhiem-vu-vhxh.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await taskWorkbook(rows),
    });
    await page.getByRole("button", { name: "Kiểm tra và nhập" }).click();
  };
  await upload([...good, bad]);
  await expect(
    page.getByRole("heading", {
      name: "Tệp nhiem-vu-vhxh.xlsx có 2 lỗi ở 1 dòng. Chưa có nhiệm vụ nào được lưu.",
    }),
  ).toBeVisible();
  const problems = page.getByRole("table");
  await expect(problems.getByRole("row").filter({ hasText: "Trọng số" })).toContainText(
    '4Trọng sốTrọng số "hai" không phải số nguyên dương.',
  );
  await expect(problems.getByRole("row").filter({ hasText: "Hạn hoàn thành" })).toContainText(
    "Ngày 31/11/2024 không tồn tại.",
  );

  await upload([...good, ["Triển khai tiêm chủng mở rộng", "Sở Y tế", null, 2, "30/11/2024"]]);
  await expect(page.getByText("Đã nhập 3 nhiệm vụ (số 1–3) từ tệp nhiem-vu-vhxh.xlsx.")).toBeVisible();
  await page.getByRole("link", { name: "Xem danh sách nhiệm vụ" }).click();
  await expect(page.getByRole("heading", { name: "Nhiệm vụ được giao (3)" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Triển khai tiêm chủng mở rộng" })).toContainText(
    "Sở Y tế",
  );
});

const REFUSED_FILES: [name: string, file: () => Promise<Buffer>, message: string][] = [
  [
    "a file that is not a workbook",
    async () => Buffer.from("không phải excel"),
    "không đọc được như một bảng tính .xlsx",
  ],
  ["a zip bomb", async () => zipBomb({ megabytes: 420, honest: true }), "giải nén ra quá lớn"],
  ["a sheet of 100,000 rows", () => largeTaskWorkbook(100_000), "mỗi lần nhập tối đa 5.000 nhiệm vụ"],
];

for (const [name, file, message] of REFUSED_FILES) {
  test(`${name} is refused with a clear message`, async ({ page }) => {
    await openTasks(page, "thuky.vhxh", VHXH);
    await page.getByRole("link", { name: "Nhập từ Excel" }).click();
    await page.getByLabel(/Tệp Excel/).setInputFiles({
      name: "danh-sach.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await file(),
    });
    await page.getByRole("button", { name: "Kiểm tra và nhập" }).click();
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
  });
}

test("the secretariat creates a task, then records partial completion with evidence", async ({ page }) => {
  await openTasks(page, "thuky.vhxh", VHXH);
  await page.getByRole("link", { name: "Thêm nhiệm vụ" }).click();
  await page.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
  await expect(page.getByText("Vui lòng nhập nội dung nhiệm vụ.")).toBeVisible();
  await page.getByLabel("Nội dung nhiệm vụ").fill("Số hóa di sản văn hóa phi vật thể");
  await page.getByLabel("Đơn vị chủ trì").selectOption({ label: "Sở Văn hóa, Thể thao và Du lịch" });
  await page.getByLabel("Trọng số").fill("2");
  await page.getByLabel("Hạn hoàn thành").fill("31/10/2024");
  await page.getByLabel("Văn bản đã có").check();
  await page.getByLabel("Chọn văn bản").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
  await expect(page.getByText(/Đã thêm nhiệm vụ số \d+\./)).toBeVisible();
  await expect(page.getByRole("heading", { name: /Nhiệm vụ số/ })).toBeVisible();

  await page.getByLabel("Trạng thái").selectOption({ label: "Hoàn thành một phần" });
  await page.getByLabel("Ngày hoàn thành").fill("05/11/2024");
  await page.getByLabel("Tỷ lệ hoàn thành (%)").fill("37,5");
  await page.getByLabel("Đường dẫn minh chứng").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Lưu tiến độ" }).click();
  await expect(page.getByText("Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://.")).toBeVisible();
  await expect(page.getByLabel("Tỷ lệ hoàn thành (%)")).toHaveValue("37,5");
  await page.getByLabel("Đường dẫn minh chứng").fill("https://vhttdl.yenbai.gov.vn/bao-cao-so-hoa");
  await page.getByRole("button", { name: "Lưu tiến độ" }).click();
  await expect(page.getByText("Đã cập nhật tiến độ.")).toBeVisible();
  await expect(page.getByText("05/11/2024 · 37,50%")).toBeVisible();
});

test("two people update the same task: the second sees both values and keeps their input", async ({
  browser,
}) => {
  const [first, second] = [await newPage(browser), await newPage(browser)];
  for (const page of [first, second]) {
    await openTasks(page, "thuky.vhxh", VHXH);
    await page.getByRole("link", { name: "Nâng tỷ lệ trường đạt chuẩn quốc gia" }).click();
    await expect(page.getByRole("button", { name: "Lưu tiến độ" })).toBeVisible();
  }
  await first.getByLabel("Ghi chú minh chứng").fill("Báo cáo của Sở GD&ĐT");
  await first.getByRole("button", { name: "Lưu tiến độ" }).click();
  await expect(first.getByText("Đã cập nhật tiến độ.")).toBeVisible();

  await second.getByLabel("Ghi chú minh chứng").fill("Biên bản kiểm tra");
  await second.getByRole("button", { name: "Lưu tiến độ" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "vừa được người khác cập nhật" })).toContainText(
    "Nội dung bạn nhập vẫn được giữ nguyên",
  );
  await expect(second.getByText("Giá trị vừa được lưu bởi người khác: Báo cáo của Sở GD&ĐT")).toBeVisible();
  await expect(second.getByLabel("Ghi chú minh chứng")).toHaveValue("Biên bản kiểm tra");
  await second.getByRole("button", { name: "Lưu tiến độ" }).click();
  await expect(second.getByText("Đã cập nhật tiến độ.")).toBeVisible();
});

test("an agency leader updates evidence on their own unit's task only", async ({ page }) => {
  await openTasks(page, "lanhdao.tnmt", KTKT);
  await expect(page.getByRole("link", { name: "Thêm nhiệm vụ" })).toHaveCount(0);
  await page
    .getByRole("link", { name: "Hoàn thành thẩm định kế hoạch sử dụng đất năm 2024 cấp huyện" })
    .click();
  await expect(page.getByRole("heading", { name: "Nhiệm vụ số 6" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sửa thông tin nhiệm vụ" })).toHaveCount(0);
  await page.getByLabel("Ghi chú minh chứng").fill("Quyết định phê duyệt kế hoạch sử dụng đất");
  await page.getByRole("button", { name: "Lưu tiến độ" }).click();
  await expect(page.getByText("Đã cập nhật tiến độ.")).toBeVisible();

  await page.getByRole("link", { name: "← Danh sách nhiệm vụ" }).click();
  await page.getByRole("link", { name: /Tăng cường kiểm tra đo lường/ }).click();
  await expect(page.getByRole("heading", { name: "Nhiệm vụ số 5" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu tiến độ" })).toHaveCount(0);
});

test("the progress table: keyboard entry, two rows saved on their own, a conflict from another session kept", async ({
  browser,
}) => {
  // Alice's browser is English: the date cell still takes and shows dd/mm/yyyy.
  const alice = await (await browser.newContext({ locale: "en-US" })).newPage();
  const bob = await newPage(browser);
  for (const page of [alice, bob]) {
    await openTasks(page, "thuky.vhxh", VHXH);
    await page.getByRole("link", { name: "Cập nhật tiến độ nhiều nhiệm vụ" }).click();
    await expect(page.getByRole("heading", { name: "Cập nhật tiến độ nhiều nhiệm vụ" })).toBeVisible();
  }
  const row = (page: Page, number: number) => page.getByTestId(`progress-row-${number}`);

  // Task 1 (due 30/09/2024) done late, by keyboard only: the status list takes its first letter
  // and steps with ↑ ↓, → goes to the date, typed digits get their slashes, Enter goes down and saves.
  const status = alice.getByLabel("Trạng thái, nhiệm vụ số 1");
  await status.focus();
  await alice.keyboard.press("h");
  await expect(status).toHaveValue("DONE");
  await alice.keyboard.press("ArrowDown");
  await expect(status).toHaveValue("PARTIAL");
  await alice.keyboard.press("ArrowUp");
  await expect(status).toHaveValue("DONE");
  await alice.keyboard.press("ArrowRight");
  const completedOn = alice.getByLabel("Ngày hoàn thành, nhiệm vụ số 1");
  await expect(completedOn).toBeFocused();
  await expect(completedOn).toHaveAttribute("placeholder", "dd/mm/yyyy");
  await alice.keyboard.type("05102024");
  await expect(completedOn).toHaveValue("05/10/2024");
  await alice.keyboard.press("Enter");
  await expect(alice.getByLabel("Ngày hoàn thành, nhiệm vụ số 2")).toBeFocused();
  await expect(row(alice, 1)).toContainText("Đã lưu");

  // Task 2: Tab twice to its note, type, Enter saves it and lands on task 3's note.
  await alice.keyboard.press("Tab");
  await alice.keyboard.press("Tab");
  await expect(alice.getByLabel("Ghi chú minh chứng, nhiệm vụ số 2")).toBeFocused();
  await alice.keyboard.press("ControlOrMeta+A");
  await alice.keyboard.type("Danh sách trường đạt chuẩn");
  await alice.keyboard.press("Enter");
  await expect(alice.getByLabel("Ghi chú minh chứng, nhiệm vụ số 3")).toBeFocused();
  await expect(row(alice, 2)).toContainText("Đã lưu");

  // Meanwhile Bob, whose table was loaded before, changes task 3.
  await bob.getByLabel("Ghi chú minh chứng, nhiệm vụ số 3").fill("Báo cáo của Bob");
  await bob.keyboard.press("Enter");
  await expect(row(bob, 3)).toContainText("Đã lưu");

  await alice.keyboard.type("Báo cáo của Alice");
  await alice.keyboard.press("Enter");
  const conflict = alice
    .getByRole("alert")
    .filter({ hasText: "Nhiệm vụ số 3 vừa được người khác thay đổi." });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId("conflict-mine")).toContainText("Báo cáo của Alice");
  await expect(conflict.getByTestId("conflict-theirs")).toContainText("Báo cáo của Bob");
  await expect(alice.getByLabel("Ghi chú minh chứng, nhiệm vụ số 3")).toHaveValue("Báo cáo của Alice");
  await conflict.getByRole("button", { name: "Giữ giá trị của tôi" }).click();
  await expect(row(alice, 3)).toContainText("Đã lưu");

  // An impossible day is not sent: the cell says why and the row waits, unsaved.
  const secondDate = alice.getByLabel("Ngày hoàn thành, nhiệm vụ số 2");
  const savedSecondDate = await secondDate.inputValue();
  await secondDate.fill("31/02/2024");
  await alice.keyboard.press("Enter");
  await expect(row(alice, 2)).toContainText("Ngày 31/02/2024 không tồn tại.");
  await expect(row(alice, 2)).toContainText("Chưa lưu");
  await alice.keyboard.press("Shift+Enter");
  await alice.keyboard.press("Escape");
  await expect(secondDate).toHaveValue(savedSecondDate);

  await alice.reload();
  await expect(alice.getByLabel("Ngày hoàn thành, nhiệm vụ số 1")).toHaveValue("05/10/2024");

  await alice.getByRole("link", { name: "← Danh sách nhiệm vụ" }).click();
  await expect(
    alice.getByRole("row").filter({ hasText: "Tổ chức Ngày hội văn hóa các dân tộc tỉnh Yên Bái" }),
  ).toContainText("Hoàn thành trễ 5 ngày");
  await alice.getByRole("link", { name: /Triển khai tiêm chủng mở rộng/ }).click();
  // The task page shows the saved note, and its progress form starts from it.
  await expect(alice.getByRole("definition").filter({ hasText: "Báo cáo của Alice" })).toBeVisible();
  await expect(alice.getByLabel("Ghi chú minh chứng")).toHaveValue("Báo cáo của Alice");
});

test("on a 390 px phone the task list reads as cards and the progress table scrolls in its own box", async ({
  browser,
}) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  const pageScrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  await openTasks(page, "thuky.ktkt", KTKT);

  const cards = page.getByRole("list", { name: "Danh sách nhiệm vụ" });
  await expect(page.getByRole("table")).toBeHidden();
  await expect(
    cards
      .getByRole("listitem")
      .filter({ hasText: "Tổ chức đấu giá quyền sử dụng đất, tăng thu ngân sách từ đất đai" }),
  ).toContainText("Hoàn thành một phần");
  expect(await pageScrollWidth()).toBeLessThanOrEqual(390);

  await page.getByRole("link", { name: "Cập nhật tiến độ nhiều nhiệm vụ" }).click();
  await expect(page.getByRole("heading", { name: "Cập nhật tiến độ nhiều nhiệm vụ" })).toBeVisible();
  await expect(page.getByLabel("Trạng thái, nhiệm vụ số 1", { exact: true })).toBeVisible();
  expect(await pageScrollWidth()).toBeLessThanOrEqual(390);
  // Every status list and every date shows its whole value, not "H" or "25/".
  const cutOff = (selector: string) =>
    page
      .locator(selector)
      .evaluateAll((fields) => fields.filter((field) => field.scrollWidth > field.clientWidth).length);
  expect(await cutOff('select[aria-label^="Trạng thái, nhiệm vụ số"]')).toBe(0);
  expect(await cutOff('input[aria-label^="Ngày hoàn thành, nhiệm vụ số"]')).toBe(0);
  // The check above means something only if some dates are filled in (the done tasks').
  const filledDates = await page
    .locator('input[aria-label^="Ngày hoàn thành, nhiệm vụ số"]')
    .evaluateAll((fields) => fields.filter((field) => (field as HTMLInputElement).value !== "").length);
  expect(filledDates).toBeGreaterThan(0);
});
