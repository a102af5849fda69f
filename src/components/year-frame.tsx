import type { ReactNode } from "react";
import type { BlocYearTab, YearFrameFacts } from "@/domain/rankings/rankings-page";
import { BLOC_YEAR_STATUS_LABEL } from "@/domain/vocabulary";
import Link from "./app-link";
import { BlocYearTabs } from "./bloc-year-tabs";
import { SkipLink } from "./skip-link";

type Props = { year: YearFrameFacts; tabs: BlocYearTab[]; children: ReactNode };

/** Every bloc-year page's frame: the way back, the bloc and year, the stage, and the year's tabs. */
export function YearFrame({ year, tabs, children }: Props) {
  return (
    <>
      <SkipLink target="noi-dung-muc">Bỏ qua các mục của năm, đến nội dung</SkipLink>
      <nav aria-label="Đường dẫn" className="no-print text-sm text-stone-500">
        <Link href="/khoi" className="hover:underline">
          Khối thi đua
        </Link>{" "}
        › Năm {year.year}
      </nav>
      <header className="mt-2 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{year.blocName}</h1>
          <p className="text-stone-600">
            {year.provinceName} · Năm {year.year}
          </p>
        </div>
        <div className="flex items-center gap-3">
          <Link
            href={`/hoi-nghi/${year.blocId}/${year.year}`}
            className="no-print rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600"
          >
            Màn hình hội nghị
          </Link>
          <span className="rounded-full bg-brand-100 px-3 py-1 text-sm font-medium text-brand-800">
            {BLOC_YEAR_STATUS_LABEL[year.status]}
          </span>
        </div>
      </header>
      {year.status === "PUBLISHED" && (
        <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Kết quả năm này đã công bố: mọi dữ liệu chỉ còn xem được. Sửa sai bằng một bản đính chính ở mục Công
          bố.
        </p>
      )}
      <BlocYearTabs basePath={`/khoi/${year.blocId}/${year.year}`} tabs={tabs} />
      <div id="noi-dung-muc" tabIndex={-1} className="mt-6 focus:outline-none">
        {children}
      </div>
    </>
  );
}
