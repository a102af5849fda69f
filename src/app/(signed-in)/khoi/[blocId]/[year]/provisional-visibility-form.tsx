"use client";

import { useActionState } from "react";
import { setProvisionalVisibilityAction } from "./actions";

type Props = { blocYearId: string; version: number; membersSeeProvisional: boolean; allowed: boolean };

export function ProvisionalVisibilityForm({ blocYearId, version, membersSeeProvisional, allowed }: Props) {
  const [state, action, pending] = useActionState(setProvisionalVisibilityAction, null);
  const current = state?.ok ? state.data : { version, visible: membersSeeProvisional };
  return (
    <section
      aria-labelledby="settings-heading"
      className="no-print mt-8 rounded-lg border border-stone-200 bg-white p-5"
    >
      <h2 id="settings-heading" className="text-lg font-semibold">
        Cài đặt năm thi đua
      </h2>
      <form action={action} className="mt-3 flex flex-wrap items-center gap-4">
        <input type="hidden" name="blocYearId" value={blocYearId} />
        <input type="hidden" name="version" value={current.version} />
        <input type="hidden" name="visible" value={String(!current.visible)} />
        <p className="text-sm text-stone-700">
          Các đơn vị thành viên {current.visible ? <strong>được</strong> : <strong>không được</strong>} xem
          điểm tạm tính của nhau trước khi công bố.
        </p>
        <button
          type="submit"
          disabled={pending || !allowed}
          className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-50"
        >
          {current.visible ? "Không cho xem" : "Cho phép xem"}
        </button>
      </form>
      {state && !state.ok && (
        <p role="alert" className="mt-3 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
          {state.formError}
        </p>
      )}
    </section>
  );
}
