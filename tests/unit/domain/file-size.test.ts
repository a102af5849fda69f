import { describe, expect, it } from "vitest";
import { formatFileSize } from "@/domain/format";

describe("formatFileSize", () => {
  it.each([
    [0, "0 byte"],
    [1023, "1023 byte"],
    [1024, "1 KB"],
    [1536, "1,5 KB"],
    [839_680, "820 KB"],
    [1024 * 1024, "1 MB"],
    [1.5 * 1024 * 1024, "1,5 MB"],
    [10 * 1024 * 1024, "10 MB"],
  ])("%i bytes → %s", (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });
});
