import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createAgencySchema, renameAgencySchema } from "@/schemas/province/agency";

const ID = "ckagency0000000000000000a";
const nameErrors = (parsed: z.ZodSafeParseResult<unknown>) =>
  parsed.success ? [] : z.flattenError(parsed.error).fieldErrors;

describe("an agency name over its limit", () => {
  it("is refused with the limit, never cut", () => {
    const name = `Sở ${"Rất Dài ".repeat(30)}`.trim();
    expect(name.length).toBeGreaterThan(200);
    const created = createAgencySchema.safeParse({ name, shortName: "SRD", validFrom: "01/01/2025" });
    expect(nameErrors(created)).toMatchObject({ name: ["Tên đầy đủ quá dài (tối đa 200 ký tự)."] });
    const renamed = renameAgencySchema.safeParse({
      unitId: ID,
      currentNameId: ID,
      name,
      shortName: "S".repeat(41),
      validFrom: "01/01/2025",
    });
    expect(nameErrors(renamed)).toMatchObject({
      name: ["Tên mới quá dài (tối đa 200 ký tự)."],
      shortName: ["Tên viết tắt mới quá dài (tối đa 40 ký tự)."],
    });
  });
});
