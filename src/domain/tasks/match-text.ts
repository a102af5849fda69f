/** Text compared the way an official means it: case, spacing and Unicode form do not matter. */
export function matchKey(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
}

/** A header without its hint in brackets: "Trọng số" matches "Trọng số (1–10)". */
export const headerKey = (text: string) => matchKey(text.replace(/\(.*\)/g, ""));

// PostgreSQL text cannot hold NUL; other control characters are never meant in a cell.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const hasControlCharacters = (text: string) => CONTROL_CHARACTERS.test(text);
