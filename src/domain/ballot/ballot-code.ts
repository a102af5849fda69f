/**
 * A delegate's one-time code: 8 characters from 31 that cannot be misread on paper or a phone
 * (no 0/O, 1/I/L), about 8.5 × 10¹¹ codes, shown in two groups ("K7PM-3QXD").
 */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_LENGTH = 8;

/**
 * A code from random bytes, by rejection so that every character is equally likely: a byte
 * counts only below the largest multiple of the alphabet's size. Null when the bytes ran out.
 */
export function codeFromRandomBytes(bytes: Uint8Array): string | null {
  const limit = 256 - (256 % CODE_ALPHABET.length);
  let code = "";
  for (const byte of bytes) {
    if (byte >= limit) continue;
    code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    if (code.length === CODE_LENGTH) return code;
  }
  return null;
}

/** "K7PM3QXD" as printed and shown: "K7PM-3QXD". */
export const displayCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/**
 * What a delegate typed, as stored: capitals, without spaces or dashes. Null when it cannot be a
 * code (another length, or a character the alphabet leaves out).
 */
export function readCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== CODE_LENGTH) return null;
  return [...code].every((character) => CODE_ALPHABET.includes(character)) ? code : null;
}
