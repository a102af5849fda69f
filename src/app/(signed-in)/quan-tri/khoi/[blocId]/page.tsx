import type { Metadata } from "next";
import Link from "@/components/app-link";
import { notFound } from "next/navigation";
import { formatDate, todayInVietnam } from "@/domain/calendar";
import { BLOC_YEAR_STATUS_LABEL } from "@/domain/vocabulary";
import { Section } from "@/components/forms/section";
import { RECORD_ID_PATTERN } from "@/schemas/record-id";
import { db } from "@/server/db";
import { getAdminBloc, getFirstYearOptions } from "@/server/queries/province/list-blocs";
import { ArchiveBlocForm, RenameBlocForm } from "./bloc-settings-forms";
import { FirstYearForm } from "./first-year-form";
import { FirstYearPicker } from "./first-year-picker";
import { AdminOnly } from "../../admin-only";
import { provinceAdminOrNull } from "../../province-admin";

export const metadata: Metadata = { title: "Khối thi đua" };

type Props = { params: Promise<{ blocId: string }>; searchParams: Promise<{ nam?: string | string[] }> };

export default async function AdminBlocPage({ params, searchParams }: Props) {
  const user = await provinceAdminOrNull();
  if (!user) return <AdminOnly />;
  const { blocId } = await params;
  const bloc = RECORD_ID_PATTERN.test(blocId) ? await getAdminBloc(db, user, blocId) : null;
  if (!bloc) notFound();
  const today = todayInVietnam();
  return (
    <>
      <Link href="/quan-tri/khoi" className="text-sm text-brand-800 hover:underline">
        ← Khối thi đua
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">{bloc.name}</h1>
      <p className="mt-1 text-sm text-stone-600">
        Mã {bloc.code} · thành lập {formatDate(bloc.foundedOn)}
        {bloc.archivedOn && ` · đã lưu trữ từ ${formatDate(bloc.archivedOn)}: chỉ xem, không tạo năm mới`}
      </p>
      <Section id="years-heading" title="Các năm thi đua">
        {bloc.years.length === 0 ? (
          <p className="text-sm text-stone-600">Chưa có năm thi đua nào.</p>
        ) : (
          <ul className="flex flex-wrap gap-3">
            {bloc.years.map((year) => (
              <li key={year.id}>
                <Link
                  href={`/khoi/${bloc.id}/${year.year}`}
                  className="block rounded-md border border-stone-300 px-4 py-2 hover:border-brand-600 hover:bg-brand-50"
                >
                  <span className="block font-semibold">Năm {year.year}</span>
                  <span className="block text-xs text-stone-600">
                    {BLOC_YEAR_STATUS_LABEL[year.status]} · {year.members} thành viên
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        {bloc.years.length > 0 && !bloc.archivedOn && (
          <p className="mt-3 text-sm text-stone-600">
            Năm tiếp theo được tạo từ năm gần nhất bằng “Tạo năm N+1” ở trang{" "}
            <Link href="/khoi" className="text-brand-800 underline">
              Khối thi đua
            </Link>
            .
          </p>
        )}
      </Section>
      {bloc.years.length === 0 && !bloc.archivedOn && (
        <FirstYearSection
          blocId={bloc.id}
          searchParams={searchParams}
          defaultYear={Number(today.slice(0, 4))}
        />
      )}
      <Section id="rename-bloc-heading" title="Đổi tên khối">
        <RenameBlocForm blocId={bloc.id} version={bloc.version} name={bloc.name} />
      </Section>
      {!bloc.archivedOn && (
        <Section
          id="archive-bloc-heading"
          title="Lưu trữ khối"
          description="Khối đã lưu trữ vẫn xem được cùng các năm đã có (kể cả kết quả đã công bố), nhưng không tạo năm mới."
        >
          <ArchiveBlocForm blocId={bloc.id} version={bloc.version} today={today} />
        </Section>
      )}
    </>
  );
}

async function FirstYearSection(props: {
  blocId: string;
  searchParams: Props["searchParams"];
  defaultYear: number;
}) {
  const user = await provinceAdminOrNull();
  if (!user) return <AdminOnly />;
  const wanted = Number((await props.searchParams).nam);
  const year = Number.isInteger(wanted) && wanted >= 2000 && wanted <= 2100 ? wanted : props.defaultYear;
  const options = await getFirstYearOptions(db, user, year);
  return (
    <Section
      id="first-year-heading"
      title="Tạo năm thi đua đầu tiên"
      description="Chọn năm, các đơn vị thành viên (đơn vị đang hoạt động ngày 01/01 của năm), Trưởng khối và các Phó trưởng khối, và bảng điểm. Năm được tạo ở giai đoạn Đang chuẩn bị."
    >
      <FirstYearPicker blocId={props.blocId} year={year} />
      <FirstYearForm key={year} blocId={props.blocId} year={year} options={options} />
    </Section>
  );
}
