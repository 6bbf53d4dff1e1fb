import { foldCase, Memo } from "./text";

export const SIZE_BANDS = [
  "1-10",
  "11-50",
  "51-200",
  "201-500",
  "501-1000",
  "1001-5000",
  "5000+",
] as const;

export type SizeBand = (typeof SIZE_BANDS)[number];

const BAND_UPPER: readonly number[] = [10, 50, 200, 500, 1000, 5000];

/** The band holding a headcount; "5000+" means 5,001 and up. */
export function sizeBandOf(n: number): SizeBand | null {
  if (typeof n !== "number" || !Number.isFinite(n) || n < 1) return null;
  for (let i = 0; i < BAND_UPPER.length; i++) {
    if (n <= BAND_UPPER[i]!) return SIZE_BANDS[i]!;
  }
  return "5000+";
}

export interface EmployeeCount {
  count: number | null;
  band: SizeBand | null;
}

const UNKNOWN: EmployeeCount = Object.freeze({ count: null, band: null });

// "1,001", "1.2k", "5K", "10 000", "2m"
const GROUPED = String.raw`\d{1,3}(?:[,. ' ]\d{3})+`;
const NUMBER_SRC = String.raw`(${GROUPED}|\d+(?:[.,]\d+)?)\s*([km])?`;
const RANGE_RE = new RegExp(
  String.raw`^${NUMBER_SRC}\s*(?:-|–|—|to|bis|a)\s*${NUMBER_SRC}$`,
);
const PLUS_RE = new RegExp(
  String.raw`^(?:over|more than|>=?|above)?\s*${NUMBER_SRC}` +
    String.raw`\s*(\+|or more|and above|plus)?$`,
);
const SOLO_RE = new RegExp(
  "^(?:self[ -]?employed|solo|freelancer?|sole (?:proprietor|trader)" +
    "|just me|myself only|one person)$",
);
const NOISE_WORDS = [
  "employees?",
  "staff",
  "people",
  "persons?",
  "workers",
  "headcount",
  "ftes?",
  "mitarbeiter",
  "salaries",
  "employes",
  "approx(?:imately)?",
  "about",
  "around",
  "ca",
  "circa",
];
const NOISE_RE = new RegExp(`\\b(?:${NOISE_WORDS.join("|")})\\b|[~≈]`, "g");

function readNumber(digits: string, suffix: string | undefined): number {
  let n: number;
  if (/^\d{1,3}(?:[,. ' ]\d{3})+$/.test(digits)) {
    n = Number(digits.replace(/[,. ' ]/g, ""));
  } else {
    n = Number(digits.replace(",", "."));
  }
  if (suffix === "k") n *= 1_000;
  else if (suffix === "m") n *= 1_000_000;
  // A fractional headcount without "k" is not a headcount.
  else if (!Number.isInteger(n)) return Number.NaN;
  return Math.round(n);
}

// "10-50", "1000+" and "1k-5k" start at a band's upper edge but mean the
// band above it, as LinkedIn's "11-50" and "1,001+" do.
function floorOf(n: number): number {
  return BAND_UPPER.includes(n) ? n + 1 : n;
}

function parseCount(text: string): EmployeeCount {
  const s = foldCase(text).replace(NOISE_RE, " ").replace(/\s+/g, " ").trim();
  if (s === "") return UNKNOWN;
  if (SOLO_RE.test(s)) return { count: 1, band: "1-10" };

  const range = RANGE_RE.exec(s);
  if (range) {
    const low = Math.max(1, readNumber(range[1]!, range[2]));
    const high = readNumber(range[3]!, range[4]);
    if (!(high >= low)) return UNKNOWN;
    if (low === high) return { count: low, band: sizeBandOf(low) };
    // A range names its band by its lower bound: LinkedIn's "5,001-10,000"
    // is 5000+, "2-10" is 1-10. A range that spans bands ("150-300") goes
    // to the band of its lower bound, the only headcount it promises.
    return { count: null, band: sizeBandOf(floorOf(low)) };
  }

  const plus = PLUS_RE.exec(s);
  if (plus) {
    const n = readNumber(plus[1]!, plus[2]);
    if (!(n >= 0)) return UNKNOWN;
    // "10,001+" promises at least 10,001: the count is a floor, not a size.
    if (plus[3]) return { count: null, band: sizeBandOf(floorOf(n) || 1) };
    return n < 1 ? UNKNOWN : { count: n, band: sizeBandOf(n) };
  }
  return UNKNOWN;
}

const memo = new Memo<EmployeeCount>(20_000);

/**
 * Reads a headcount given as a number or text ("4,641", "1,001-5,000
 * employees", "10,001+", "1.2k", "Self-employed") into a count (when one
 * number is given) and a size band. Unreadable input yields nulls.
 */
export function normalizeEmployeeCount(v: unknown): EmployeeCount {
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 1) return UNKNOWN;
    const n = Math.round(v);
    return { count: n, band: sizeBandOf(n) };
  }
  if (typeof v !== "string") return UNKNOWN;
  return memo.get(v, parseCount);
}

/** Reads an ICP size band spelling ("51 - 200", "5,001+", "1k-5k"). */
export function normalizeSizeBand(s: string): SizeBand | null {
  if (typeof s !== "string") return null;
  const trimmed = s.trim();
  if ((SIZE_BANDS as readonly string[]).includes(trimmed)) {
    return trimmed as SizeBand;
  }
  const { band } = normalizeEmployeeCount(trimmed);
  if (band !== null) return band;
  return null;
}
