import { describe, expect, it } from "vitest";
import { unitNameOn } from "@/domain/calendar";

const names = [
  { name: "Sở Nông nghiệp và Môi trường", shortName: "NN&MT", validFrom: "2025-03-01" },
  { name: "Sở Tài nguyên và Môi trường", shortName: "TN&MT", validFrom: "2008-04-01" },
];

describe("unitNameOn", () => {
  it.each([
    ["2024-12-31", "Sở Tài nguyên và Môi trường"],
    ["2025-02-28", "Sở Tài nguyên và Môi trường"],
    ["2025-03-01", "Sở Nông nghiệp và Môi trường"],
    ["2030-01-01", "Sở Nông nghiệp và Môi trường"],
    ["1990-01-01", "Sở Tài nguyên và Môi trường"],
  ])("on %s the unit is called %s", (date, expected) => {
    expect(unitNameOn(names, date)?.name).toBe(expected);
  });

  it("has no name when none is recorded", () => {
    expect(unitNameOn([], "2024-01-01")).toBeUndefined();
  });
});
