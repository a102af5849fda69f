export default function Loading() {
  return (
    <p role="status" className="animate-pulse text-stone-500">
      Đang tải nhật ký…
    </p>
  );
}
