"use client";

import { useRef, useState } from "react";
import { GRANT_KIND_LABEL, GRANT_SCOPE, type GrantKindCode } from "@/domain/vocabulary";
import type { GrantScopes, ScopeOption } from "@/server/queries/accounts/list-grant-scopes";

type Grant = { kind: GrantKindCode; blocId: string | null; unitId: string | null };
type Row = Grant & { key: number };

const KINDS: GrantKindCode[] = [
  "AGENCY_LEADER",
  "BLOC_SECRETARIAT",
  "AGENCY_SECRETARIAT_STAFF",
  "VIEWER",
  "PROVINCE_ADMIN",
];

const HINTS: Record<GrantKindCode, string> = {
  PROVINCE_ADMIN: "Quản lý mọi khối, cơ quan và tài khoản của tỉnh.",
  BLOC_SECRETARIAT: "Quản lý mọi năm của một khối.",
  AGENCY_LEADER:
    "Tự chấm, đăng ký thi đua và báo cáo nhiệm vụ của đơn vị mình; xem các khối đơn vị tham gia.",
  VIEWER: "Chỉ xem: một khối, hoặc toàn tỉnh.",
  AGENCY_SECRETARIAT_STAFF:
    "Quản lý năm của khối mà đơn vị này làm Trưởng khối, ở các khối chọn để thư ký theo đơn vị trưởng khối.",
};

type Props = { scopes: GrantScopes; initial: Grant[]; error?: string };

/**
 * The account's grants, each a kind and the scope that kind needs; sent as one JSON field
 * ("grants") that the server parses and checks again.
 */
export function GrantsEditor({ scopes, initial, error }: Props) {
  const [rows, setRows] = useState<Row[]>(() => initial.map((grant, key) => ({ ...grant, key })));
  const [nextKey, setNextKey] = useState(initial.length);
  // An agency no longer active is offered only to a grant the account held when the page loaded.
  const [heldUnitIds] = useState(
    () => new Set(initial.flatMap((grant) => (grant.unitId ? [grant.unitId] : []))),
  );
  const update = (key: number, change: Partial<Grant>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  // The row "+ Thêm quyền" just added: its first field takes the focus once it is on screen, so a
  // keyboard user goes on in the new row instead of starting again from the button.
  const focusKey = useRef<number | null>(null);
  const focusIfNew = (key: number) => (select: HTMLSelectElement | null) => {
    if (!select || focusKey.current !== key) return;
    focusKey.current = null;
    select.focus();
  };
  const add = () => {
    setRows((current) => [...current, { key: nextKey, kind: "AGENCY_LEADER", blocId: null, unitId: null }]);
    focusKey.current = nextKey;
    setNextKey(nextKey + 1);
  };
  const value = JSON.stringify(rows.map(({ kind, blocId, unitId }) => ({ kind, blocId, unitId })));
  return (
    <fieldset aria-describedby={error ? "grants-error" : undefined}>
      <legend className="text-sm font-medium text-stone-700">Quyền</legend>
      <input type="hidden" name="grants" value={value} />
      {rows.length === 0 && <p className="mt-2 text-sm text-stone-600">Chưa có quyền nào.</p>}
      <ol className="mt-2 space-y-3">
        {rows.map((row, index) => (
          <li key={row.key} className="rounded-md border border-stone-200 bg-stone-50 p-3">
            <div className="grid gap-3 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_auto] sm:items-end">
              <label className="block text-sm">
                <span className="font-medium text-stone-700">Loại quyền {index + 1}</span>
                <select
                  ref={focusIfNew(row.key)}
                  value={row.kind}
                  onChange={(event) =>
                    update(row.key, { kind: event.target.value as GrantKindCode, blocId: null, unitId: null })
                  }
                  className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
                >
                  {KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {GRANT_KIND_LABEL[kind]}
                    </option>
                  ))}
                </select>
              </label>
              <ScopePicker
                row={row}
                index={index}
                scopes={scopes}
                heldUnitIds={heldUnitIds}
                onChange={(change) => update(row.key, change)}
              />
              <button
                type="button"
                onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}
                className="justify-self-start rounded-md border border-stone-300 bg-white px-3 py-2 text-sm hover:border-brand-600"
              >
                Bỏ quyền này
              </button>
            </div>
            <p className="mt-2 text-xs text-stone-500">{HINTS[row.kind]}</p>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={add}
        className="mt-3 rounded-md border border-brand-700 px-3 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50"
      >
        + Thêm quyền
      </button>
      {error && (
        <p id="grants-error" className="mt-2 text-sm text-brand-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function ScopePicker({
  row,
  index,
  scopes,
  heldUnitIds,
  onChange,
}: {
  row: Row;
  index: number;
  scopes: GrantScopes;
  heldUnitIds: ReadonlySet<string>;
  onChange: (change: Partial<Grant>) => void;
}) {
  const label = `Phạm vi của quyền ${index + 1}`;
  const level = GRANT_SCOPE[row.kind];
  if (level === "PROVINCE")
    return (
      <p className="text-sm text-stone-600">
        <span className="block font-medium text-stone-700">{label}</span>
        <span className="mt-1 block py-2">Toàn tỉnh</span>
      </p>
    );
  const byUnit = level === "UNIT";
  const options: ScopeOption[] = byUnit
    ? scopes.units.filter((option) => !option.inactive || heldUnitIds.has(option.id))
    : scopes.blocs;
  const placeholder =
    level === "BLOC_OR_PROVINCE" ? "Toàn tỉnh" : byUnit ? "— Chọn cơ quan, đơn vị —" : "— Chọn khối —";
  return (
    <label className="block text-sm">
      <span className="font-medium text-stone-700">{label}</span>
      <select
        value={(byUnit ? row.unitId : row.blocId) ?? ""}
        onChange={(event) => {
          const id = event.target.value || null;
          onChange(byUnit ? { unitId: id } : { blocId: id });
        }}
        className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.inactive ? `${option.name} (đã ngừng hoạt động)` : option.name}
          </option>
        ))}
      </select>
    </label>
  );
}
