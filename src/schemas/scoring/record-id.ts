import { z } from "zod";

// Row ids are cuids: anything else (NUL, spaces, markup) is refused before it reaches a query.
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const recordId = (label: string) =>
  z.string({ error: `Thiếu ${label}.` }).regex(ID_PATTERN, { error: `Mã ${label} không hợp lệ.` });
