export default function Loading() {
  return (
    <p role="status" className="animate-pulse text-stone-500">
      Đang tải các bản công bố…
    </p>
  );
}
