import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/500.css";
import "@fontsource/be-vietnam-pro/600.css";
import "@fontsource/be-vietnam-pro/700.css";
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
