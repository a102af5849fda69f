import "server-only";
import { addDays, formatDate, toIsoDay } from "@/domain/calendar";
import { storedNameOn, UNIT_NAMES } from "@/server/queries/unit-names-select";

/** A succession as the refusal to record it again describes it. */
export const RECORDED_SUCCESSION = {
  effectiveOn: true,
  decisionRef: true,
  predecessor: { select: UNIT_NAMES },
  successor: { select: UNIT_NAMES },
} as const;

type Names = { names: { name: string; shortName: string; validFrom: Date }[] };

/** Names the record already there and where it is shown, edited or undone. */
export function alreadyRecordedMessage(record: {
  effectiveOn: Date;
  decisionRef: string | null;
  predecessor: Names;
  successor: Names;
}): string {
  const day = toIsoDay(record.effectiveOn);
  const predecessor = storedNameOn(record.predecessor.names, addDays(day, -1))?.name;
  const successor = storedNameOn(record.successor.names, day)?.name;
  const decision = record.decisionRef ? ` theo ${record.decisionRef}` : "";
  return (
    `Đã ghi nhận ${predecessor} hợp nhất vào ${successor} từ ngày ${formatDate(day)}${decision}. ` +
    "Bản ghi này ở mục “Hợp nhất đã ghi nhận” của trang Thành viên; nếu ghi sai, hãy huỷ bản ghi đó rồi ghi nhận lại."
  );
}
