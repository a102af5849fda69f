import { LoadingNote } from "@/components/loading-note";

export default function Loading() {
  return <LoadingNote>Đang tải các khiếu nại…</LoadingNote>;
}
