import { LoadingNote } from "@/components/loading-note";

export default function Loading() {
  return <LoadingNote>Đang tải phần giải thích thứ hạng…</LoadingNote>;
}
