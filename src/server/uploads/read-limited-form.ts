import "server-only";
import { UploadRefusal } from "./upload-refusal";

// Room for the multipart boundaries and the other fields beside the file.
const MULTIPART_OVERHEAD = 64 * 1024;

/** The body, counted as it streams: refused the moment it passes `maxBytes`, whatever Content-Length said. */
async function readBodyWithin(
  request: Request,
  maxBytes: number,
  tooLarge: string,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!request.body) throw new UploadRefusal("Vui lòng chọn tệp.", 400);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new UploadRefusal(tooLarge, 413);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * A multipart upload of at most `maxFileBytes` (plus the form's overhead), refused by its declared
 * Content-Length before a byte is read, and again while reading if the length was absent or lied.
 */
export async function readLimitedForm(
  request: Request,
  limit: { maxFileBytes: number; tooLarge: string },
): Promise<FormData> {
  const maxBytes = limit.maxFileBytes + MULTIPART_OVERHEAD;
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes)
    throw new UploadRefusal(limit.tooLarge, 413);
  const body = await readBodyWithin(request, maxBytes, limit.tooLarge);
  const contentType = request.headers.get("content-type") ?? "";
  const form = await new Response(body, { headers: { "content-type": contentType } })
    .formData()
    .catch(() => null);
  if (!form) throw new UploadRefusal("Yêu cầu tải tệp không hợp lệ.", 400);
  return form;
}
