import "server-only";
import { ConflictError } from "@/server/errors";
import type { LockedYear } from "@/server/mutations/writable-bloc-year";

export function assertVersion(locked: LockedYear, version: number): void {
  if (locked.version !== version)
    throw new ConflictError(
      "Năm thi đua vừa được người khác thay đổi. Vui lòng tải lại trang để xem trạng thái mới rồi thử lại.",
    );
}
