import { expect, type Page } from "@playwright/test";

/**
 * On the final-score grid: types a score into every empty cell of the manual criteria (II.x,
 * III.x of the demo's table), as the secretariat does before publishing, so that no criterion is
 * published at 0. `keepEmpty` names a cell (its accessible name) left for the test to fill;
 * `units` is how many rows the grid must have (the demo's 8, fewer after a merger).
 */
export async function enterMissingFinalScores(
  page: Page,
  { keepEmpty, units = 8 }: { keepEmpty?: string; units?: number } = {},
): Promise<void> {
  const cells = page.getByRole("textbox", { name: /, tiêu chí III?\.\d$/ });
  await expect(cells.first()).toBeVisible();
  const names = await cells.evaluateAll((found) => found.map((cell) => cell.getAttribute("aria-label")));
  expect(names).toHaveLength(units * 5); // 5 manual criteria per unit
  for (const name of names) {
    if (!name || name === keepEmpty) continue;
    const cell = page.getByRole("textbox", { name, exact: true });
    if ((await cell.inputValue()) !== "") continue;
    await cell.fill("5");
    await cell.press("Enter");
    await expect(cell).toHaveAccessibleDescription("Đã lưu");
  }
}

/** On the Công bố tab: the same stated reason for every checklist item still open. */
export async function giveOverrideReasons(page: Page, reason: string): Promise<void> {
  await expect(page.getByRole("region", { name: "Kiểm tra trước khi công bố" })).toBeVisible();
  for (const field of await page.getByRole("textbox", { name: /^Lý do vẫn công bố/ }).all())
    await field.fill(reason);
}
