"use client";

import type { CrossCheckRule } from "@/domain/scoring";
import { CROSS_CHECK_COMBINE_LABEL, CROSS_CHECK_SCORERS_LABEL } from "@/domain/vocabulary";
import { FieldError } from "./form-messages";
import { LabelledSelect } from "./labelled-select";

type Member = { unitId: string; name: string };
type Props = {
  value: CrossCheckRule;
  onChange: (value: CrossCheckRule) => void;
  members: readonly Member[];
  error?: string;
};

/** Who cross-checks whom, and how several scorers' scores of one criterion become one. */
export function CrossCheckFields({ value, onChange, members, error }: Props) {
  const peer = value.scorers !== "secretariat";
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 font-semibold">Kiểm tra chéo</legend>
      <LabelledSelect
        id="rules-crossCheck-scorers"
        label="Ai chấm kiểm tra chéo"
        options={CROSS_CHECK_SCORERS_LABEL}
        value={value.scorers}
        onChange={(scorers) => onChange({ ...value, scorers })}
      />
      {peer && (
        <LabelledSelect
          id="rules-crossCheck-combine"
          label="Điểm kiểm tra chéo của một đơn vị khi có nhiều đơn vị chấm"
          options={CROSS_CHECK_COMBINE_LABEL}
          value={value.combine}
          onChange={(combine) => onChange({ ...value, combine })}
          hint="Ví dụ ba đơn vị chấm 18, 16 và 17 điểm: trung bình cộng và trung vị cho 17,00; điểm thấp nhất cho 16,00. Chỉ hai đơn vị chấm thì không bỏ điểm nào. Làm tròn đến 0,01 điểm. Đơn vị không tự chấm chéo mình; điểm chấm cuối, nếu nhập, thay cho điểm kiểm tra chéo."
        />
      )}
      {value.scorers === "assigned" && <Assignments value={value} onChange={onChange} members={members} />}
      <FieldError id="rules-crossCheck" error={error} />
    </fieldset>
  );
}

/** Per scorer unit, the units it cross-checks (never itself). */
function Assignments({ value, onChange, members }: Omit<Props, "error">) {
  const scoredBy = (scorer: string) =>
    value.assignments.find((assignment) => assignment.scorerUnitId === scorer)?.unitIds ?? [];
  const toggle = (scorer: string, unitId: string, on: boolean) => {
    const unitIds = on ? [...scoredBy(scorer), unitId] : scoredBy(scorer).filter((id) => id !== unitId);
    const others = value.assignments.filter((assignment) => assignment.scorerUnitId !== scorer);
    onChange({
      ...value,
      assignments: unitIds.length > 0 ? [...others, { scorerUnitId: scorer, unitIds }] : others,
    });
  };
  if (members.length === 0)
    return <p className="text-sm text-stone-600">Năm này chưa có đơn vị thành viên để phân công.</p>;
  const scored = new Set(value.assignments.flatMap((assignment) => assignment.unitIds));
  const unscored = members.filter((member) => !scored.has(member.unitId));
  return (
    <div className="space-y-2">
      {unscored.length > 0 && (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Chưa có đơn vị nào chấm chéo: {unscored.map((member) => member.name).join("; ")}. Các đơn vị này
          không có điểm kiểm tra chéo; điểm của họ lấy từ điểm chấm cuối.
        </p>
      )}
      {members.map((scorer) => (
        <fieldset key={scorer.unitId} className="rounded-md border border-stone-200 p-2">
          <legend className="px-1 text-sm font-medium">{scorer.name} chấm chéo:</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {members
              .filter((unit) => unit.unitId !== scorer.unitId)
              .map((unit) => (
                <label key={unit.unitId} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={scoredBy(scorer.unitId).includes(unit.unitId)}
                    onChange={(event) => toggle(scorer.unitId, unit.unitId, event.target.checked)}
                    aria-label={`${scorer.name} chấm chéo ${unit.name}`}
                  />
                  {unit.name}
                </label>
              ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
