import type { Metadata } from "next";
import Link from "@/components/app-link";
import { notFound } from "next/navigation";
import { StageNotice } from "@/components/stage-notice";
import { stageAllows } from "@/domain/year-stages";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { getPledgePage } from "@/server/queries/pledge/get-pledge-page";
import { Section } from "@/components/forms/section";
import { MemberRegistrations } from "./member-registrations";
import { PledgeFile } from "./pledge-file";
import { PledgeForm } from "./pledge-form";
import { PledgeText } from "./pledge-text";
import { SignaturesTable } from "./signatures-table";

type Props = { params: Promise<{ blocId: string; year: string }> };

export const metadata: Metadata = { title: "Giao ước và đăng ký thi đua" };

export default async function PledgePage({ params }: Props) {
  const { blocId, year } = await params;
  const user = await requireSessionUser();
  const header = await getBlocYearHeader(user, blocId, Number(year));
  if (!header) notFound();
  const page = await getPledgePage(db, user, header.id);
  if (!page) notFound();
  const editable = header.canManage && stageAllows(header.status, "pledge");
  const registrationsOpen = stageAllows(header.status, "registrations");
  const basePath = `/khoi/${header.bloc.id}/${header.year}/giao-uoc`;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">Giao ước thi đua năm {page.year}</h2>
        {page.pledge && (
          <Link
            href={`${basePath}/in`}
            className="no-print rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100"
          >
            In bảng ký giao ước
          </Link>
        )}
      </div>
      {header.canManage && <StageNotice stage={header.status} activity="pledge" />}
      <Section id="pledge-heading" title="Văn bản giao ước">
        {editable ? (
          <PledgeForm blocYearId={page.id} year={page.year} pledge={page.pledge} />
        ) : page.pledge ? (
          <PledgeText pledge={page.pledge} />
        ) : (
          <p className="text-stone-600">Chưa có giao ước thi đua cho năm này.</p>
        )}
      </Section>
      <Section id="pledge-file-heading" title="Bản scan giao ước đã ký">
        <PledgeFile
          blocYearId={page.id}
          uploadUrl={`${basePath}/tep`}
          version={page.pledge?.version ?? 0}
          attachment={page.pledge?.attachment ?? null}
          editable={editable}
        />
      </Section>
      <Section id="signatures-heading" title="Chữ ký các đơn vị">
        {page.signers.length === 0 ? (
          <p className="text-stone-600">Khối chưa có thành viên vào ngày ký giao ước.</p>
        ) : (
          <SignaturesTable page={page} editable={editable && page.pledge !== null} />
        )}
        {editable && !page.pledge && (
          <p className="mt-2 text-sm text-stone-600">Lưu nội dung giao ước trước khi ghi chữ ký.</p>
        )}
      </Section>
      <section aria-labelledby="registrations-heading" className="mt-8">
        <h2 id="registrations-heading" className="text-lg font-semibold">
          Đăng ký thi đua: đăng ký và kết quả
        </h2>
        <p className="text-sm text-stone-600">
          Chỉ tiêu, danh hiệu, mô hình từng đơn vị đăng ký; chỉ tiêu gắn với nhiệm vụ thực hiện và tình trạng
          hiện tại.
        </p>
        <div className="mt-3 space-y-4">
          {page.members.map((member) => (
            <MemberRegistrations
              key={member.unitId}
              blocYearId={page.id}
              member={member}
              editable={registrationsOpen && (header.canManage || member.editableByLeader)}
            />
          ))}
        </div>
      </section>
    </>
  );
}
