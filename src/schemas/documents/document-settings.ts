import { z } from "zod";
import { isIsoDay, type IsoDay } from "@/domain/calendar";
import type { DocumentKind, DocumentSettings } from "@/domain/documents";
import { requiredText } from "@/schemas/text";

const MAX_RECIPIENTS = 12;

/** "01/TTr-KTKT": digits, letters, slashes, hyphens and dots, as number and symbol are written. */
const numberSymbol = requiredText("số, ký hiệu", 40).refine((value) => /^[\p{L}\p{N}./\- ]+$/u.test(value), {
  error: "Số, ký hiệu chỉ gồm chữ, số và các dấu / - . (ví dụ 01/TTr-KTKT).",
});

const issuedOn = z
  .string({ error: "Vui lòng nhập ngày ban hành." })
  .min(1, { error: "Vui lòng nhập ngày ban hành (dd/mm/yyyy)." })
  .refine((value): value is IsoDay => isIsoDay(value), { error: "Ngày ban hành không hợp lệ." })
  .refine((value) => Number(value.slice(0, 4)) >= 2000 && Number(value.slice(0, 4)) <= 2100, {
    error: "Ngày ban hành phải trong khoảng năm 2000 đến năm 2100.",
  });

const recipients = z
  .string()
  .max(2_000, { error: "Nơi nhận quá dài." })
  .transform((text) =>
    text
      .split(/\r?\n/)
      .map((line) => line.replace(/^[-–•\s]+/, "").trim())
      .filter((line) => line !== ""),
  )
  .pipe(
    z
      .array(requiredText("nơi nhận", 150))
      .max(MAX_RECIPIENTS, { error: `Nơi nhận tối đa ${MAX_RECIPIENTS} dòng.` }),
  );

const base = z.object({
  noi: requiredText("địa danh", 60),
  ngay: issuedOn,
  "noi-nhan": recipients.default([]),
});

type ParsedSettings = z.output<typeof base> & { so?: string; "kinh-gui"?: string };

/**
 * What the secretariat fills in before downloading a document, as its form sends it (query
 * string names in Vietnamese). Each kind asks for what it prints: the letter a number and an
 * addressee, the minutes a number, the table neither.
 */
export function documentSettingsSchema(
  kind: DocumentKind,
): z.ZodType<ParsedSettings, Record<string, unknown>> {
  const sent = {
    "noi-nhan": recipients.refine((lines) => lines.length > 0, {
      error: "Vui lòng nhập ít nhất một nơi nhận.",
    }),
  };
  if (kind === "to-trinh")
    return base.extend({ so: numberSymbol, "kinh-gui": requiredText("nơi kính gửi", 200), ...sent });
  if (kind === "bien-ban") return base.extend({ so: numberSymbol, ...sent });
  return base;
}

export function toDocumentSettings(parsed: ParsedSettings): DocumentSettings {
  return {
    numberSymbol: parsed.so ?? null,
    place: parsed.noi,
    issuedOn: parsed.ngay,
    addressee: parsed["kinh-gui"] ?? null,
    recipients: parsed["noi-nhan"],
  };
}
