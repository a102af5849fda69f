/**
 * Characters that change how text shows without showing themselves: bidi embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069, which make "Sở Y tế" render reversed on every
 * page, the conference screen and exports), zero-width spaces and joiners, marks (U+200B–U+200F,
 * U+061C), the soft hyphen (U+00AD), word joiners and invisible operators (U+2060–U+2064),
 * deprecated format characters (U+206A–U+206F), the byte-order mark (U+FEFF), interlinear
 * annotations (U+FFF9–U+FFFB) and line/paragraph separators (U+2028, U+2029). Vietnamese needs
 * none of them in a name or a title.
 */
const INVISIBLE_FORMATTING =
  /[\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/u;

export const hasInvisibleFormatting = (text: string) => INVISIBLE_FORMATTING.test(text);
