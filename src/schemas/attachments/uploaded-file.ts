import { z } from "zod";
import { requiredText } from "../text";

/** One uploaded file at most (a pledge scan, an evidence file); the form says so beside the control. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENT_TEXT = "tối đa 10 MB";

/** An upload's name and bytes; what the bytes are is decided by their magic numbers in the mutation. */
export const uploadedFileFields = {
  fileName: requiredText("tên tệp", 255),
  bytes: z
    .instanceof(Uint8Array, { error: "Vui lòng chọn tệp." })
    .refine((bytes) => bytes.byteLength > 0, { error: "Tệp rỗng: vui lòng chọn tệp có nội dung." })
    .refine((bytes) => bytes.byteLength <= MAX_ATTACHMENT_BYTES, {
      error: `Tệp quá lớn (${MAX_ATTACHMENT_TEXT}).`,
    }),
};
