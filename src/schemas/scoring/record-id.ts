import { recordId as anyRecordId } from "@/schemas/record-id";

/** A row id named in the messages ("Thiếu phiếu điểm."). */
export const recordId = (label: string) =>
  anyRecordId({ missing: `Thiếu ${label}.`, invalid: `Mã ${label} không hợp lệ.` });
