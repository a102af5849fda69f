import type { Metadata } from "next";
import Link from "@/components/app-link";
import { notFound } from "next/navigation";
import { formatDate, todayInVietnam } from "@/domain/calendar";
import { Section } from "@/components/forms/section";
import { RECORD_ID_PATTERN } from "@/schemas/record-id";
import { db } from "@/server/db";
import { getAgency } from "@/server/queries/province/get-agency";
import { CorrectStartForm } from "./correct-start-form";
import { DeactivateAgencyForm, ReactivateAgencyForm } from "./deactivate-agency-form";
import { NameHistory } from "./name-history";
import { RenameAgencyForm } from "./rename-agency-form";
import { AdminOnly } from "../../admin-only";
import { provinceAdminOrNull } from "../../province-admin";

export const metadata: Metadata = { title: "Đơn vị" };

type Props = { params: Promise<{ unitId: string }> };

export default async function AgencyPage({ params }: Props) {
  const user = await provinceAdminOrNull();
  if (!user) return <AdminOnly />;
  const { unitId } = await params;
  const agency = RECORD_ID_PATTERN.test(unitId) ? await getAgency(db, user, unitId) : null;
  if (!agency) notFound();
  const current = agency.names[0]!;
  const first = agency.names.at(-1)!;
  return (
    <>
      <Link href="/quan-tri/don-vi" className="text-sm text-brand-800 hover:underline">
        ← Cơ quan, đơn vị
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">{current.name}</h1>
      <p className="mt-1 text-sm text-stone-600">
        {current.shortName} · mã {agency.code}
        {agency.deactivatedOn && ` · ngừng hoạt động từ ${formatDate(agency.deactivatedOn)}`}
        {agency.successors.length > 0 &&
          ` · đã hợp nhất vào ${agency.successors.map((s) => `${s.name} (${formatDate(s.effectiveOn)})`).join(", ")}`}
      </p>
      <NameHistory agency={agency} />
      <Section
        id="rename-heading"
        title="Đổi tên"
        description="Tên mới có hiệu lực từ ngày chọn; các năm trước vẫn dùng tên cũ."
      >
        <RenameAgencyForm unitId={agency.id} currentNameId={current.id} today={todayInVietnam()} />
      </Section>
      <Section
        id="correct-start-heading"
        title="Sửa ngày áp dụng tên đầu tiên"
        description={`Dùng khi ngày bắt đầu của tên “${first.name}” đã nhập nhầm; không sửa được khi một năm đã công bố dùng tên này.`}
      >
        <CorrectStartForm unitId={agency.id} firstNameId={first.id} validFrom={first.validFrom} />
      </Section>
      {/* A merged-away agency ends through its succession, not a deactivation. */}
      {agency.successors.length === 0 && (
        <Section
          id="deactivate-heading"
          title={agency.deactivatedOn ? "Hoạt động trở lại" : "Ngừng hoạt động"}
          description={
            agency.deactivatedOn
              ? "Bỏ ngày ngừng hoạt động nếu đã ghi nhận nhầm."
              : "Dùng khi đơn vị giải thể (không phải hợp nhất). Đơn vị còn là thành viên của một năm chưa công bố thì thư ký khối cần ghi ngày rời khối trước."
          }
        >
          {agency.deactivatedOn ? (
            <ReactivateAgencyForm unitId={agency.id} />
          ) : (
            <DeactivateAgencyForm unitId={agency.id} name={current.name} today={todayInVietnam()} />
          )}
        </Section>
      )}
    </>
  );
}
