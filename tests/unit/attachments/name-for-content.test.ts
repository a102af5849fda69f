import { describe, expect, it } from "vitest";
import { detectFileType, nameForContent } from "@/server/attachments/detect-file-type";

const PDF = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

const kept = (bytes: Uint8Array, fileName: string) =>
  nameForContent(fileName, detectFileType(bytes, fileName)!);

describe("the name an uploaded file is kept under", () => {
  it("keeps the uploader's name when its extension says what the bytes are, in any case", () => {
    expect(kept(PDF, "Biên bản kiểm tra.pdf")).toBe("Biên bản kiểm tra.pdf");
    expect(kept(PNG, "anh-chup.PNG")).toBe("anh-chup.PNG");
    expect(kept(JPEG, "ảnh hiện trường.jpeg")).toBe("ảnh hiện trường.jpeg");
    expect(kept(JPEG, "scan.JPG")).toBe("scan.JPG");
  });

  it("gives a file the extension of its content when the name claims another type or none", () => {
    expect(kept(PDF, "that-ra-la-pdf.png")).toBe("that-ra-la-pdf.pdf");
    expect(kept(PNG, "bao-cao.pdf")).toBe("bao-cao.png");
    expect(kept(JPEG, "anh")).toBe("anh.jpg");
    expect(kept(PDF, "v1.2.ban-cuoi")).toBe("v1.2.pdf");
  });
});
