import { LoadingNote } from "@/components/loading-note";

export default function Loading() {
  return <LoadingNote>Đang tải danh sách nhiệm vụ…</LoadingNote>;
}
