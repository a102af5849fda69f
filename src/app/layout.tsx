// Latin and Vietnamese only, in the four weights the pages use: the package's all-subsets files
// add a Latin Extended face whose range also covers ă, đ, ơ, ư, so every page fetched it too.
import "@fontsource/be-vietnam-pro/latin-400.css";
import "@fontsource/be-vietnam-pro/vietnamese-400.css";
import "@fontsource/be-vietnam-pro/latin-500.css";
import "@fontsource/be-vietnam-pro/vietnamese-500.css";
import "@fontsource/be-vietnam-pro/latin-600.css";
import "@fontsource/be-vietnam-pro/vietnamese-600.css";
import "@fontsource/be-vietnam-pro/latin-700.css";
import "@fontsource/be-vietnam-pro/vietnamese-700.css";
import "./globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { RefreshOnRestore } from "@/components/refresh-on-restore";

export const metadata: Metadata = {
  title: { default: "ThiĐua — Khối thi đua", template: "%s · ThiĐua" },
  description: "Quản lý khối thi đua: giao ước, nhiệm vụ, chấm điểm, xếp hạng và hội nghị tổng kết.",
};

/**
 * Static itself, so that a prerendered shell (src/app/khung) can sit under it; every other page is
 * rendered per request by its own section's layout (RenderedPerRequest), since Next puts the
 * request's CSP nonce on scripts only when it renders them.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">
        <RefreshOnRestore />
        {children}
      </body>
    </html>
  );
}
