"use client";

import { useEffect, useRef, useState } from "react";
import { describedBy, Field, invalidProps } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { OBJECTED_FIGURE_LABEL } from "@/domain/disputes";
import { formatPoints } from "@/domain/format";
import type { DisputeLeaf, FilingUnit } from "@/server/queries/disputes/get-dispute-board";
import { BUTTON, FormAlert, INPUT } from "../khen-thuong/form-alert";
import { fileObjectionAction } from "./actions";

const STAGES = ["FINAL", "CROSS_CHECK"] as const;
type Stage = (typeof STAGES)[number];
/** What the form starts on: a cell of the score grid links here with its unit, leaf and figure. */
type Initial = { unitId?: string; criterionId?: string; stage: Stage };
const BLANK: Initial = { stage: "FINAL" };
const REASON_HINT = "Nêu rõ căn cứ (văn bản, số liệu) để thư ký khối đối chiếu; tối đa 2000 ký tự.";

/** A leader's objection: which unit (when they lead several), which leaf, which figure, and why. */
export function FileObjectionForm(props: { units: FilingUnit[]; leaves: DisputeLeaf[]; initial: Initial }) {
  const { units, leaves } = props;
  const [sent, setSent] = useState<number[]>([]);
  const sentNote = useRef<HTMLParagraphElement>(null);
  // The form is replaced by a blank one: keyboard focus goes to what happened, not to the page top.
  useEffect(() => {
    if (sent.length > 0) sentNote.current?.focus();
  }, [sent]);
  return (
    <>
      {/* A new form after each objection: the next one starts empty. */}
      <ObjectionFields
        key={sent.length}
        units={units}
        leaves={leaves}
        // After a first objection the next one starts blank, not on the linked cell again.
        initial={sent.length === 0 ? props.initial : BLANK}
        onSent={(number) => setSent((numbers) => [...numbers, number])}
      />
      {sent.length > 0 && (
        <p ref={sentNote} tabIndex={-1} role="status" className="mt-3 text-sm text-emerald-800">
          Đã gửi khiếu nại số {sent.at(-1)}. Có thể đính kèm tài liệu ở khiếu nại đó, trong danh sách bên
          dưới.
        </p>
      )}
    </>
  );
}

function ObjectionFields(props: {
  units: FilingUnit[];
  leaves: DisputeLeaf[];
  initial: Initial;
  onSent: (number: number) => void;
}) {
  const { units, leaves, initial, onSent } = props;
  const { state, pending, onSubmit, errorOf } = useKeptForm(fileObjectionAction);
  useEffect(() => {
    if (state?.ok) onSent(state.data.number);
  }, [state, onSent]);
  const [unitId, setUnitId] = useState(
    units.find((unit) => unit.unitId === initial.unitId)?.unitId ?? units[0]?.unitId ?? "",
  );
  const [criterionId, setCriterionId] = useState(
    leaves.find((leaf) => leaf.id === initial.criterionId)?.id ?? "",
  );
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  // Arrived from a cell of the grid: the criterion and figure are chosen, the reason is next.
  const arrivedFromCell = useRef(criterionId !== "" && criterionId === initial.criterionId);
  useEffect(() => {
    if (arrivedFromCell.current) reasonRef.current?.focus();
  }, []);
  const figures = units.find((unit) => unit.unitId === unitId)?.figures[criterionId];
  const shown = (points: number | null | undefined) =>
    points == null ? "chưa có điểm" : formatPoints(points);
  const errors = {
    // Once a criterion is chosen its refusal no longer applies.
    criterionId: criterionId === "" ? errorOf("criterionId") : undefined,
    stage: errorOf("stage"),
    reason: errorOf("reason"),
  };
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 md:grid-cols-2">
      {units.length > 1 ? (
        <label className="block text-sm font-medium text-stone-700">
          Đơn vị
          <select name="unitId" value={unitId} onChange={(e) => setUnitId(e.target.value)} className={INPUT}>
            {units.map((unit) => (
              <option key={unit.unitId} value={unit.unitId}>
                {unit.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <input type="hidden" name="unitId" value={unitId} />
      )}
      <div className={units.length > 1 ? "" : "md:col-span-2"}>
        <Field id="objection-criterion" label="Tiêu chí bị khiếu nại" error={errors.criterionId}>
          <select
            id="objection-criterion"
            name="criterionId"
            value={criterionId}
            onChange={(e) => setCriterionId(e.target.value)}
            {...invalidProps("objection-criterion", errors.criterionId)}
            className={INPUT}
          >
            <option value="">— Chọn tiêu chí —</option>
            {leaves.map((leaf) => (
              <option key={leaf.id} value={leaf.id}>
                {leaf.code}. {leaf.title}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset
        className="md:col-span-2"
        aria-describedby={errors.stage ? "objection-stage-error" : undefined}
      >
        <legend className="text-sm font-medium text-stone-700">Điểm bị khiếu nại</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
          {STAGES.map((stage) => (
            <label key={stage} className="flex items-center gap-2 py-1 text-sm">
              <input
                type="radio"
                name="stage"
                value={stage}
                defaultChecked={stage === initial.stage}
                className="h-5 w-5"
              />
              <span>
                {OBJECTED_FIGURE_LABEL[stage][0]?.toUpperCase()}
                {OBJECTED_FIGURE_LABEL[stage].slice(1)}
                {criterionId && (
                  <span className="text-stone-600">
                    {" "}
                    (hiện tại: {shown(stage === "FINAL" ? figures?.final : figures?.crossCheck)})
                  </span>
                )}
              </span>
            </label>
          ))}
        </div>
        {errors.stage && (
          <p id="objection-stage-error" className="mt-1 text-sm text-brand-700">
            {errors.stage}
          </p>
        )}
      </fieldset>
      <div className="md:col-span-2">
        <Field id="objection-reason" label="Nội dung khiếu nại" error={errors.reason} hint={REASON_HINT}>
          <textarea
            ref={reasonRef}
            id="objection-reason"
            name="reason"
            rows={4}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={describedBy("objection-reason", errors.reason, REASON_HINT)}
            className={INPUT}
          />
        </Field>
      </div>
      <div className="space-y-2 md:col-span-2">
        <FormAlert state={state && !state.ok && state.fieldErrors ? null : state} />
        <button type="submit" disabled={pending} className={BUTTON}>
          {pending ? "Đang gửi…" : "Gửi khiếu nại"}
        </button>
      </div>
    </form>
  );
}
