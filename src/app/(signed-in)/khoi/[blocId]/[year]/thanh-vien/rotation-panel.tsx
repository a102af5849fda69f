"use client";

import { formatDate } from "@/domain/calendar";
import { BLOC_ROLE_LABEL } from "@/domain/vocabulary";
import type { RotationPreview } from "@/server/queries/members/get-rotation-preview";
import { applyRotationAction } from "./actions";
import { FormStatus, InputField, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";

type Props = { fromBlocYearId: string; preview: RotationPreview; canManage: boolean; today: string };

/** Next year's roles as the rotation rule suggests; the secretariat applies them to N+1, then edits there. */
export function RotationPanel({ fromBlocYearId, preview, canManage, today }: Props) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(applyRotationAction);
  if (preview.manual)
    return (
      <p className="text-sm text-stone-600">
        Khối bầu tự do hằng năm nên không có gợi ý vai trò cho năm {preview.nextYear}.
      </p>
    );
  return (
    <div className="space-y-3">
      {preview.roles.length === 0 ? (
        <p className="text-sm text-stone-600">
          Năm này chưa có Phó trưởng khối nào tiếp tục tham gia nên không có gợi ý.
        </p>
      ) : (
        <ul className="list-inside list-disc text-sm">
          {preview.roles.map((role) => (
            <li key={role.unitId}>
              <strong>{BLOC_ROLE_LABEL[role.role]}</strong>: {role.name}
            </li>
          ))}
        </ul>
      )}
      {preview.skipped.map((held) => (
        <p key={held.unitId} className="text-sm text-stone-600">
          Không gợi ý {held.name} ({BLOC_ROLE_LABEL[held.role]} năm {preview.nextYear - 1}) vì{" "}
          {held.leavesOn
            ? `đơn vị rời khối ngày ${formatDate(held.leavesOn)} (hợp nhất hoặc rút khỏi khối), trước khi năm ${preview.nextYear} kết thúc.`
            : `đơn vị không còn là thành viên năm ${preview.nextYear}.`}
        </p>
      ))}
      <p className="text-sm text-stone-600">
        Để bầu tại hội nghị: {preview.openSeats.map((seat) => BLOC_ROLE_LABEL[seat]).join(", ")}.
      </p>
      {!preview.next && (
        <p className="text-sm text-stone-600">
          Chưa có năm {preview.nextYear}. Tạo năm {preview.nextYear} ở trang Khối thi đua (năm mới chưa có vai
          trò nào), rồi quay lại trang này và bấm “Áp dụng cho năm {preview.nextYear}” để ghi vai trò theo gợi
          ý.
        </p>
      )}
      {preview.next && canManage && preview.next.rolesOpen && preview.roles.length > 0 && (
        <form onSubmit={onSubmit} className="space-y-3 rounded-md bg-stone-50 p-3">
          <input type="hidden" name="fromBlocYearId" value={fromBlocYearId} />
          <input type="hidden" name="rolesStamp" value={preview.next.rolesStamp} />
          {preview.next.hasRoles && (
            <p className="text-sm text-amber-900">
              Năm {preview.nextYear} đã có vai trò: Trưởng khối và Phó trưởng khối thường trực sẽ được thay
              theo gợi ý.
            </p>
          )}
          <div className="grid gap-3 sm:grid-cols-2">
            <InputField
              id="rotation-electedOn"
              name="electedOn"
              type="date"
              label="Ngày bầu"
              defaultValue={today}
              error={errorOf("electedOn")}
            />
            <InputField
              id="rotation-decisionRef"
              name="decisionRef"
              label="Số biên bản, quyết định"
              error={errorOf("decisionRef")}
            />
          </div>
          <div className="flex items-center gap-3">
            <SubmitButton pending={pending}>Áp dụng cho năm {preview.nextYear}</SubmitButton>
            <FormStatus
              state={state}
              saved={`Đã ghi vai trò năm ${preview.nextYear}; có thể sửa ở trang năm ${preview.nextYear}.`}
            />
          </div>
        </form>
      )}
    </div>
  );
}
