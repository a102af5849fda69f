"use client";

import { useRouter } from "next/navigation";
import { FormStatus, InputField, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { createBlocAction } from "../actions";

/** A new bloc; on success its page opens, where its first year is created. */
export function CreateBlocForm({ today }: { today: string }) {
  const router = useRouter();
  const { state, pending, onSubmit, errorOf } = useKeptForm(async (previous, form: FormData) => {
    const result = await createBlocAction(previous, form);
    if (result.ok) router.push(`/quan-tri/khoi/${(result.data as { blocId: string }).blocId}`);
    return result;
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <div className="grid gap-3 md:grid-cols-[2fr_1fr_1fr]">
        <InputField id="bloc-name" name="name" label="Tên khối" maxLength={200} error={errorOf("name")} />
        <InputField
          id="bloc-code"
          name="code"
          label="Mã khối"
          maxLength={20}
          hint="Chữ không dấu, số, dấu _ (ví dụ KTKT)."
          error={errorOf("code")}
        />
        <InputField
          id="bloc-foundedOn"
          name="foundedOn"
          type="date"
          label="Ngày thành lập"
          defaultValue={today}
          error={errorOf("foundedOn")}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending}>Tạo khối</SubmitButton>
        <FormStatus state={state} saved="Đã tạo khối." />
      </div>
    </form>
  );
}
