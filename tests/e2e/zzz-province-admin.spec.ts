import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

// Last of the demo specs: it adds an agency (and stops it), which no other spec expects to see.
const RUN = Date.now().toString(36);

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
});
