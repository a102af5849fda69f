export default function Loading() {
  return (
    <p role="status" className="animate-pulse text-stone-500">
      Đang tải kết quả bỏ phiếu và đề nghị…
    </p>
  );
}
