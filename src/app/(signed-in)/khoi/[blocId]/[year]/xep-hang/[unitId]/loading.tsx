export default function Loading() {
  return (
    <p role="status" className="animate-pulse text-stone-600">
      Đang tải phần giải thích thứ hạng…
    </p>
  );
}
