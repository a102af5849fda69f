import "server-only";
import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: read aloud or copied from a screen, a temporary password must not be misread.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A one-time password (about 82 bits), in groups of four so it is easy to pass on: "abcd-EFGH-2345-wxyz". */
export function newTemporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
  );
  return groups.join("-");
}
