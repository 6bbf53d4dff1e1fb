import fc from "fast-check";

/** Any string: ASCII, composed graphemes and raw code units (lone halves). */
export const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

/** Strings built from title, place and company vocabulary plus noise. */
export function wordSoup(words: readonly string[]) {
  return fc
    .array(
      fc.oneof(
        fc.constantFrom(...words),
        fc.constantFrom(",", "&", "/", "-", "|", "(", ")", " of ", "@"),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(" "));
}
