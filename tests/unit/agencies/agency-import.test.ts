import { describe, expect, it } from "vitest";
import { agencyCodeFrom, findAgencyColumns, freeCode } from "@/domain/agencies";

describe("a code for an agency created without one", () => {
  it.each([
    ["Sở KH&CN", "SOKHCN"],
    ["Sở Tài chính", "SOTAICHINH"],
    ["Đài PT-TH", "DAIPTTH"],
    ["“”", "DV"],
  ])("%s → %s", (shortName, code) => {
    expect(agencyCodeFrom(shortName)).toBe(code);
  });

  it("takes the first free suffix", () => {
    expect(freeCode("STC", new Set())).toBe("STC");
    expect(freeCode("STC", new Set(["STC", "STC_2"]))).toBe("STC_3");
  });
});

describe("the agency sheet's columns", () => {
  it("are found by header in any order, the hint in brackets and the optional code aside", () => {
    const found = findAgencyColumns(
      new Map([
        [1, "Áp dụng từ ngày"],
        [2, "tên đầy đủ"],
        [4, "Tên viết tắt"],
      ]),
    );
    expect(found).toEqual({ positions: { validFrom: 1, name: 2, shortName: 4 } });
  });

  it("name the required headers that are missing", () => {
    expect(findAgencyColumns(new Map([[1, "Tên đầy đủ"]]))).toEqual({
      missing: ["Tên viết tắt", "Áp dụng từ ngày (dd/mm/yyyy)"],
    });
  });
});
