"use client";

import { DateField } from "@/components/date-field";
import { useState } from "react";
import { formatDate, isIsoDay } from "@/domain/calendar";
import { isMemberOn } from "@/domain/membership";
import type { TaskFormOptions } from "@/server/queries/tasks/task-form-options";
import { Field, INPUT_CLASS } from "./form-fields";

type Props = {
  year: number;
  values: Record<string, string>;
  errors: Record<string, string[] | undefined>;
  options: TaskFormOptions;
};

/**
 * Owner, weight and deadline: the owner list offers only the units that are members on the
 * deadline entered (before one is entered, on `ownerDay`), so a unit that merged away or has
 * not joined yet cannot be picked. The server refuses it too.
 */
export function TaskScheduleFields({ year, values, errors, options }: Props) {
  const [deadline, setDeadline] = useState(values.deadline ?? "");
  const day = isIsoDay(deadline) ? deadline : options.ownerDay;
  const owners = options.members.filter((member) => isMemberOn(member, day));
  const hint = `Các đơn vị là thành viên ngày ${formatDate(day)}${isIsoDay(deadline) ? " (hạn hoàn thành)" : ""}.`;
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <Field name="ownerUnitId" label="Đơn vị chủ trì" errors={errors.ownerUnitId} hint={hint}>
        {(describedBy, invalid) => (
          <select
            id="ownerUnitId"
            name="ownerUnitId"
            required
            defaultValue={values.ownerUnitId}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={INPUT_CLASS}
          >
            <option value="">— Chọn đơn vị —</option>
            {owners.map((member) => (
              <option key={member.unitId} value={member.unitId}>
                {member.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="weight" label="Trọng số" errors={errors.weight} hint="Số nguyên từ 1 trở lên.">
        {(describedBy, invalid) => (
          <input
            id="weight"
            name="weight"
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            required
            defaultValue={values.weight}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={INPUT_CLASS}
          />
        )}
      </Field>
      <Field name="deadline" label="Hạn hoàn thành" errors={errors.deadline} hint={`Trong năm ${year}.`}>
        {(describedBy, invalid) => (
          <DateField
            id="deadline"
            name="deadline"
            required
            value={deadline}
            onValueChange={setDeadline}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={INPUT_CLASS}
          />
        )}
      </Field>
    </div>
  );
}
