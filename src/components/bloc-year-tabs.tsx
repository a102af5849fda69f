"use client";

import Link from "@/components/app-link";
import { usePathname } from "next/navigation";
import type { BlocYearTab } from "@/domain/rankings/rankings-page";

/** The sections of one bloc-year; the current one is marked for screen readers too. */
export function BlocYearTabs({ basePath, tabs }: { basePath: string; tabs: BlocYearTab[] }) {
  const pathname = usePathname();
  return (
    // Wraps rather than scrolls: a tab hidden past the edge is a tab nobody finds.
    <nav aria-label="Các mục của năm thi đua" className="no-print mt-4 border-b border-stone-200">
      <ul className="flex flex-wrap gap-x-1 whitespace-nowrap">
        {tabs.map((tab) => {
          const href = tab.segment ? `${basePath}/${tab.segment}` : basePath;
          const current = tab.segment ? pathname.startsWith(href) : pathname === basePath;
          return (
            <li key={tab.segment}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`block border-b-2 px-2.5 py-2 text-sm font-medium ${
                  current
                    ? "border-brand-700 text-brand-800"
                    : "border-transparent text-stone-600 hover:text-stone-900"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
