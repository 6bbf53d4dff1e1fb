/**
 * Header key for matching: case, spaces, punctuation and accents do not
 * count, so "Country/Region", "country region" and "COUNTRY_REGION" match.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/**
 * Makes header names usable as keys: trims them, names empty ones after
 * their position ("Column 3") and suffixes repeats ("Email (2)"), comparing
 * without regard to case.
 */
export function dedupeHeaders(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  const named = raw.map((h, i) => h.trim() || `Column ${i + 1}`);
  for (const name of named) seen.add(name.toLowerCase());
  const taken = new Set<string>();
  return named.map((name) => {
    let candidate = name;
    // A generated name must not take one that a later header carries.
    for (
      let n = 2;
      taken.has(candidate.toLowerCase()) ||
      (candidate !== name && seen.has(candidate.toLowerCase()));
      n++
    ) {
      candidate = `${name} (${n})`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_LIKE = /^(https?:\/\/|www\.)\S+$/i;

/** True when a header cell is plainly a value, i.e. the header is missing. */
export function looksLikeData(cell: string): boolean {
  const v = cell.trim();
  return EMAIL_LIKE.test(v) || URL_LIKE.test(v);
}
