import { formatDate, VIETNAM_TIME_ZONE } from "@/domain/calendar";

/** "Nhập bởi X lúc 14:05 ngày 12/11/2024" (Vietnam time), for a cell's last change. */
export function describeEntry(cell: { enteredByName: string | null; updatedAt: string | null }): string {
  if (!cell.updatedAt) return cell.enteredByName ? `Nhập bởi ${cell.enteredByName}` : "";
  const at = new Date(cell.updatedAt);
  const time = at.toLocaleTimeString("vi-VN", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: VIETNAM_TIME_ZONE,
  });
  const local = new Date(at.getTime() + 7 * 3600_000);
  return `Nhập bởi ${cell.enteredByName ?? "không rõ"} lúc ${time} ngày ${formatDate(local)}`;
}
