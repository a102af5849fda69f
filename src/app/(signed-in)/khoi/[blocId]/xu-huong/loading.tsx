import { LoadingNote } from "@/components/loading-note";

export default function Loading() {
  return <LoadingNote>Đang tổng hợp kết quả các năm…</LoadingNote>;
}
