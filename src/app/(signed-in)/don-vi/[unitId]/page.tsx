import type { Metadata } from "next";
import Link from "@/components/app-link";
import { notFound } from "next/navigation";
import { Section } from "@/components/forms/section";
import { requireSessionUser } from "@/server/auth/session";
import { cachedYearResult } from "@/server/cache/cached-year-result";
import { db } from "@/server/db";
import { getUnitPage } from "@/server/queries/units/get-unit-page";
import { LineageList } from "./lineage-list";
import { NamesTable } from "./names-table";
import { SuccessorNotice } from "./successor-notice";
import { UnitTrendLinks } from "./unit-trend-links";
import { UnitYearsList } from "./unit-years-list";
import { UnitYearsTable } from "./unit-years-table";

type Props = { params: Promise<{ unitId: string }> };

export const metadata: Metadata = { title: "Thông tin đơn vị" };

export default async function UnitPage({ params }: Props) {
  const { unitId } = await params;
  const user = await requireSessionUser();
  const unit = await getUnitPage(db, { user, unitId }, cachedYearResult);
  if (!unit) notFound();
  return (
    <>
      <nav aria-label="Đường dẫn" className="no-print text-sm text-stone-600">
        <Link href="/khoi" className="hover:underline">
          Khối thi đua
        </Link>{" "}
        › Đơn vị
      </nav>
      <header className="mt-2">
        <h1 className="text-2xl font-bold">{unit.name}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {unit.shortName} · mã {unit.code}
          {unit.ownUnit && " · Đơn vị của bạn"}
        </p>
      </header>
      <SuccessorNotice successors={unit.successors} />
      <Section
        id="unit-years-heading"
        title="Các năm thi đua"
        description="Khối, thời gian là thành viên và kết quả từng năm, dưới tên đơn vị mang năm đó."
      >
        {unit.years.length === 0 ? (
          <p className="text-sm text-stone-600">
            Đơn vị chưa là thành viên của năm thi đua nào mà bạn được xem.
          </p>
        ) : (
          <>
            <UnitYearsTable unitId={unit.unitId} currentName={unit.name} years={unit.years} />
            <UnitYearsList unitId={unit.unitId} currentName={unit.name} years={unit.years} />
          </>
        )}
        <UnitTrendLinks unitId={unit.unitId} years={unit.years} />
      </Section>
      <Section
        id="lineage-heading"
        title="Đơn vị tiền thân và kế thừa"
        description="Các hợp nhất đã ghi nhận, với ngày có hiệu lực."
      >
        <LineageList predecessors={unit.predecessors} successors={unit.successors} />
      </Section>
      <Section id="names-heading" title="Tên qua các thời kỳ">
        <NamesTable names={unit.names} />
      </Section>
    </>
  );
}
