"use client";

import { FormStatus, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { setSecretariatFollowsHeadUnitAction } from "./actions";

type Props = { blocYearId: string; blocVersion: number; follows: boolean };

/** The bloc's choice that each year's head unit's staff run that year's paperwork. */
export function SecretariatFollowsHeadForm({ blocYearId, blocVersion, follows }: Props) {
  const { state, pending, onSubmit } = useKeptForm(setSecretariatFollowsHeadUnitAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3 border-t border-stone-200 pt-4">
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <input type="hidden" name="version" value={blocVersion} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="follows" defaultChecked={follows} className="mt-1" />
        <span>
          <span className="font-medium">Thư ký khối theo đơn vị trưởng khối</span>
          <span className="block text-stone-600">
            Mỗi năm, cán bộ được giao của đơn vị làm Trưởng khối (tài khoản có quyền “Thư ký tại đơn vị trưởng
            khối”) quản lý năm đó của khối.
          </span>
        </span>
      </label>
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending} variant="secondary">
          Lưu lựa chọn
        </SubmitButton>
        <FormStatus state={state} saved="Đã lưu." />
      </div>
    </form>
  );
}
