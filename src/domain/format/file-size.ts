const KB = 1024;
const MB = 1024 * KB;

const oneDecimal = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

/** A file's size as Vietnamese readers write it: "820 KB", "1,5 MB" (decimal comma); under 1 KB in bytes. */
export function formatFileSize(bytes: number): string {
  if (bytes < KB) return `${bytes} byte`;
  if (bytes < MB) return `${oneDecimal.format(bytes / KB)} KB`;
  return `${oneDecimal.format(bytes / MB)} MB`;
}
