import ExcelJS from "exceljs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { formatDate, todayInVietnam, yearStart } from "../../src/domain/calendar";
import { createAccount, replaceTemporaryPassword } from "./accounts";
import { E2E_SETUP_TOKEN } from "./setup-token";

// Runs on its own server over an empty database (the "onboarding" project in playwright.config.ts):
// everything below is done through the browser, as a province adopting ThiĐua would.
const ADMIN = { username: "quantri.laocai", password: "Mat-khau-quan-tri-2025" };
const BLOC = "Khối thi đua các cơ quan tổng hợp";
const SECRETARIAT = { username: "thuky.tonghop", displayName: "Lê Văn Thư", newPassword: "Thu-ky-khoi-2025" };
const LEADER = { username: "lanhdao.stc", displayName: "Phạm Thị Hà", newPassword: "Lanh-dao-STC-2025" };

// The whole adoption, three people and a dozen pages, on a shared CI machine.
test.describe.configure({ timeout: 240_000 });

async function addAgency(page: Page, agency: { name: string; shortName: string; validFrom: string }) {
  const form = page.getByRole("region", { name: "Thêm cơ quan, đơn vị" });
  await form.getByLabel("Tên đầy đủ").fill(agency.name);
  await form.getByLabel("Tên viết tắt").fill(agency.shortName);
  await form.getByLabel("Áp dụng từ ngày").fill(agency.validFrom);
  await form.getByRole("button", { name: "Thêm đơn vị" }).click();
}

/** The downloaded template, filled in with `rows`, saved beside it. */
async function fillTemplate(path: string, rows: unknown[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  rows.forEach((row, index) => sheet.addRow([index + 1, ...row]));
  const filled = `${path}-filled-${rows.length}.xlsx`;
  await workbook.xlsx.writeFile(filled);
  return filled;
}

/** A second person's own browser, signed in after replacing the temporary password. */
async function signInFirstTime(
  browser: Browser,
  baseURL: string | undefined,
  account: { username: string; temporary: string; newPassword: string },
): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  await replaceTemporaryPassword(page, account);
  return page;
}

async function openYearTab(page: Page, tab: string) {
  await page.goto("/khoi");
  await page
    .getByRole("listitem")
    .filter({ hasText: BLOC })
    .getByRole("link", { name: /Năm 2025/ })
    .click();
  await expect(page).toHaveURL(/\/2025$/);
  await page
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: tab, exact: true })
    .click();
}

const scoreCell = (page: Page, unit: string, code: string) =>
  page.getByRole("textbox", { name: `${unit}, tiêu chí ${code}` });

test("a province starts from an empty database: administrator, agencies, a bloc, its first year, its people and a score", async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/thiet-lap$/);
  await page.getByLabel("Mã thiết lập").fill("ma-sai");
  await page.getByLabel("Tên tỉnh, thành phố").fill("Lào Cai");
  await page.getByLabel("Mã tỉnh").fill("LC");
  await page.getByLabel("Họ và tên").fill("Nguyễn Thị Quản Trị");
  await page.getByLabel("Tên đăng nhập").fill(ADMIN.username);
  const typePasswords = async () => {
    await page.getByLabel("Mật khẩu", { exact: true }).fill(ADMIN.password);
    await page.getByLabel("Nhập lại mật khẩu").fill(ADMIN.password);
  };
  await typePasswords();
  await page.getByRole("button", { name: "Tạo tài khoản quản trị" }).click();
  // A wrong token is refused; what was typed stays, but for the passwords.
  await expect(page.getByRole("alert").filter({ hasText: "Mã thiết lập không đúng." })).toBeVisible();
  await expect(page.getByLabel("Tên tỉnh, thành phố")).toHaveValue("Lào Cai");
  await expect(page.getByLabel("Tên đăng nhập")).toHaveValue(ADMIN.username);
  await expect(page.getByLabel("Mật khẩu", { exact: true })).toHaveValue("");
  await page.getByLabel("Mã thiết lập").fill(E2E_SETUP_TOKEN);
  await typePasswords();
  await page.getByRole("button", { name: "Tạo tài khoản quản trị" }).click();

  await expect(page).toHaveURL(/\/dang-nhap/);
  await expect(page.getByRole("status")).toContainText("Đã tạo tài khoản quản trị.");
  await page.getByLabel("Tên đăng nhập").fill(ADMIN.username);
  await page.getByLabel("Mật khẩu").fill(ADMIN.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("heading", { name: "Khối thi đua", level: 1 })).toBeVisible();

  // Agencies by hand: an empty list first, a pasted right-to-left override refused.
  await page.getByRole("banner").getByRole("link", { name: "Quản trị" }).click();
  await expect(page.getByRole("heading", { name: "Cơ quan, đơn vị", level: 1 })).toBeVisible();
  await expect(page.getByText("Tỉnh chưa có cơ quan, đơn vị nào.")).toBeVisible();
  // The form proposes 1 January of this year, so this year's first bloc-year can take the agency.
  await expect(
    page.getByRole("region", { name: "Thêm cơ quan, đơn vị" }).getByLabel("Áp dụng từ ngày"),
  ).toHaveValue(formatDate(yearStart(Number(todayInVietnam().slice(0, 4)))));
  await addAgency(page, { name: "Sở Tài \u202echính", shortName: "STC", validFrom: "01/01/2025" });
  await expect(
    page.getByText("Tên đầy đủ có ký tự ẩn (như ký tự đảo chiều chữ) không được phép."),
  ).toBeVisible();
  await addAgency(page, { name: "Sở Tài chính", shortName: "STC", validFrom: "01/01/2025" });
  await expect(page.getByText("Đã thêm “Sở Tài chính”.")).toBeVisible();
  await addAgency(page, { name: "Sở Khoa học và Công nghệ", shortName: "Sở KH&CN", validFrom: "01/01/2025" });
  await expect(page.getByText("Đã thêm “Sở Khoa học và Công nghệ”.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sở Tài chính" })).toBeVisible();

  // Agencies from .xlsx: the template, a file with a bad row (nothing saved), then the corrected file.
  await page.getByRole("link", { name: "Nhập danh sách từ Excel" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "tệp mẫu (.xlsx)" }).click();
  const template = await (await download).path();
  const bad = await fillTemplate(template, [
    ["Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", null, "01/01/2025"],
    ["Văn phòng UBND tỉnh", null, null, "31/02/2025"],
    ["Sở Tài chính", "STC", null, "01/01/2025"],
  ]);
  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles(bad);
  await page.getByRole("button", { name: "Tải lên và nhập" }).click();
  // Every problem in one pass: the cells' own and the name the province already has.
  const problems = page.getByRole("alert").filter({ hasText: "Chưa có đơn vị nào được lưu" });
  await expect(problems).toContainText("Tệp có 3 lỗi.");
  await expect(problems.getByRole("row").filter({ hasText: "Tên viết tắt" })).toContainText("3");
  await expect(problems.getByRole("row").filter({ hasText: "Áp dụng từ ngày" })).toContainText("3");
  await expect(problems.getByRole("row").filter({ hasText: "Tỉnh đã có đơn vị mang tên" })).toContainText(
    "4",
  );
  const good = await fillTemplate(template, [
    ["Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", null, "01/01/2025"],
    ["Văn phòng UBND tỉnh", "VP UBND", "VPUB", new Date(Date.UTC(2025, 0, 1))],
    ["Sở Nội vụ", "SNV", null, "01/01/2025"],
  ]);
  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles(good);
  await page.getByRole("button", { name: "Tải lên và nhập" }).click();
  await expect(page.getByText("Đã nhập 3 đơn vị.")).toBeVisible();
  await page.getByRole("link", { name: "Xem danh sách" }).click();
  await expect(page.getByRole("table").getByRole("link")).toHaveText([
    "Sở Kế hoạch và Đầu tư",
    "Sở Khoa học và Công nghệ",
    "Sở Nội vụ",
    "Sở Tài chính",
    "Văn phòng UBND tỉnh",
  ]);

  // A bloc and its first year.
  await page
    .getByRole("navigation", { name: "Quản trị" })
    .getByRole("link", { name: "Khối thi đua" })
    .click();
  await expect(page.getByText("Tỉnh chưa có khối thi đua nào.")).toBeVisible();
  const create = page.getByRole("region", { name: "Tạo khối thi đua" });
  await create.getByLabel("Tên khối").fill(BLOC);
  await create.getByLabel("Mã khối").fill("TH");
  await create.getByLabel("Ngày thành lập").fill("01/01/2025");
  await create.getByRole("button", { name: "Tạo khối" }).click();
  await expect(page.getByRole("heading", { name: BLOC, level: 1 })).toBeVisible();

  const firstYear = page.getByRole("region", { name: "Tạo năm thi đua đầu tiên" });
  await firstYear.getByLabel("Năm thi đua").fill("2025");
  await firstYear.getByRole("button", { name: "Chọn năm" }).click();
  await expect(firstYear.getByRole("button", { name: "Tạo năm 2025" })).toBeVisible();
  for (const name of ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Nội vụ", "Văn phòng UBND tỉnh"])
    await firstYear.getByRole("group", { name: "Đơn vị thành viên năm 2025" }).getByLabel(name).check();
  await firstYear.getByLabel("Trưởng khối", { exact: true }).selectOption({ label: "Sở Kế hoạch và Đầu tư" });
  await firstYear.getByLabel("Phó trưởng khối thường trực").selectOption({ label: "Sở Tài chính" });
  await firstYear
    .getByRole("group", { name: "Phó trưởng khối", exact: true })
    .getByLabel("Sở Nội vụ")
    .check();
  await firstYear.getByLabel("Ngày bầu").fill("10/01/2025");
  await firstYear.getByLabel(/Bảng điểm mẫu 100 điểm/).check();
  await firstYear.getByRole("button", { name: "Tạo năm 2025" }).click();

  // The existing bloc-year screens take over.
  await expect(page).toHaveURL(/\/khoi\/[^/]+\/2025$/);
  await expect(page.getByRole("heading", { name: BLOC, level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Giai đoạn: Đang chuẩn bị" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Thành viên (4)" })).toBeVisible();
  const rows = page.getByRole("table").first().getByRole("row");
  await expect(rows.filter({ hasText: /Trưởng khối/ }).getByRole("rowheader")).toHaveText(
    "Sở Kế hoạch và Đầu tư",
  );
  await page
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: "Bảng điểm" })
    .click();
  await expect(page.getByText("Thực hiện nhiệm vụ chính trị được giao").first()).toBeVisible();

  // The year moves on and takes its first task like any other.
  await page
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: "Tổng quan" })
    .click();
  // Starting the year is confirmed first, like every stage move.
  await page.getByText("Bắt đầu triển khai…").click();
  await page.getByRole("button", { name: "Bắt đầu triển khai" }).click();
  await expect(page.getByRole("region", { name: "Giai đoạn: Đang thực hiện" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: "Nhiệm vụ", exact: true })
    .click();
  await page.getByRole("link", { name: "Thêm nhiệm vụ" }).click();
  await page.getByLabel("Nội dung nhiệm vụ").fill("Xây dựng kế hoạch chuyển đổi số năm 2025");
  await page.getByLabel("Đơn vị chủ trì").selectOption({ label: "Sở Nội vụ" });
  await page.getByLabel("Trọng số").fill("1");
  await page.getByLabel("Hạn hoàn thành").fill("30/06/2025");
  await page.getByLabel("Không có").check();
  await page.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
  await expect(page.getByText(/Đã thêm nhiệm vụ số \d+\./)).toBeVisible();

  // The bloc's people: a secretariat account for the bloc, a leader account for one member.
  const secretariatPassword = await createAccount(page, { ...SECRETARIAT, kind: "Thư ký khối", scope: BLOC });
  const leaderPassword = await createAccount(page, {
    ...LEADER,
    kind: "Lãnh đạo đơn vị",
    scope: "Sở Tài chính",
  });

  // The secretariat signs in, is made to choose a password, and opens scoring.
  const secretariat = await signInFirstTime(browser, baseURL, {
    ...SECRETARIAT,
    temporary: secretariatPassword,
  });
  await openYearTab(secretariat, "Tổng quan");
  // Scoring fixes the year's set-up: the secretariat is told so before confirming.
  const stage = secretariat.getByRole("region", { name: "Giai đoạn: Đang thực hiện" });
  await stage.getByText("Bắt đầu chấm điểm…").click();
  await expect(stage).toContainText("bảng điểm khóa lại");
  await stage.getByRole("button", { name: "Bắt đầu chấm điểm" }).click();
  await expect(secretariat.getByRole("region", { name: "Giai đoạn: Đang chấm điểm" })).toBeVisible();

  // The leader self-scores their own unit, sees the score kept, and submits the sheet.
  const leader = await signInFirstTime(browser, baseURL, { ...LEADER, temporary: leaderPassword });
  await openYearTab(leader, "Chấm điểm");
  await expect(leader.getByRole("heading", { name: /Bảng tự chấm/ })).toBeVisible();
  await expect(leader.getByRole("textbox", { name: /tiêu chí II\.1$/ })).toHaveCount(1);
  const own = scoreCell(leader, "Sở Tài chính", "II.1");
  await own.fill("7,5");
  await own.press("Enter");
  await expect(own).toHaveAccessibleDescription("Đã lưu");
  await leader.reload();
  await expect(scoreCell(leader, "Sở Tài chính", "II.1")).toHaveValue(/^7,50?$/);
  await leader.getByRole("button", { name: /Nộp phiếu tự chấm/ }).click();
  await expect(leader.getByTestId("sheet-status")).toHaveText("Đã nộp, chờ duyệt");

  // The secretariat approves that sheet and enters a cross-check score.
  await openYearTab(secretariat, "Chấm điểm");
  await secretariat
    .getByRole("navigation", { name: "Giai đoạn chấm" })
    .getByRole("link", { name: "Tự chấm" })
    .click();
  const sheet = secretariat.getByRole("listitem", { name: "Phiếu của Sở Tài chính" });
  await sheet.getByRole("button", { name: "Duyệt phiếu" }).click();
  await expect(sheet.getByTestId("sheet-status")).toHaveText("Đã duyệt");
  await secretariat
    .getByRole("navigation", { name: "Giai đoạn chấm" })
    .getByRole("link", { name: "Kiểm tra chéo" })
    .click();
  await expect(secretariat.getByRole("heading", { name: /Bảng kiểm tra chéo/ })).toBeVisible();
  const crossCheck = scoreCell(secretariat, "Sở Tài chính", "II.1");
  await crossCheck.fill("7");
  await crossCheck.press("Enter");
  await expect(crossCheck).toHaveAccessibleDescription("Đã lưu");

  // The rankings: only Sở Tài chính has scores; the three others are "chưa có điểm", ranked
  // neither above nor among each other, and a unit's own page says so.
  await secretariat
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: "Xếp hạng", exact: true })
    .click();
  const rankingRows = secretariat.getByRole("table").getByRole("row");
  await expect(rankingRows.filter({ hasText: "Sở Tài chính" })).toContainText("1");
  await expect(rankingRows.filter({ hasText: "chưa có điểm" })).toHaveCount(3);
  // Their figures are dashes, not 0,00 as if they had scored nothing.
  await expect(rankingRows.filter({ hasText: "Sở Nội vụ" }).getByRole("cell").nth(-4)).toHaveText("—");
  await expect(rankingRows.filter({ hasText: "chưa có điểm" }).filter({ hasText: "0,00" })).toHaveCount(0);
  const pairs = secretariat.getByRole("region", { name: "Căn cứ phân định thứ hạng" }).getByRole("listitem");
  await expect(pairs).toHaveCount(1);
  await rankingRows.filter({ hasText: "Sở Nội vụ" }).getByRole("link", { name: "Sở Nội vụ" }).click();
  await expect(
    secretariat.getByText("Đơn vị chưa có điểm nên chưa xếp hạng, chưa so với đơn vị nào."),
  ).toBeVisible();

  // On the projector (1024 × 768) the units without scores say so whole in the rank column, and
  // the reveal holds back a rank only for the unit that has one.
  await secretariat.setViewportSize({ width: 1024, height: 768 });
  await secretariat.goto(secretariat.url().replace(/\/khoi\/([^/]+)\/(\d+)\/.*$/, "/hoi-nghi/$1/$2"));
  await expect(secretariat.getByRole("status").filter({ hasText: "Cập nhật trực tiếp" })).toBeVisible();
  await secretariat.keyboard.press("ArrowRight");
  await expect(secretariat.getByRole("heading", { name: /Thành viên và ký kết giao ước/ })).toBeVisible();
  await secretariat.keyboard.press("PageDown");
  await expect(secretariat.getByRole("heading", { name: "Kết quả xếp hạng năm 2025" })).toBeVisible();
  const noScoresRank = secretariat
    .getByTestId("ranking-row")
    .filter({ hasText: "Sở Nội vụ" })
    .getByRole("cell")
    .first();
  await expect(noScoresRank).toHaveText("Chưa có điểm");
  expect(await noScoresRank.evaluate((cell) => cell.scrollWidth <= cell.clientWidth)).toBe(true);
  await secretariat.getByRole("button", { name: "Công bố từng hạng" }).click();
  await expect(secretariat.getByTestId("hidden-row").locator("td:first-child")).toHaveText([
    "Hạng 1",
    "—",
    "—",
    "—",
  ]);

  // The administrator's own changes (agencies, the bloc, the accounts) read back in the province's log.
  await page.getByRole("banner").getByRole("link", { name: "Quản trị" }).click();
  await expect(page.getByRole("heading", { name: "Cơ quan, đơn vị", level: 1 })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Quản trị" })
    .getByRole("link", { name: "Nhật ký quản trị" })
    .click();
  await expect(page.getByRole("heading", { name: /Nhật ký quản trị/, level: 1 })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Tạo tài khoản" })).toHaveCount(2);
  await expect(page.getByRole("row").filter({ hasText: "Nhập danh sách cơ quan, đơn vị" })).toHaveCount(1);
});
