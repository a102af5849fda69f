import { describe, expect, it } from "vitest";
import { checkImportRows } from "@/domain/tasks";
import { createFirstAdminSchema } from "@/schemas/first-admin";
import { newUnitFields } from "@/schemas/members/membership";
import { renameUnitSchema } from "@/schemas/members/unit-change";
import { taskFields } from "@/schemas/tasks/task-fields";

const INVISIBLE = [
  ["U+202E right-to-left override", "\u202e"],
  ["U+202A left-to-right embedding", "\u202a"],
  ["U+2066 left-to-right isolate", "\u2066"],
  ["U+2069 pop directional isolate", "\u2069"],
  ["U+200B zero-width space", "\u200b"],
  ["U+200D zero-width joiner", "\u200d"],
  ["U+200F right-to-left mark", "\u200f"],
  ["U+FEFF byte-order mark", "\ufeff"],
  ["U+00AD soft hyphen", "\u00ad"],
  ["U+2060 word joiner", "\u2060"],
  ["U+061C Arabic letter mark", "\u061c"],
  ["U+2028 line separator", "\u2028"],
] as const;

const named = (name: string) => `Sở Tài ${name}nguyên và Môi trường`;

describe("invisible formatting characters in names", () => {
  it.each(INVISIBLE)("refuses %s in a unit's name, a new name, a display name and a task title", (_c, ch) => {
    const unitName = newUnitFields.name.safeParse(named(ch));
    const rename = renameUnitSchema.shape.name.safeParse(named(ch));
    const displayName = createFirstAdminSchema.safeParse({ displayName: named(ch) });
    const taskTitle = taskFields.shape.title.safeParse(named(ch));
    expect(unitName.error?.issues[0]?.message).toBe(
      "Tên đơn vị có ký tự ẩn (như ký tự đảo chiều chữ) không được phép. Hãy gõ lại phần vừa dán.",
    );
    expect(rename.error?.issues[0]?.message).toMatch(/^Tên mới có ký tự ẩn/);
    expect(displayName.error?.issues.find((issue) => issue.path[0] === "displayName")?.message).toMatch(
      /^Họ và tên có ký tự ẩn/,
    );
    expect(taskTitle.error?.issues[0]?.message).toMatch(/^Nội dung nhiệm vụ có ký tự ẩn/);
  });

  it.each([
    ["precomposed diacritics", "Sở Giáo dục và Đào tạo"],
    ["decomposed diacritics (NFD, combining marks)", "Sở Giáo dục và Đào tạo".normalize("NFD")],
    ["punctuation and digits", "Ban Quản lý dự án số 2 – tỉnh (cũ)"],
  ])("accepts %s", (_case, name) => {
    expect(newUnitFields.name.parse(name)).toBe(name.normalize("NFC"));
  });

  it("refuses a right-to-left override in an imported task title", () => {
    const cells = { owner: "Sở Y tế", source: null, weight: 1, deadline: "31/12/2024" };
    const { tasks, problems } = checkImportRows(
      [
        { row: 2, title: "Nhiệm vụ \u202eđảo chiều", ...cells },
        { row: 3, title: "Nhiệm vụ bình thường", ...cells },
      ],
      {
        year: 2024,
        members: [{ unitId: "u1", joinedOn: "2024-01-01", leftOn: null, names: ["Sở Y tế"] }],
        sourceDocuments: [],
        existingTitles: new Map(),
      },
    );
    expect(tasks.map((task) => task.row)).toEqual([3]);
    expect(problems).toEqual([
      { row: 2, column: "Nội dung nhiệm vụ", message: expect.stringMatching(/ký tự ẩn/) },
    ]);
  });
});
