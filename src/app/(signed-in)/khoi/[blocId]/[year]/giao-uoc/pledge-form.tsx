"use client";

import {
  FormStatus,
  InputField,
  SubmitButton,
  TextAreaField,
  isoDateValue,
} from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { savePledgeAction } from "./actions";

type Props = {
  blocYearId: string;
  year: number;
  pledge: { title: string; body: string; signedOn: Date | null; version: number } | null;
};

/** The pledge's title and text (the text may stay empty when a signed scan is attached). */
export function PledgeForm({ blocYearId, year, pledge }: Props) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(savePledgeAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <input type="hidden" name="version" value={pledge?.version ?? 0} />
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
        <InputField
          id="pledge-title"
          name="title"
          label="Tiêu đề"
          defaultValue={pledge?.title ?? `Giao ước thi đua năm ${year}`}
          error={errorOf("title")}
        />
        <InputField
          id="pledge-signedOn"
          name="signedOn"
          type="date"
          label="Ngày ký"
          defaultValue={isoDateValue(pledge?.signedOn)}
          error={errorOf("signedOn")}
        />
      </div>
      <TextAreaField
        id="pledge-body"
        name="body"
        label="Nội dung giao ước"
        rows={10}
        defaultValue={pledge?.body ?? ""}
        error={errorOf("body")}
        hint="Mỗi đoạn cách nhau một dòng trống."
      />
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending}>Lưu giao ước</SubmitButton>
        <FormStatus state={state} saved="Đã lưu giao ước." />
      </div>
    </form>
  );
}
