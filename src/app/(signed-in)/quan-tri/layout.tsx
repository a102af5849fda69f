import type { Metadata } from "next";
import type { ReactNode } from "react";
import { requireSessionUser } from "@/server/auth/session";
import { mayAdministerProvince } from "@/server/authz";
import { AdminNav } from "./admin-nav";

export const metadata: Metadata = { title: { template: "%s · Quản trị", default: "Quản trị" } };

/** The province administration: the province admin's only; anyone else is told so. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireSessionUser();
  if (!mayAdministerProvince(user))
    return (
      <p role="alert" className="rounded-lg border border-stone-200 bg-white p-6 text-stone-700">
        Trang quản trị chỉ dành cho quản trị viên tỉnh.
      </p>
    );
  return (
    <div className="lg:flex lg:gap-8">
      <AdminNav />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
