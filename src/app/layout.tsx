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
import { connection } from "next/server";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { default: "ThiĐua — Khối thi đua", template: "%s · ThiĐua" },
  description: "Quản lý khối thi đua: giao ước, nhiệm vụ, chấm điểm, xếp hạng và hội nghị tổng kết.",
};

/**
 * Rendered per request, every page: Next puts the request's CSP nonce on its scripts only when
 * it renders them (a page prerendered at build would carry none and be blocked).
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
