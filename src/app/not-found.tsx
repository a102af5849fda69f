import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/not-found-message";
import { RenderedPerRequest } from "@/components/rendered-per-request";

export const metadata: Metadata = { title: "Không tìm thấy trang" };

/** An address that matches no route: shown with the root layout only, so it brings its own <main>. */
export default function NotFound() {
  return (
    <RenderedPerRequest>
      <main>
        <NotFoundMessage />
      </main>
    </RenderedPerRequest>
  );
}
