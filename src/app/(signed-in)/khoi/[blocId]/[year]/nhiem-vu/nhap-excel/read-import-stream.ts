import type { ImportEvent } from "./import-events";

/** Posts the file and hands each NDJSON event of the answer to `onEvent` as it arrives. */
export async function postImport(
  url: string,
  file: File,
  onEvent: (event: ImportEvent) => void,
): Promise<void> {
  const body = new FormData();
  body.set("file", file);
  const response = await fetch(url, { method: "POST", body });
  if (!response.ok || !response.body) {
    const failed = (await response.json().catch(() => null)) as ImportEvent | null;
    onEvent(
      failed?.type === "failed"
        ? failed
        : { type: "failed", message: "Không gửi được tệp lên máy chủ. Vui lòng thử lại." },
    );
    return;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) onEvent(JSON.parse(line) as ImportEvent);
  }
}
