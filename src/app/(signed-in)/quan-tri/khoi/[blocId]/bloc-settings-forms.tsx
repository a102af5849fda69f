"use client";

import { FormStatus, InputField, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { archiveBlocAction, renameBlocAction } from "../../actions";

export function RenameBlocForm(props: { blocId: string; version: number; name: string }) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(renameBlocAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="blocId" value={props.blocId} />
      <input type="hidden" name="version" value={props.version} />
      <InputField
        id="bloc-rename"
        name="name"
        label="Tên khối"
        defaultValue={props.name}
        maxLength={200}
        error={errorOf("name")}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending}>Lưu tên khối</SubmitButton>
        <FormStatus state={state} saved="Đã đổi tên khối." />
      </div>
    </form>
  );
}

export function ArchiveBlocForm(props: { blocId: string; version: number; today: string }) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(archiveBlocAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="blocId" value={props.blocId} />
      <input type="hidden" name="version" value={props.version} />
      <div className="max-w-xs">
        <InputField
          id="bloc-archivedOn"
          name="archivedOn"
          type="date"
          label="Lưu trữ từ ngày"
          defaultValue={props.today}
          error={errorOf("archivedOn")}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} variant="secondary">
          Lưu trữ khối
        </SubmitButton>
        <FormStatus state={state} saved="Đã lưu trữ khối." />
      </div>
    </form>
  );
}
