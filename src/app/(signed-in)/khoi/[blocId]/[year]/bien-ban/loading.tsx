export default function MinutesLoading() {
  return (
    <p role="status" className="text-stone-600">
      Đang chuẩn bị biên bản…
    </p>
  );
}
