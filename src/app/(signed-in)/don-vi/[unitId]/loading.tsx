import { LoadingNote } from "@/components/loading-note";

export default function Loading() {
  return <LoadingNote>Đang tải thông tin đơn vị…</LoadingNote>;
}
