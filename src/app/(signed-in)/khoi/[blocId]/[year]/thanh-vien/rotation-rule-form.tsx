"use client";

import { ROTATION_RULE_LABEL } from "@/domain/vocabulary";
import type { RotationRule } from "@/generated/prisma/enums";
import { setRotationRuleAction } from "./actions";
import { FormStatus, SelectField, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";

type Props = { blocYearId: string; blocVersion: number; rule: RotationRule };

const OPTIONS = Object.entries(ROTATION_RULE_LABEL).map(([value, label]) => ({ value, label }));

/** The bloc's rotation rule: one for all its years, so a published year does not lock it. */
export function RotationRuleForm({ blocYearId, blocVersion, rule }: Props) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(setRotationRuleAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3 border-t border-stone-200 pt-4">
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <input type="hidden" name="version" value={blocVersion} />
      <SelectField
        id="rotation-rule"
        name="rotationRule"
        label="Quy tắc luân phiên của khối"
        options={OPTIONS}
        defaultValue={rule}
        hint="Quy tắc chung cho mọi năm của khối, áp dụng cho các gợi ý từ nay về sau; vai trò đã bầu không thay đổi."
        error={errorOf("rotationRule")}
      />
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending} variant="secondary">
          Lưu quy tắc
        </SubmitButton>
        <FormStatus state={state} saved="Đã lưu quy tắc luân phiên." />
      </div>
    </form>
  );
}
