export default function Loading() {
  return (
    <p role="status" className="animate-pulse text-stone-500">
      Đang tải giao ước và đăng ký…
    </p>
  );
}
