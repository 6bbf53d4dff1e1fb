/** What happens to the second and later copies of a lead in one list. */
export const DEDUPE_MODES = ["merge", "flag"] as const;

export type DedupeMode = (typeof DEDUPE_MODES)[number];

export function isDedupeMode(value: unknown): value is DedupeMode {
  return value === "merge" || value === "flag";
}

/** Legal-form words that do not tell two companies apart. */
const COMPANY_SUFFIXES = new Set([
  "inc",
  "incorporated",
  "corp",
  "corporation",
  "co",
  "company",
  "llc",
  "llp",
  "lp",
  "ltd",
  "limited",
  "plc",
  "gmbh",
  "ag",
  "sa",
  "sas",
  "sarl",
  "srl",
  "spa",
  "bv",
  "nv",
  "oy",
  "ab",
  "as",
  "aps",
  "kk",
  "pty",
  "pte",
]);

const ASCII = /^[\x00-\x7f]*$/;

function fold(text: string): string {
  // Most names are plain ASCII, which has no accents to take off.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

function words(text: string): string[] {
  if (!text) return [];
  const folded = fold(text);
  const parts = ASCII.test(folded)
    ? folded.split(/[^a-z0-9]+/)
    : folded.split(/[^\p{L}\p{N}]+/u);
  return parts.filter(Boolean);
}

/** Same email ignoring case (and surrounding spaces). */
export function emailKey(email: string | null | undefined): string | null {
  const key = email?.trim().toLowerCase();
  return key ? key : null;
}

/**
 * "Acme, Inc." and "ACME Inc" are one company; accents, punctuation and a
 * trailing legal form do not count.
 */
export function companyKey(company: string | null | undefined): string | null {
  const parts = words(company ?? "");
  while (parts.length > 1 && COMPANY_SUFFIXES.has(parts[parts.length - 1]!)) {
    parts.pop();
  }
  return parts.length ? parts.join(" ") : null;
}

/**
 * Same first name, last name and company. All three must be present: two
 * "John Smith" rows without a company may well be different people.
 */
export function nameKey(
  firstName: string | null | undefined,
  lastName: string | null | undefined,
  company: string | null | undefined,
): string | null {
  const first = words(firstName ?? "").join(" ");
  const last = words(lastName ?? "").join(" ");
  const org = companyKey(company);
  if (!first || !last || !org) return null;
  return `${first}|${last}|${org}`;
}
