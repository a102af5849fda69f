import "server-only";
import type { BlocYearTab } from "@/domain/rankings/rankings-page";
import type { SessionUser } from "@/server/auth/session-user";
import { mayReadAuditLog, type YearVisibility } from "@/server/authz";

/** A tab with the authz rule for who may open it, when not everyone who sees the year may. */
type Tab = BlocYearTab & { shownTo?: (user: SessionUser, year: YearVisibility) => boolean };

const TABS: Tab[] = [
  { segment: "", label: "Tổng quan" },
  { segment: "thanh-vien", label: "Thành viên & vai trò" },
  { segment: "giao-uoc", label: "Giao ước & đăng ký" },
  { segment: "nhiem-vu", label: "Nhiệm vụ" },
  { segment: "bang-diem", label: "Bảng điểm & quy tắc" },
  { segment: "cham-diem", label: "Chấm điểm" },
  { segment: "khen-thuong", label: "Bỏ phiếu & đề nghị" },
  { segment: "xep-hang", label: "Xếp hạng" },
  { segment: "khieu-nai", label: "Khiếu nại" },
  { segment: "cong-bo", label: "Công bố" },
  { segment: "bien-ban", label: "Biên bản & Excel" },
  // nhat-ky/page.tsx says to anyone else who opens it that the log is not for them.
  { segment: "nhat-ky", label: "Nhật ký", shownTo: mayReadAuditLog },
];

/** The tabs of a bloc-year this user is shown. */
export function yearTabsFor(user: SessionUser, year: YearVisibility): BlocYearTab[] {
  return TABS.filter((tab) => tab.shownTo?.(user, year) ?? true).map(({ segment, label }) => ({
    segment,
    label,
  }));
}
