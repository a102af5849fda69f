import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminNav } from "./admin-nav";
import { AdminOnly } from "./admin-only";
import { provinceAdminOrNull } from "./province-admin";

export const metadata: Metadata = { title: { template: "%s · Quản trị", default: "Quản trị" } };

/** The province administration: the province admin's only; anyone else is told so. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  if (!(await provinceAdminOrNull())) return <AdminOnly />;
  return (
    <div className="lg:flex lg:gap-8">
      <AdminNav />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
