import Link from "@/components/app-link";
import { todayInVietnam } from "@/domain/calendar";
import { describeWindow, type DisputeWindow } from "@/domain/disputes";

/** While members may object to their figures, the year's overview says so first and leads to the tab. */
export function DisputeWindowNotice({ window, href }: { window: DisputeWindow | null; href: string }) {
  if (!window) return null;
  return (
    <p className="no-print mb-6 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {describeWindow(window, todayInVietnam())}{" "}
      <Link href={href} className="font-medium underline">
        Xem và gửi khiếu nại về điểm
      </Link>
    </p>
  );
}
