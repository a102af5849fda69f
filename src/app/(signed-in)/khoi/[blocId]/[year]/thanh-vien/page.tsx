import { todayInVietnam } from "@/domain/calendar";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StageNotice } from "@/components/stage-notice";
import { stageAllows } from "@/domain/year-stages";
import type { RotationRule } from "@/generated/prisma/enums";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { getMembersPage } from "@/server/queries/members/get-members-page";
import { getRotationPreview } from "@/server/queries/members/get-rotation-preview";
import { listBlocSuccessions } from "@/server/queries/members/list-bloc-successions";
import { AddMemberForm } from "./add-member-form";
import { ElectionForm } from "./election-form";
import { MembersList } from "./members-list";
import { MergeUnitsForm } from "./merge-units-form";
import { RenameUnitForm } from "./rename-unit-form";
import { RotationPanel } from "./rotation-panel";
import { RotationRuleForm } from "./rotation-rule-form";
import { SecretariatFollowsHeadForm } from "./secretariat-follows-head-form";
import { SuccessionsList } from "./successions-list";
import { Section } from "@/components/forms/section";

type Props = { params: Promise<{ blocId: string; year: string }> };

export const metadata: Metadata = { title: "Thành viên và vai trò" };

const ROTATION_DESCRIPTION: Record<RotationRule, string> = {
  STANDING_DEPUTY_BECOMES_HEAD:
    "Theo quy tắc luân phiên của khối: Phó trưởng khối thường trực làm Trưởng khối, Phó trưởng khối làm Phó trưởng khối thường trực.",
  MANUAL: "Theo quy tắc của khối: không luân phiên, các vai trò được bầu lại mỗi năm.",
};

export default async function MembersPage({ params }: Props) {
  const { blocId, year } = await params;
  const user = await requireSessionUser();
  const header = await getBlocYearHeader(user, blocId, Number(year));
  if (!header) notFound();
  const page = await getMembersPage(db, user, header.id);
  if (!page) notFound();
  const [preview, successions] = await Promise.all([
    getRotationPreview(db, page),
    listBlocSuccessions(db, page.blocId),
  ]);
  const editable = header.canManage && stageAllows(header.status, "members");
  const rolesEditable = header.canManage && stageAllows(header.status, "roles");
  const current = page.members.filter((member) => !member.leftOn);
  return (
    <>
      <h2 className="text-xl font-semibold">
        Thành viên năm {page.year} ({current.length}
        {current.length !== page.members.length && ` đang tham gia / ${page.members.length}`})
      </h2>
      {header.canManage && <StageNotice stage={header.status} activity="members" />}
      <MembersList page={page} editable={editable} />
      {editable && (
        <Section
          id="add-member-heading"
          title="Thêm thành viên"
          description="Đơn vị thuộc tỉnh, có sẵn hoặc mới thành lập."
        >
          <AddMemberForm
            key={page.members.length}
            blocYearId={page.id}
            year={page.year}
            otherUnits={page.otherUnits}
          />
        </Section>
      )}
      {rolesEditable && (
        <Section
          id="election-heading"
          title="Bầu Trưởng khối, Phó trưởng khối"
          description="Chỉ đơn vị thành viên của năm; mỗi năm một Trưởng khối và nhiều nhất một Phó trưởng khối thường trực."
        >
          <ElectionForm blocYearId={page.id} rolesStamp={page.rolesStamp} members={page.members} />
        </Section>
      )}
      <Section
        id="rotation-heading"
        title={`Gợi ý vai trò năm ${preview.nextYear}`}
        description={ROTATION_DESCRIPTION[page.rotationRule]}
      >
        <div className="space-y-4">
          <RotationPanel
            fromBlocYearId={page.id}
            preview={preview}
            canManage={header.canManage}
            today={todayInVietnam()}
          />
          {page.canSetRotationRule && (
            <RotationRuleForm blocYearId={page.id} blocVersion={page.blocVersion} rule={page.rotationRule} />
          )}
          {page.canSetRotationRule && (
            <SecretariatFollowsHeadForm
              key={`${page.blocVersion}`}
              blocYearId={page.id}
              blocVersion={page.blocVersion}
              follows={page.secretariatFollowsHeadUnit}
            />
          )}
        </div>
      </Section>
      {editable && (
        <Section
          id="rename-heading"
          title="Đổi tên đơn vị"
          description="Tên mới áp dụng từ ngày được chọn; các năm trước vẫn giữ tên cũ."
        >
          <RenameUnitForm
            key={page.members.map((m) => m.latestNameId).join()}
            blocYearId={page.id}
            members={page.members}
          />
        </Section>
      )}
      {editable && (
        <Section
          id="merge-heading"
          title="Hợp nhất đơn vị"
          description="Ghi nhận đơn vị kế thừa; kết quả các năm trước không bị thay đổi."
        >
          <MergeUnitsForm blocYearId={page.id} members={page.members} otherUnits={page.otherUnits} />
        </Section>
      )}
      <Section
        id="lineage-heading"
        title="Hợp nhất đã ghi nhận"
        description="Đơn vị tiền thân, đơn vị kế thừa và ngày hợp nhất; một hợp nhất ghi nhầm được huỷ khi chưa có năm đã công bố dựa trên nó."
      >
        <SuccessionsList blocYearId={page.id} successions={successions} canUndo={editable} />
      </Section>
    </>
  );
}
