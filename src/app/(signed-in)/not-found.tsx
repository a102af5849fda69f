import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/not-found-message";

export const metadata: Metadata = { title: "Không tìm thấy trang" };

/** A page that calls notFound() inside the signed-in layout, whose <main> already holds it. */
export default function NotFound() {
  return <NotFoundMessage />;
}
