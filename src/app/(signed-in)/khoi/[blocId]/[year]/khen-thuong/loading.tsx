import { LoadingNote } from "@/components/loading-note";

export default function Loading() {
  return <LoadingNote>Đang tải kết quả bỏ phiếu và đề nghị…</LoadingNote>;
}
