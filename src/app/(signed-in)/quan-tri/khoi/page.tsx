import type { Metadata } from "next";
import Link from "@/components/app-link";
import { formatDate, todayInVietnam } from "@/domain/calendar";
import { BLOC_YEAR_STATUS_LABEL } from "@/domain/vocabulary";
import { Section } from "@/components/forms/section";
import { db } from "@/server/db";
import { listAdminBlocs } from "@/server/queries/province/list-blocs";
import { CreateBlocForm } from "./create-bloc-form";
import { AdminOnly } from "../admin-only";
import { provinceAdminOrNull } from "../province-admin";

export const metadata: Metadata = { title: "Khối thi đua" };

export default async function AdminBlocsPage() {
  const user = await provinceAdminOrNull();
  if (!user) return <AdminOnly />;
  const blocs = await listAdminBlocs(db, user);
  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">Khối thi đua</h1>
      <p className="mt-1 text-sm text-stone-600">
        Tạo khối, đặt tên, lưu trữ khối không còn hoạt động, và tạo năm thi đua đầu tiên của một khối mới.
      </p>
      {blocs.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">
          Tỉnh chưa có khối thi đua nào. Hãy tạo khối đầu tiên bên dưới.
        </p>
      ) : (
        <ul className="mt-6 space-y-3">
          {blocs.map((bloc) => (
            <li key={bloc.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link
                  href={`/quan-tri/khoi/${bloc.id}`}
                  className="text-lg font-semibold text-brand-800 hover:underline"
                >
                  {bloc.name}
                </Link>
                <span className="text-sm text-stone-500">
                  {bloc.code}
                  {bloc.archivedOn && ` · đã lưu trữ từ ${formatDate(bloc.archivedOn)}`}
                </span>
              </div>
              <p className="mt-1 text-sm text-stone-600">
                {bloc.years.length === 0
                  ? "Chưa có năm thi đua nào."
                  : bloc.years
                      .map((year) => `Năm ${year.year} (${BLOC_YEAR_STATUS_LABEL[year.status]})`)
                      .join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Section id="create-bloc-heading" title="Tạo khối thi đua">
        <CreateBlocForm today={todayInVietnam()} />
      </Section>
    </>
  );
}
