"use client";

import { useState } from "react";
import { type CriterionTarget, CriterionForm } from "./criterion-form";
import { SECONDARY_BUTTON } from "./form-messages";

/** Adds a top-level section (or a bonus / deduction group) at the end of the table. */
export function AddRootCriterion(props: {
  scoreTableId: string;
  revision: string;
  targets: CriterionTarget[];
}) {
  const { scoreTableId, revision, targets } = props;
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className={`no-print mt-3 ${SECONDARY_BUTTON}`}>
        Thêm mục cấp 1
      </button>
    );
  }
  return (
    <div className="no-print mt-3">
      <CriterionForm
        scoreTableId={scoreTableId}
        revision={revision}
        targets={targets}
        idPrefix="add-root"
        mode={{ operation: "add", parentId: null }}
        initial={{ code: "", title: "", kind: "SECTION", maxPoints: "", capPoints: "", reducesId: "" }}
        onCancel={() => setOpen(false)}
      />
    </div>
  );
}
