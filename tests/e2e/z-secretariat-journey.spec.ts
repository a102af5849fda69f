import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { formatPoints } from "../../src/domain/format";
import { fillTaskTemplate, fixTaskCell, workbookBuffer, XLSX_MIME } from "../fixtures/task-template";
import type { SheetRow } from "../fixtures/task-workbook";
import { enterMissingFinalScores, giveOverrideReasons } from "./publish-checklist";
import { signIn } from "./sign-in";

// The whole year, end to end, as the bloc secretariat does it. It publishes KTKT 2024, which the
// other specs write to and expect unpublished: the "z-" prefix keeps it the last file of a run.
const KTKT = "Khối thi đua các cơ quan kinh tế – kỹ thuật";
// Công Thương has no 2024 score yet in the demo: a final score adds to its total exactly what is typed.
const SCORED = { unit: "Sở Công Thương", code: "II.1" };
const PUBLISHED_REFUSAL = "Kết quả năm này đã công bố nên không thể sửa. Hãy tạo bản đính chính nếu cần.";
const OVERRIDE_REASON =
  "Hội nghị khối ngày 10/01/2025 thống nhất công bố; các việc còn dở chuyển sang năm 2025.";
// Ranking pages and the publication compute the engine's result on request: seconds on a busy machine.
const PAGE_READY = { timeout: 30_000 };

const GOOD: SheetRow[] = [
  [
    "Xây dựng cơ sở dữ liệu đổi mới sáng tạo tỉnh Yên Bái",
    "KH&CN",
    "188-CTr/TU",
    2,
    new Date(Date.UTC(2024, 9, 31)),
  ],
  [
    "Hoàn thiện mạng lưới trạm quan trắc môi trường tự động",
    "Sở Tài nguyên và Môi trường",
    null,
    1,
    "15/11/2024",
  ],
];
const BAD_OWNER = "Sở Logistics";
const BAD: SheetRow = [
  "Đề án phát triển dịch vụ logistics gắn với các khu công nghiệp",
  BAD_OWNER,
  null,
  1,
  "20/12/2024",
];
const FIXED_OWNER = "Ban Quản lý các khu công nghiệp";

const tabs = (page: Page) => page.getByRole("navigation", { name: "Các mục của năm thi đua" });
async function openTab(page: Page, name: string) {
  await tabs(page).getByRole("link", { name, exact: true }).click();
  await expect(tabs(page).getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
}

/** Signs in, opens KTKT 2024 from the blocs page and returns its path (/khoi/<blocId>/2024). */
async function openYear(page: Page): Promise<string> {
  await signIn(page, "thuky.ktkt");
  await page
    .getByRole("listitem")
    .filter({ hasText: KTKT })
    .getByRole("link", { name: /Năm 2024/ })
    .click();
  await expect(page.getByRole("heading", { name: KTKT, level: 1 })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function openFinalScores(page: Page) {
  await openTab(page, "Chấm điểm");
  await page
    .getByRole("navigation", { name: "Giai đoạn chấm" })
    .getByRole("link", { name: "Chấm cuối" })
    .click();
  await expect(page.getByRole("heading", { name: /Bảng chấm cuối/ })).toBeVisible(PAGE_READY);
}

const scoreCell = (page: Page) =>
  page.getByRole("textbox", { name: `${SCORED.unit}, tiêu chí ${SCORED.code}` });
const rowOf = (scope: Page | Locator, page: Page, unit: string) =>
  scope.getByRole("row").filter({ has: page.getByRole("rowheader", { name: unit }) });
/** The grid's "Tổng điểm" column: second to last (after it only "Hạng"). */
const gridTotal = (page: Page, unit: string) => rowOf(page, page, unit).getByRole("cell").nth(-2);
/** "1.234,50" → 123450 centipoints. */
const centipoints = (text: string) =>
  Math.round(Number(text.trim().replace(/\./g, "").replace(",", ".")) * 100);

test("the secretariat takes KTKT 2024 from tasks to a published ranking", async ({ page, browser }) => {
  test.setTimeout(420_000); // some sixty round trips, two signed-in windows and a publication, on a shared 2-core machine

  const yearPath = await openYear(page);
  let tasksBefore = 0;
  let totalBefore = 0;
  let totalAfter = "";

  await test.step("Nhiệm vụ: a template filled with one bad row is refused by row and cell; nothing is saved", async () => {
    await openTab(page, "Nhiệm vụ");
    const heading = page.getByRole("heading", { name: /^Nhiệm vụ được giao \(\d+\)$/ });
    await expect(heading).toBeVisible();
    tasksBefore = Number((await heading.innerText()).match(/\((\d+)\)/)?.[1]);
    expect(tasksBefore).toBeGreaterThan(0);

    await page.getByRole("link", { name: "Nhập từ Excel" }).click();
    await expect(page.getByRole("heading", { name: "Nhập nhiệm vụ từ Excel" })).toBeVisible();
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "tệp mẫu năm 2024" }).click();
    const template = await (await downloading).path();
    const workbook = await fillTaskTemplate(template, [...GOOD, BAD]);

    await page.getByLabel(/Tệp Excel/).setInputFiles({
      name: "nhiem-vu-ktkt-2024.xlsx",
      mimeType: XLSX_MIME,
      buffer: await workbookBuffer(workbook),
    });
    await page.getByRole("button", { name: "Kiểm tra và nhập" }).click();
    await expect(
      page.getByRole("heading", {
        name: "Tệp nhiem-vu-ktkt-2024.xlsx có 1 lỗi ở 1 dòng. Chưa có nhiệm vụ nào được lưu.",
      }),
    ).toBeVisible();
    const problems = page.getByRole("table").getByRole("row");
    await expect(problems).toHaveCount(2);
    await expect(problems.nth(1).getByRole("cell")).toHaveText([
      "4",
      "Đơn vị chủ trì (tên hoặc tên viết tắt)",
      `"${BAD_OWNER}" không phải đơn vị thành viên của khối năm 2024.`,
    ]);

    // Nothing of the file was saved, not even its good rows.
    await page.getByRole("link", { name: "← Danh sách nhiệm vụ" }).click();
    await expect(page.getByRole("heading", { name: `Nhiệm vụ được giao (${tasksBefore})` })).toBeVisible();
    await expect(page.getByRole("link", { name: GOOD[0]![0] as string })).toHaveCount(0);

    await test.step("the fixed file imports all three rows", async () => {
      fixTaskCell(workbook, 4, "owner", FIXED_OWNER);
      await page.getByRole("link", { name: "Nhập từ Excel" }).click();
      await page.getByLabel(/Tệp Excel/).setInputFiles({
        name: "nhiem-vu-ktkt-2024.xlsx",
        mimeType: XLSX_MIME,
        buffer: await workbookBuffer(workbook),
      });
      await page.getByRole("button", { name: "Kiểm tra và nhập" }).click();
      await expect(
        page.getByText(
          `Đã nhập 3 nhiệm vụ (số ${tasksBefore + 1}–${tasksBefore + 3}) từ tệp nhiem-vu-ktkt-2024.xlsx.`,
        ),
      ).toBeVisible();
      await page.getByRole("link", { name: "Xem danh sách nhiệm vụ" }).click();
      await expect(
        page.getByRole("heading", { name: `Nhiệm vụ được giao (${tasksBefore + 3})` }),
      ).toBeVisible();
      await expect(rowOf(page, page, GOOD[0]![0] as string)).toContainText("Sở Khoa học và Công nghệ");
      await expect(rowOf(page, page, GOOD[1]![0] as string)).toContainText("Sở Tài nguyên và Môi trường");
      await expect(rowOf(page, page, BAD[0] as string)).toContainText(FIXED_OWNER);
    });
  });

  await test.step("Nhiệm vụ: records one imported task as done", async () => {
    await page.getByRole("link", { name: GOOD[0]![0] as string }).click();
    await expect(page.getByRole("heading", { name: `Nhiệm vụ số ${tasksBefore + 1}` })).toBeVisible();
    await page.getByLabel("Trạng thái").selectOption({ label: "Hoàn thành" });
    await page.getByLabel("Ngày hoàn thành").fill("25/10/2024");
    await page.getByLabel("Ghi chú minh chứng").fill("Báo cáo số 112/BC-SKHCN");
    await page.getByRole("button", { name: "Lưu tiến độ" }).click();
    await expect(page.getByText("Đã cập nhật tiến độ.")).toBeVisible();
    await expect(page.getByText("25/10/2024 · 100,00%")).toBeVisible();
    await page.getByRole("link", { name: "← Danh sách nhiệm vụ" }).click();
    await expect(rowOf(page, page, GOOD[0]![0] as string)).toContainText("Hoàn thành");
  });

  await test.step("Chấm điểm: the final scores still missing are entered, so no criterion would be published at 0", async () => {
    await openFinalScores(page);
    await enterMissingFinalScores(page, { keepEmpty: `${SCORED.unit}, tiêu chí ${SCORED.code}` }); // left for the conflict below
  });

  // A second window, signed in as the same secretariat, keeps the final-score grid open meanwhile.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();

  await test.step("Chấm điểm: two windows type into the same final-score cell; the second sees both values and keeps its own", async () => {
    await openYear(other);
    await openFinalScores(other);
    await expect(scoreCell(other)).toHaveValue("");

    await openFinalScores(page);
    totalBefore = centipoints(await gridTotal(page, SCORED.unit).innerText());
    // The other window is typing when this one saves: what it typed stays until its own save.
    const theirs = scoreCell(other);
    await theirs.fill("6,75");
    const mine = scoreCell(page);
    await mine.fill("7,25");
    await mine.press("Enter");
    await expect(mine).toHaveAccessibleDescription("Đã lưu");
    await expect(mine).toHaveValue("7,25");

    await theirs.press("Enter");
    await expect(theirs).toHaveAccessibleDescription(/^Xung đột: Ô điểm này vừa được người khác thay đổi/);
    await theirs.focus();
    const panel = other.getByRole("complementary", { name: "Chi tiết ô điểm" });
    await expect(panel.getByRole("alert")).toContainText("Ô điểm này vừa được người khác thay đổi.");
    await expect(other.getByTestId("conflict-mine")).toHaveText("6,75");
    await expect(other.getByTestId("conflict-theirs")).toHaveText("7,25");
    await expect(panel.getByRole("alert")).toContainText(/Nhập bởi Trần Văn Bình/);
    await expect(theirs).toHaveValue("6,75"); // the typed value is still in the cell

    await panel.getByRole("button", { name: "Giữ giá trị của tôi" }).click();
    await expect(theirs).toHaveAccessibleDescription("Đã lưu");
    await expect(panel.getByRole("alert")).toHaveCount(0);

    // The first window hears of the kept value as it is saved, and still shows it read again.
    totalAfter = formatPoints(totalBefore + 675);
    await expect(scoreCell(page)).toHaveValue("6,75");
    await expect(gridTotal(page, SCORED.unit)).toHaveText(totalAfter);
    await page.reload();
    await expect(scoreCell(page)).toHaveValue("6,75");
    await expect(gridTotal(page, SCORED.unit)).toHaveText(totalAfter);

    // From here the second window hears of nothing (a proxy that drops event streams): it keeps
    // showing the editable grid, for the last step.
    await other.route("**/api/su-kien/**", (route) => route.abort());
    await other.reload();
    await expect(scoreCell(other)).toHaveValue("6,75");
  });

  await test.step("Xếp hạng: the provisional ranking counts the kept score", async () => {
    await openTab(page, "Xếp hạng");
    await expect(page.getByRole("heading", { name: "Bảng xếp hạng năm 2024" })).toBeVisible(PAGE_READY);
    await expect(page.getByText("Kết quả tạm tính", { exact: true })).toBeVisible();
    await expect(page.getByText(/^8 đơn vị được xếp hạng/)).toBeVisible();
    // After the unit: sections, bonus, deductions, then "Tổng điểm", "% tối đa", "Xếp loại", "Ứng viên".
    await expect(rowOf(page.getByRole("table"), page, SCORED.unit).getByRole("cell").nth(-4)).toHaveText(
      totalAfter,
    );
  });

  await test.step("Tổng quan: the bloc adopts the scores, the year moves on to wait for publication", async () => {
    // A third window keeps the final-score grid open: it follows the year into the next stage.
    const watcherContext = await browser.newContext();
    const watcher = await watcherContext.newPage();
    await openYear(watcher);
    await openFinalScores(watcher);
    await expect(scoreCell(watcher)).toHaveValue("6,75");

    await openTab(page, "Công bố");
    await expect(page.getByText("Giai đoạn: Đang chấm điểm.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Công bố kết quả" })).toHaveCount(0);
    await page.getByRole("link", { name: "Tổng quan của năm" }).click();
    const panel = page.getByRole("region", { name: "Giai đoạn: Đang chấm điểm" });
    await expect(panel.getByRole("listitem").filter({ hasText: "Nhập điểm" })).toBeVisible();
    await panel.getByText("Thông qua kết quả chấm, chờ công bố…").click();
    await expect(panel.getByRole("link", { name: "mục Công bố" })).toBeVisible();
    await panel.getByRole("button", { name: "Thông qua kết quả chấm, chờ công bố" }).click();
    const review = page.getByRole("region", { name: "Giai đoạn: Chờ công bố" });
    await expect(review.getByRole("listitem").filter({ hasText: "Nhập điểm" })).toHaveCount(0);
    await expect(review.getByRole("link", { name: "Công bố kết quả" })).toBeVisible();
    // Scores are no longer entered: the open grid reads itself again and offers no input.
    await expect(watcher.getByRole("textbox", { name: /, tiêu chí / })).toHaveCount(0);
    await expect(gridTotal(watcher, SCORED.unit)).toHaveText(totalAfter);
    await watcherContext.close();
  });

  await test.step("Bỏ phiếu kín: eight delegates vote on phones; the screen counts 8/8 live; closing shows and stores the tally", async () => {
    await runPhonesBallot(page, browser, yearPath);
  });

  await test.step("Công bố: publishing freezes snapshot 1 and the ranking shows as published", async () => {
    await openTab(page, "Công bố");
    await expect(page.getByRole("heading", { name: "Các bản đã công bố (0)" })).toBeVisible();
    const checklist = page.getByRole("region", { name: "Kiểm tra trước khi công bố" });
    await expect(
      checklist.getByText("Mọi đơn vị được xếp hạng đều có điểm chấm cuối ở mọi tiêu chí chấm trực tiếp."),
    ).toBeVisible();
    await expect(checklist.getByText(/nhiệm vụ đã quá hạn mà chưa kết thúc: số \d+/)).toBeVisible();
    // Every item still open needs its reason; the tasks past their deadline are one of them.
    await expect(page.getByLabel("Lý do vẫn công bố (nhiệm vụ quá hạn chưa kết thúc)")).toBeVisible();
    await giveOverrideReasons(page, OVERRIDE_REASON);
    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Công bố kết quả" }).click();
    await expect(
      page.getByRole("heading", { name: "Bảng tổng hợp điểm, xếp hạng năm 2024 – bản số 1" }),
    ).toBeVisible(PAGE_READY);
    await expect(page.getByRole("heading", { name: "Các bản đã công bố (1)" })).toBeVisible();
    await expect(
      page.getByText("Kết quả năm này đã công bố: mọi dữ liệu chỉ còn xem được.", { exact: false }),
    ).toBeVisible();
    const snapshot = page.getByRole("region", { name: /Bảng tổng hợp điểm, xếp hạng năm 2024/ });
    // Snapshot rows: "Hạng", unit (row header), "Tổng điểm", "Tỷ lệ", "Xếp loại".
    await expect(rowOf(snapshot, page, SCORED.unit).getByRole("cell").nth(1)).toHaveText(totalAfter);
    await expect(
      page
        .getByRole("region", { name: /Các bản đã công bố/ })
        .getByRole("row")
        .nth(1),
    ).toContainText("Nội dung khớp mã băm");

    await page.goto(`${yearPath}/bien-ban`);
    const overrides = page.getByRole("region", { name: "Các điểm còn tồn tại khi công bố kết quả" });
    await expect(overrides.getByRole("listitem").filter({ hasText: /nhiệm vụ đã quá hạn/ })).toContainText(
      `Lý do vẫn công bố: ${OVERRIDE_REASON}`,
    );

    await openTab(page, "Xếp hạng");
    await expect(page.getByText(/^Kết quả đã công bố — bản số 1, công bố ngày/)).toBeVisible(PAGE_READY);
    await expect(page.getByText("Kết quả tạm tính", { exact: true })).toHaveCount(0);
    await expect(rowOf(page.getByRole("table"), page, SCORED.unit).getByRole("cell").nth(-4)).toHaveText(
      totalAfter,
    );
  });

  await test.step("after publication every write is refused or read-only, with the reason in Vietnamese", async () => {
    // The window still showing the editable grid: its save is refused, the typed value stays.
    const stale = scoreCell(other);
    await stale.fill("8");
    await stale.press("Enter");
    await expect(stale).toHaveAccessibleDescription(`Lỗi: ${PUBLISHED_REFUSAL}`);
    await stale.focus();
    await expect(other.getByRole("complementary", { name: "Chi tiết ô điểm" }).getByRole("alert")).toHaveText(
      PUBLISHED_REFUSAL,
    );
    await expect(stale).toHaveValue("8");
    await otherContext.close();

    // Pages opened now offer no input at all.
    await openFinalScores(page);
    await expect(page.getByRole("textbox", { name: /, tiêu chí / })).toHaveCount(0);
    await expect(gridTotal(page, SCORED.unit)).toHaveText(totalAfter);
    await openTab(page, "Nhiệm vụ");
    await expect(
      page.getByRole("heading", { name: `Nhiệm vụ được giao (${tasksBefore + 3})` }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Nhập từ Excel" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Thêm nhiệm vụ" })).toHaveCount(0);
    await page.goto(`${yearPath}/nhiem-vu/nhap-excel`);
    await expect(
      page.getByText("Kết quả năm này đã công bố nên không thể thêm hay nhập nhiệm vụ."),
    ).toBeVisible();
    await page.goto(`${yearPath}/nhiem-vu/${tasksBefore + 1}`);
    await expect(page.getByRole("heading", { name: `Nhiệm vụ số ${tasksBefore + 1}` })).toBeVisible();
    await expect(
      page.getByText("Kết quả năm này đã công bố: mọi dữ liệu chỉ còn xem được.", { exact: false }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Lưu tiến độ" })).toHaveCount(0);
  });

  await test.step("Nhật ký: the score change reads old → new, both values kept", async () => {
    await openTab(page, "Nhật ký");
    await expect(
      page.getByRole("row", { name: /Công bố: Trạng thái.*Chờ công bố → Đã công bố/ }),
    ).toBeVisible();
    await expect(
      page.getByRole("row", {
        name: /Trần Văn Bình.*Chuyển giai đoạn: Trạng thái.*Đang chấm điểm → Chờ công bố/,
      }),
    ).toBeVisible();
    await page.getByLabel("Đối tượng").selectOption({ label: "Điểm" });
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/entity=ScoreLine/);
    // Newest first, and no score changed after the conflict: the kept value over the first, then the first.
    const events = page.getByRole("table").getByRole("row");
    // Each row names its cell: criterion, stage, unit.
    await expect(events.nth(1)).toHaveAccessibleName(
      /Trần Văn Bình.*II\.1 · Chấm cuối · Sở Công Thương.*Sửa: Điểm.*7,25 điểm → 6,75 điểm/,
    );
    await expect(events.nth(2)).toHaveAccessibleName(
      /Trần Văn Bình.*II\.1 · Chấm cuối · Sở Công Thương.*Thêm: Điểm.*— → 7,25 điểm/,
    );
  });
});

/**
 * Issue 14's ballot as the meeting runs it: the secretariat opens it on one candidate, prints the
 * codes; the hall's screen shows the QR code and how many have voted; eight delegates each open
 * their code's page on a phone and vote (six agree, two disagree); a spent code is refused;
 * closing counts, the screen shows the result and the awards tab the stored tally.
 */
async function runPhonesBallot(page: Page, browser: Browser, yearPath: string) {
  await openTab(page, "Bỏ phiếu & đề nghị");
  const section = page.getByRole("region", { name: "Bỏ phiếu kín trên điện thoại" });
  // One candidate, whatever the engine suggested: each phone then has one choice to make.
  for (const box of await section.getByRole("checkbox").all()) await box.uncheck();
  const candidate = section.getByRole("checkbox").first();
  const candidateName = (await candidate.locator("xpath=..").innerText()).trim();
  await candidate.check();
  await section.getByRole("button", { name: "Mở bỏ phiếu kín" }).click();
  await expect(section.getByRole("status").filter({ hasText: "0/8 đơn vị đã bỏ phiếu" })).toBeVisible(
    PAGE_READY,
  );

  await section.getByRole("link", { name: "Danh sách mã bỏ phiếu (để in)" }).click();
  const codeCells = page.getByRole("table").getByRole("row").locator("td.font-mono");
  await expect(codeCells).toHaveCount(8);
  const codes = (await codeCells.allInnerTexts()).map((code) => code.trim());
  await expect(page.getByRole("img", { name: /^Mã QR bỏ phiếu của / })).toHaveCount(8);

  const screen = await page.context().newPage();
  await screen.goto(yearPath.replace(/^\/khoi\//, "/hoi-nghi/"));
  await expect(screen.getByRole("heading", { name: "Bỏ phiếu kín" })).toBeVisible(PAGE_READY);
  await expect(screen.getByRole("img", { name: /Mã QR mở trang bỏ phiếu .*\/bo-phieu/ })).toBeVisible();
  await expect(screen.getByText("0/8 đơn vị đã bỏ phiếu")).toBeVisible();

  for (const [index, code] of codes.entries()) {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const delegate = await phone.newPage();
    await delegate.goto("/bo-phieu");
    await delegate.getByLabel("Mã bỏ phiếu của đơn vị").fill(code);
    await delegate.getByRole("button", { name: "Mở phiếu" }).click();
    await expect(delegate.getByRole("heading", { name: "Phiếu bầu" })).toBeVisible();
    await delegate.getByRole("radio", { name: index < 6 ? "Đồng ý" : "Không đồng ý", exact: true }).check();
    await delegate.getByRole("button", { name: "Gửi phiếu" }).click();
    await expect(delegate.getByText("Phiếu của đơn vị đã được ghi nhận. Cảm ơn!")).toBeVisible();
    if (index === 0) {
      // The same code again, on the same phone: refused, nothing counted twice.
      await delegate.goto(`/bo-phieu/${code.replace("-", "")}`);
      await expect(
        delegate.getByText("Mã này đã được dùng để bỏ phiếu; mỗi mã chỉ bỏ phiếu một lần."),
      ).toBeVisible();
    }
    await phone.close();
  }
  // Live: the screen follows without a reload; no result is shown while the ballot is open.
  await expect(screen.getByText("8/8 đơn vị đã bỏ phiếu")).toBeVisible({ timeout: 10_000 });
  await expect(screen.getByText("Đạt", { exact: true })).toHaveCount(0);

  await page.goto(`${yearPath}/khen-thuong`);
  page.once("dialog", (dialog) => void dialog.accept());
  await section.getByRole("button", { name: "Kết thúc và kiểm phiếu" }).click();
  await expect(section.getByText("Kết quả kiểm phiếu: 8/8 đơn vị bỏ phiếu.")).toBeVisible(PAGE_READY);
  const result = section.getByRole("row").filter({ hasText: candidateName });
  await expect(result.getByRole("cell")).toHaveText(["6", "2", "0", /^(Đạt|Không đạt|Không xét ngưỡng)$/]);

  // The count is the year's ballot record: the typed tallies show it without a reload.
  const typed = page.getByRole("form", { name: new RegExp(` – ${candidateName}$`) }).first();
  await expect(typed.getByLabel(/Số phiếu đồng ý/)).toHaveValue("6");
  await expect(typed.getByLabel(/Số đại biểu có mặt/)).toHaveValue("8");

  await expect(screen.getByRole("heading", { name: "Kết quả bỏ phiếu kín" })).toBeVisible({
    timeout: 10_000,
  });
  await expect(screen.getByRole("row").filter({ hasText: candidateName }).getByRole("cell")).toHaveText([
    "6",
    "2",
    "0",
    /^(Đạt|Không đạt|Không xét ngưỡng)$/,
  ]);
  await screen.close();
}
