"use client";

import Link from "@/components/app-link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormStatus, InputField, SelectField, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import type { FirstYearOptions } from "@/server/queries/province/list-blocs";
import { createFirstYearAction } from "../../actions";

type Props = { blocId: string; year: number; options: FirstYearOptions };
type TableSource = "template" | "copy" | "empty";

const SOURCE_LABEL: Record<TableSource, string> = {
  template: "Bảng điểm mẫu 100 điểm (sửa được ở tab Bảng điểm)",
  copy: "Sao chép bảng điểm và quy chế của một năm thi đua có sẵn",
  empty: "Chưa có bảng điểm (lập sau ở tab Bảng điểm)",
};

/** The first year of a bloc; on success the year's overview opens. */
export function FirstYearForm({ blocId, year, options }: Props) {
  const router = useRouter();
  const { state, pending, onSubmit, errorOf } = useKeptForm(async (previous, form: FormData) => {
    const result = await createFirstYearAction(previous, form);
    if (result.ok) router.push(`/khoi/${blocId}/${year}`);
    return result;
  });
  const [members, setMembers] = useState<string[]>([]);
  const [source, setSource] = useState<TableSource>(options.scoreTables.length > 0 ? "copy" : "template");
  const chosen = options.agencies.filter((agency) => members.includes(agency.id));
  const roleOptions = chosen.map((agency) => ({ value: agency.id, label: agency.name }));
  if (options.agencies.length < 2)
    return (
      <p className="rounded-md bg-stone-50 p-4 text-sm text-stone-700">
        Ngày 01/01/{year} tỉnh có {options.agencies.length} đơn vị đang hoạt động; một khối cần ít nhất 2. Hãy
        thêm cơ quan, đơn vị (với ngày áp dụng từ 01/01/{year} trở về trước) ở trang{" "}
        <Link href="/quan-tri/don-vi" className="text-brand-800 underline">
          Cơ quan, đơn vị
        </Link>
        .
      </p>
    );
  const toggle = (unitId: string, on: boolean) =>
    setMembers((list) => (on ? [...list, unitId] : list.filter((id) => id !== unitId)));
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="year" value={year} />
      <fieldset>
        <legend className="text-sm font-medium text-stone-700">Đơn vị thành viên năm {year}</legend>
        <div className="mt-1 grid max-h-72 gap-1 overflow-y-auto sm:grid-cols-2">
          {options.agencies.map((agency) => (
            <label key={agency.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="memberUnitIds"
                value={agency.id}
                checked={members.includes(agency.id)}
                onChange={(event) => toggle(agency.id, event.target.checked)}
              />
              {agency.name}
            </label>
          ))}
        </div>
        {errorOf("memberUnitIds") && (
          <p className="mt-1 text-sm text-brand-700">{errorOf("memberUnitIds")}</p>
        )}
      </fieldset>
      <div className="grid gap-3 md:grid-cols-2">
        <SelectField
          id="first-headUnitId"
          name="headUnitId"
          label="Trưởng khối"
          placeholder="— Chọn trong các thành viên —"
          options={roleOptions}
          error={errorOf("headUnitId")}
        />
        <SelectField
          id="first-standingDeputyUnitId"
          name="standingDeputyUnitId"
          label="Phó trưởng khối thường trực"
          placeholder="— Không có —"
          options={roleOptions}
          error={errorOf("standingDeputyUnitId")}
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-stone-700">Phó trưởng khối</legend>
        {chosen.length === 0 ? (
          <p className="mt-1 text-sm text-stone-500">Chọn thành viên trước.</p>
        ) : (
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {chosen.map((agency) => (
              <label key={agency.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="deputyUnitIds" value={agency.id} />
                {agency.name}
              </label>
            ))}
          </div>
        )}
        {errorOf("deputyUnitIds") && (
          <p className="mt-1 text-sm text-brand-700">{errorOf("deputyUnitIds")}</p>
        )}
      </fieldset>
      <div className="grid gap-3 md:grid-cols-2">
        <InputField
          id="first-electedOn"
          name="electedOn"
          type="date"
          label="Ngày bầu"
          defaultValue={`${year}-01-01`}
          error={errorOf("electedOn")}
        />
        <InputField
          id="first-decisionRef"
          name="decisionRef"
          label="Số biên bản, quyết định"
          error={errorOf("decisionRef")}
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-stone-700">Bảng điểm</legend>
        <div className="mt-1 space-y-1 text-sm">
          {(Object.keys(SOURCE_LABEL) as TableSource[])
            .filter((value) => value !== "copy" || options.scoreTables.length > 0)
            .map((value) => (
              <label key={value} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="scoreTableSource"
                  value={value}
                  checked={source === value}
                  onChange={() => setSource(value)}
                />
                {SOURCE_LABEL[value]}
              </label>
            ))}
        </div>
      </fieldset>
      {source === "copy" && (
        <SelectField
          id="first-copyFromBlocYearId"
          name="copyFromBlocYearId"
          label="Sao chép từ"
          placeholder="— Chọn năm thi đua —"
          options={options.scoreTables.map((row) => ({ value: row.blocYearId, label: row.label }))}
          error={errorOf("copyFromBlocYearId")}
        />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending}>Tạo năm {year}</SubmitButton>
        <FormStatus state={state} saved="Đã tạo năm thi đua." />
      </div>
    </form>
  );
}
