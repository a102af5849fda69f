"use client";

import { confirmFirst } from "@/components/forms/confirm-first";
import { Field, invalidProps } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { MAX_DISPUTE_DAYS } from "@/domain/disputes";
import { BUTTON, FormAlert, INPUT, SECONDARY_BUTTON } from "../khen-thuong/form-alert";
import { closeDisputeWindowAction, openDisputeWindowAction } from "./actions";

type Props = {
  blocYearId: string;
  version: number;
  text: string;
  windowOpen: boolean;
  /** Today is the window's last day already: nothing to end early. */
  endsToday: boolean;
  canManage: boolean;
};

/** The window as of today, and for the year's managers the forms that open, extend or end it. */
export function DisputeWindowPanel({ blocYearId, version, text, windowOpen, endsToday, canManage }: Props) {
  return (
    <section aria-labelledby="window-heading" className="rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="window-heading" className="text-lg font-semibold">
        Thời hạn khiếu nại về điểm
      </h2>
      <p className="mt-1 text-sm text-stone-700" role="status">
        {text}
      </p>
      {canManage && (
        <div className="no-print mt-3 flex flex-wrap items-end gap-6">
          <OpenWindowForm blocYearId={blocYearId} version={version} reopen={windowOpen} />
          {windowOpen && !endsToday && <CloseWindowForm blocYearId={blocYearId} version={version} />}
        </div>
      )}
    </section>
  );
}

function OpenWindowForm({
  blocYearId,
  version,
  reopen,
}: {
  blocYearId: string;
  version: number;
  reopen: boolean;
}) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(openDisputeWindowAction);
  const error = errorOf("days");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <input type="hidden" name="version" value={version} />
      <Field
        id="dispute-days"
        label={reopen ? "Đặt lại thời hạn: số ngày kể từ hôm nay" : "Số ngày nhận khiếu nại, kể từ hôm nay"}
        error={error}
      >
        <div className="flex items-center gap-2">
          <input
            id="dispute-days"
            name="days"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_DISPUTE_DAYS}
            defaultValue={7}
            {...invalidProps("dispute-days", error)}
            className={`${INPUT} mt-0 w-24`}
          />
          <button type="submit" disabled={pending} className={`${BUTTON} whitespace-nowrap`}>
            {pending ? "Đang lưu…" : reopen ? "Đặt lại thời hạn" : "Mở thời hạn khiếu nại"}
          </button>
        </div>
      </Field>
      <FormAlert state={error ? null : state} />
    </form>
  );
}

function CloseWindowForm({ blocYearId, version }: { blocYearId: string; version: number }) {
  const { state, pending, onSubmit } = useKeptForm(closeDisputeWindowAction);
  return (
    <form
      onSubmit={confirmFirst(
        "Kết thúc thời hạn khiếu nại hết hôm nay? Từ ngày mai các đơn vị không gửi thêm khiếu nại được.",
        onSubmit,
      )}
      className="space-y-2"
    >
      <input type="hidden" name="blocYearId" value={blocYearId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className={SECONDARY_BUTTON}>
        {pending ? "Đang lưu…" : "Kết thúc thời hạn hết hôm nay"}
      </button>
      <FormAlert state={state} />
    </form>
  );
}
