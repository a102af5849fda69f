import Link from "@/components/app-link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { BlocYearTabs, type BlocYearTab } from "@/components/bloc-year-tabs";
import { SkipLink } from "@/components/skip-link";
import { BLOC_YEAR_STATUS_LABEL } from "@/domain/vocabulary";
import { requireSessionUser } from "@/server/auth/session";
import type { SessionUser } from "@/server/auth/session-user";
import { mayReadAuditLog, type YearVisibility } from "@/server/authz";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";

type Props = { children: ReactNode; params: Promise<{ blocId: string; year: string }> };

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

export default async function BlocYearLayout({ children, params }: Props) {
  const { blocId, year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const user = await requireSessionUser();
  const header = await getBlocYearHeader(user, blocId, Number(year));
  if (!header) notFound();
  const basePath = `/khoi/${header.bloc.id}/${header.year}`;
  return (
    <>
      <SkipLink target="noi-dung-muc">Bỏ qua các mục của năm, đến nội dung</SkipLink>
      <nav aria-label="Đường dẫn" className="no-print text-sm text-stone-500">
        <Link href="/khoi" className="hover:underline">
          Khối thi đua
        </Link>{" "}
        › Năm {header.year}
      </nav>
      <header className="mt-2 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{header.bloc.name}</h1>
          <p className="text-stone-600">
            {header.bloc.province.name} · Năm {header.year}
          </p>
        </div>
        <div className="flex items-center gap-3">
          <Link
            href={`/hoi-nghi/${header.bloc.id}/${header.year}`}
            className="no-print rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600"
          >
            Màn hình hội nghị
          </Link>
          <span className="rounded-full bg-brand-100 px-3 py-1 text-sm font-medium text-brand-800">
            {BLOC_YEAR_STATUS_LABEL[header.status]}
          </span>
        </div>
      </header>
      {header.status === "PUBLISHED" && (
        <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Kết quả năm này đã công bố: mọi dữ liệu chỉ còn xem được. Sửa sai bằng một bản đính chính ở mục Công
          bố.
        </p>
      )}
      <BlocYearTabs
        basePath={basePath}
        tabs={TABS.filter((tab) => tab.shownTo?.(user, header) ?? true).map(({ segment, label }) => ({
          segment,
          label,
        }))}
      />
      <div id="noi-dung-muc" tabIndex={-1} className="mt-6 focus:outline-none">
        {children}
      </div>
    </>
  );
}
