import { LoadingNote } from "@/components/loading-note";

export default function Loading() {
  return <LoadingNote>Đang tính bảng xếp hạng…</LoadingNote>;
}
