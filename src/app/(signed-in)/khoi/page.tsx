import type { Metadata } from "next";
import Link from "@/components/app-link";
import { BLOC_YEAR_STATUS_LABEL } from "@/domain/vocabulary";
import { requireSessionUser } from "@/server/auth/session";
import { mayAdministerProvince } from "@/server/authz";
import { db } from "@/server/db";
import { listNextYearsToCreate } from "@/server/queries/members/list-next-years";
import { listVisibleBlocs } from "@/server/queries/list-visible-blocs";
import { CreateNextYearButton } from "./create-next-year-button";

export const metadata: Metadata = { title: "Khối thi đua" };

export default async function BlocsPage() {
  const user = await requireSessionUser();
  const [blocs, nextYears] = await Promise.all([listVisibleBlocs(db, user), listNextYearsToCreate(db, user)]);
  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">Khối thi đua</h1>
      {blocs.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">
          {mayAdministerProvince(user) ? (
            <>
              Tỉnh chưa có khối thi đua nào. Hãy thêm các cơ quan, đơn vị rồi tạo khối ở{" "}
              <Link href="/quan-tri/khoi" className="font-medium text-brand-800 underline">
                Quản trị
              </Link>
              .
            </>
          ) : (
            "Tài khoản của bạn chưa được giao khối thi đua nào. Hãy liên hệ thư ký khối hoặc Sở Nội vụ."
          )}
        </p>
      ) : (
        <ul className="mt-6 space-y-4">
          {blocs.map((bloc) => (
            <li key={bloc.id} className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
              <h2 className="text-lg font-semibold">{bloc.name}</h2>
              <p className="text-sm text-stone-500">{bloc.province.name}</p>
              {bloc.years.length === 0 ? (
                <p className="mt-3 text-sm text-stone-500">Chưa có năm thi đua nào.</p>
              ) : (
                <ul className="mt-3 flex flex-wrap gap-3">
                  {bloc.years.map((year) => (
                    <li key={year.id}>
                      <Link
                        href={`/khoi/${bloc.id}/${year.year}`}
                        className="block rounded-md border border-stone-300 px-4 py-2 hover:border-brand-600 hover:bg-brand-50"
                      >
                        <span className="block font-semibold">Năm {year.year}</span>
                        <span className="block text-xs text-stone-600">
                          {BLOC_YEAR_STATUS_LABEL[year.status]} · {year.memberCount} thành viên ·{" "}
                          {year._count.tasks} nhiệm vụ
                        </span>
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
              {nextYears.has(bloc.id) && <CreateNextYearButton {...nextYears.get(bloc.id)!} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
