"use client";

import { useActionState } from "react";
import { editCriteriaAction } from "./actions";
import { FormError } from "./form-messages";

type Props = {
  scoreTableId: string;
  revision: string;
  criterionId: string;
  command: { operation: "move"; direction: "up" | "down" } | { operation: "delete" };
  label: string;
  pendingLabel: string;
  className: string;
  disabled?: boolean;
};

/** A one-button edit of a node (move, delete), with its own pending state and error. */
export function NodeCommandForm({
  scoreTableId,
  revision,
  criterionId,
  command,
  label,
  pendingLabel,
  className,
  disabled,
}: Props) {
  const [state, action, pending] = useActionState(editCriteriaAction, null);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="operation" value={command.operation} />
      <input type="hidden" name="scoreTableId" value={scoreTableId} />
      <input type="hidden" name="revision" value={revision} />
      <input type="hidden" name="criterionId" value={criterionId} />
      {command.operation === "move" && <input type="hidden" name="direction" value={command.direction} />}
      <button type="submit" disabled={pending || disabled} className={className}>
        {pending ? pendingLabel : label}
      </button>
      <FormError state={state} />
    </form>
  );
}
