export default function Loading() {
  return (
    <p role="status" className="animate-pulse text-stone-600">
      Đang tính bảng xếp hạng…
    </p>
  );
}
