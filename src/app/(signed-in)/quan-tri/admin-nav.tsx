"use client";

import Link from "@/components/app-link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/quan-tri/don-vi", label: "Cơ quan, đơn vị" },
  { href: "/quan-tri/khoi", label: "Khối thi đua" },
  { href: "/quan-tri/nguoi-dung", label: "Tài khoản người dùng" },
  { href: "/quan-tri/nhat-ky", label: "Nhật ký quản trị" },
] as const;

/** The administration's sections: a row of tabs on a phone, a column beside the page on a wide screen. */
export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Quản trị" className="mb-6 lg:mb-0 lg:w-56 lg:shrink-0">
      <p className="mb-2 text-xs font-semibold tracking-wide text-stone-500 uppercase">Quản trị tỉnh</p>
      <ul className="flex flex-wrap gap-2 lg:flex-col">
        {LINKS.map((link) => {
          const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href} className="shrink-0">
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-md px-3 py-2 text-sm font-medium ${
                  current ? "bg-brand-700 text-white" : "bg-white text-stone-700 hover:bg-brand-50"
                }`}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
