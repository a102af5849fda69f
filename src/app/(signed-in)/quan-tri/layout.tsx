import type { Metadata } from "next";
import type { ReactNode } from "react";
import { requireSessionUser } from "@/server/auth/session";
import { mayAdministerProvince } from "@/server/authz";
import { AdminNav } from "./admin-nav";
import { AdminOnly } from "./admin-only";

export const metadata: Metadata = { title: { template: "%s · Quản trị", default: "Quản trị" } };

/** The province administration: the province admin's only; anyone else is told so. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireSessionUser();
  if (!mayAdministerProvince(user)) return <AdminOnly />;
  return (
    <div className="lg:flex lg:gap-8">
      <AdminNav />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
