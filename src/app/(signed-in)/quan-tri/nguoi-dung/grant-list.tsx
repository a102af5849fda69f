import { GRANT_KIND_LABEL } from "@/domain/vocabulary";
import type { AccountGrant } from "@/server/queries/accounts/list-accounts";

/** An account's grants in words: "Lãnh đạo đơn vị — Sở Giao thông vận tải". */
export function GrantList({ grants }: { grants: AccountGrant[] }) {
  if (grants.length === 0) return <span className="text-stone-500">Chưa có quyền</span>;
  return (
    <ul className="space-y-0.5">
      {grants.map((grant) => (
        <li key={`${grant.kind}:${grant.blocId}:${grant.unitId}`}>
          <span className="font-medium">{GRANT_KIND_LABEL[grant.kind]}</span>
          <span className="text-stone-600"> — {grant.scope}</span>
        </li>
      ))}
    </ul>
  );
}
