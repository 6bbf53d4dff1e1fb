import { SIZE_BANDS, type SizeBand } from "@/lib/taxonomy";

import { claim, PhraseIndex, type Claims, type Token } from "./text";

/**
 * Company-size phrases: numbers ("50-200 employees", "fewer than 50",
 * "10k+") and named segments ("SMB", "mid-market", "enterprise",
 * "startups"). Numbers win: a segment word is ignored when the text also
 * gives a headcount.
 */

type Range = { lo: number; hi: number };

const INFINITE = Number.POSITIVE_INFINITY;

/** Numeric bounds of each band, read from the band labels themselves. */
const BAND_RANGES: { band: SizeBand; lo: number; hi: number }[] =
  SIZE_BANDS.map((band) => {
    const plus = /^(\d+)\+$/.exec(band);
    if (plus) return { band, lo: Number(plus[1]) + 1, hi: INFINITE };
    const [lo = 0, hi = 0] = band.split("-").map(Number);
    return { band, lo, hi };
  });

/**
 * A band is kept when the range covers at least this share of it, or the
 * band holds this share of the range: "50-200" does not drag in 11-50
 * through its single shared value 50, while "50-250" keeps 201-500.
 */
const MIN_BAND_COVERAGE = 0.2;

/** Width used for the open top band when measuring coverage. */
const OPEN_BAND_WIDTH = 5000;

export function bandsForRange(range: Range): SizeBand[] {
  const scored = BAND_RANGES.map(({ band, lo, hi }) => {
    const from = Math.max(lo, range.lo);
    const to = Math.min(hi, range.hi);
    const width = hi === INFINITE ? OPEN_BAND_WIDTH : hi - lo + 1;
    const overlap =
      to < from ? 0 : to === INFINITE ? width : Math.min(to - from + 1, width);
    return { band, share: overlap / width, overlap };
  });
  const rangeWidth =
    range.hi === INFINITE ? OPEN_BAND_WIDTH : range.hi - range.lo + 1;
  const kept = scored.filter(
    (s) =>
      s.share >= MIN_BAND_COVERAGE ||
      s.overlap / rangeWidth >= MIN_BAND_COVERAGE,
  );
  if (kept.length) return kept.map((s) => s.band);
  // A narrow range inside one band ("around 120") keeps the best one.
  const best = scored
    .filter((s) => s.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap)[0];
  return best ? [best.band] : [];
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|thousand)?`;
const EMPLOYEES = String.raw`(?:full[- ]time\s+)?(?:employees?|emps|people|persons?|person|staff(?:ers)?|ftes?|workers|headcount|heads|personnel|team\s+members|employee\s+count)\b`;
const DASH = String.raw`\s*(?:-|–|—|to|and)\s*`;
const LESS = String.raw`(?:fewer\s+than|less\s+than|under|below|up\s+to|at\s+most|(?:no|not)\s+more\s+than|not\s+over|a\s+maximum\s+of|max(?:imum)?|sub-?|<=?|≤)`;
const MORE = String.raw`(?:more\s+than|over|above|at\s+least|(?:no|not)\s+fewer\s+than|(?:no|not)\s+less\s+than|not\s+under|a\s+minimum\s+of|min(?:imum)?(?:\s+of)?|greater\s+than|in\s+excess\s+of|north\s+of|upwards\s+of|>=?|≥)`;
const ABOUT = String.raw`(?:around|about|roughly|approximately|approx\.?|circa|~)`;
// Not inside a word, and not after "no"/"not" (read by the negated forms).
const WORD_START = String.raw`(?<![\p{L}\p{N}])(?<!\bnot?\s+)`;
const SIZE_CUE = String.raw`(?:size[d]?|headcount|employee\s+count|employees|staff\s+of|team\s+size|workforce(?:\s+of)?)`;

// Words after a bare number that show it counts something else.
const OTHER_UNIT = new RegExp(
  String.raw`^\s*(?:%|percent|years?|months?|days?|locations?|offices?|stores?|sites?|countries|states|cities|customers?|clients?|users?|reps?|seats?|accounts?|deals?|m\b|mm\b|million|billion|bn\b|b\b|arr\b|revenue|dollars?|usd|eur|gbp|[$€£])`,
  "i",
);

function toNumber(digits: string, unit: string | undefined): number {
  const n = Number(digits.replace(/,/g, ""));
  return unit ? n * 1000 : n;
}

type SizeHit = { start: number; end: number; range: Range };

function isMoney(text: string, index: number): boolean {
  return /[$€£]\s*$/.test(text.slice(Math.max(0, index - 2), index));
}

function numericHits(text: string): SizeHit[] {
  const hits: SizeHit[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) =>
    taken.every(([a, b]) => e <= a || s >= b);
  const add = (m: RegExpExecArray, range: Range) => {
    const start = m.index;
    const end = m.index + m[0].length;
    if (!free(start, end) || isMoney(text, start)) return;
    taken.push([start, end]);
    hits.push({ start, end, range });
  };
  const run = (source: string, handle: (m: RegExpExecArray) => void) => {
    const re = new RegExp(source, "giu");
    for (let m = re.exec(text); m; m = re.exec(text)) handle(m);
  };
  const after = (m: RegExpExecArray) => text.slice(m.index + m[0].length);

  // "50-200 employees", "between 1,000 and 5,000 staff", "50 to 200-person"
  run(
    String.raw`\b(?:between\s+|from\s+)?${NUM}${DASH}${NUM}\s*\+?\s*-?\s*${EMPLOYEES}`,
    (m) => {
      add(m, {
        lo: toNumber(m[1]!, m[2]),
        hi: toNumber(m[3]!, m[4] ?? m[2]),
      });
    },
  );
  // "headcount of 50-200", "sized 201-500"
  run(
    String.raw`\b${SIZE_CUE}\s*(?:of|between|from|:)?\s*${NUM}${DASH}${NUM}\b`,
    (m) => {
      add(m, {
        lo: toNumber(m[1]!, m[2]),
        hi: toNumber(m[3]!, m[4] ?? m[2]),
      });
    },
  );
  // "fewer than 50 employees", "under 200 people", "over 1,000"
  run(
    String.raw`${WORD_START}${LESS}\s*${NUM}(?:\s*-?\s*${EMPLOYEES})?`,
    (m) => {
      if (!countsPeople(m, text)) return;
      const n = toNumber(m[1]!, m[2]);
      const inclusive =
        /up\s+to|at\s+most|maximum|max|not?\s+(?:more|over)|<=|≤/i.test(m[0]);
      add(m, { lo: 1, hi: inclusive ? n : n - 1 });
    },
  );
  run(
    String.raw`${WORD_START}${MORE}\s*${NUM}\s*\+?(?:\s*-?\s*${EMPLOYEES})?`,
    (m) => {
      if (!countsPeople(m, text)) return;
      const n = toNumber(m[1]!, m[2]);
      const inclusive =
        /least|minimum|min|not?\s+(?:fewer|less|under)|>=|≥/i.test(m[0]);
      add(m, { lo: inclusive ? n : n + 1, hi: INFINITE });
    },
  );
  // "5000+ employees", "10k+", "1,000+ staff"
  run(String.raw`\b${NUM}\s*\+(?:\s*-?\s*${EMPLOYEES})?`, (m) => {
    const hasUnit = new RegExp(EMPLOYEES, "i").test(m[0]);
    if (!hasUnit && !countsPeople(m, text)) return;
    if (!hasUnit && !m[2] && !nearSizeCue(text, m.index)) return;
    add(m, { lo: toNumber(m[1]!, m[2]), hi: INFINITE });
  });
  // "around 100 employees", "a 50-person company", "300 employees"
  run(
    String.raw`(?:${ABOUT}\s*)?\b${NUM}\s*-?\s*(?:person|employee|people|staff)\b`,
    (m) => {
      const n = toNumber(m[1]!, m[2]);
      add(m, { lo: n, hi: n });
    },
  );
  run(String.raw`(?:${ABOUT}\s*)?\b${NUM}\s*${EMPLOYEES}`, (m) => {
    const n = toNumber(m[1]!, m[2]);
    add(m, { lo: n, hi: n });
  });
  // A bare band label such as "11-50" or "201-500" after "with" or a cue.
  run(String.raw`\b${NUM}\s*(?:-|–|to)\s*${NUM}\b`, (m) => {
    if (OTHER_UNIT.test(after(m))) return;
    const lo = toNumber(m[1]!, m[2]);
    const hi = toNumber(m[3]!, m[4] ?? m[2]);
    const label = `${lo}-${hi}`;
    const isBand = BAND_RANGES.some((b) => b.band === label);
    if (!isBand && !nearSizeCue(text, m.index)) return;
    add(m, { lo, hi });
  });
  return hits.sort((a, b) => a.start - b.start);
}

/** A comparator number counts people when followed by a people word or by
 * nothing that names another unit, and the text is about headcount. */
function countsPeople(m: RegExpExecArray, text: string): boolean {
  if (new RegExp(EMPLOYEES, "i").test(m[0])) return true;
  const rest = text.slice(m.index + m[0].length);
  if (OTHER_UNIT.test(rest)) return false;
  if (
    /^\s*[a-z]/i.test(rest) &&
    !/^\s*(?:and|or|in|with|who|that|across|based|at)\b/i.test(rest)
  ) {
    return false;
  }
  return true;
}

function nearSizeCue(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  return new RegExp(
    String.raw`(?:${SIZE_CUE}|with|companies|firms|businesses|organi[sz]ations)\s*(?:of|between|from|:)?\s*$`,
    "i",
  ).test(before);
}

/** Named segments, used only when no headcount number is given. */
const SEGMENTS: [string[], SizeBand[]][] = [
  [
    [
      "smb",
      "smbs",
      "sme",
      "smes",
      "small and medium businesses",
      "small and medium sized businesses",
      "small and medium enterprises",
      "small and medium sized enterprises",
      "small and midsize businesses",
      "small and mid sized businesses",
      "small to medium businesses",
      "small to medium sized businesses",
      "small to mid sized businesses",
      "small and mid market",
    ],
    ["1-10", "11-50", "51-200"],
  ],
  [
    [
      "small businesses",
      "small business",
      "small companies",
      "small firms",
      "startups",
      "startup",
      "start ups",
      "start up",
      "early stage",
      "seed stage",
      "pre seed",
    ],
    ["1-10", "11-50"],
  ],
  [
    ["micro businesses", "microbusinesses", "solopreneurs", "sole traders"],
    ["1-10"],
  ],
  [
    ["scale ups", "scaleups", "scale up", "scaleup", "growth stage"],
    ["51-200", "201-500"],
  ],
  [
    [
      "mid market",
      "midmarket",
      "mid sized",
      "midsized",
      "mid size",
      "midsize",
      "medium sized",
      "medium size",
      "medium businesses",
      "medium companies",
    ],
    ["201-500", "501-1000"],
  ],
  [
    [
      "large enterprises",
      "large enterprise",
      "large companies",
      "large corporations",
      "large organizations",
      "large organisations",
      "big companies",
      "corporates",
      "corporations",
      "fortune 1000",
      "global 2000",
    ],
    ["1001-5000", "5000+"],
  ],
  [["fortune 500", "fortune 100", "fortune 50"], ["5000+"]],
];

const segmentIndex = new PhraseIndex<SizeBand[]>();
for (const [phrases, bands] of SEGMENTS) {
  for (const p of phrases) segmentIndex.addPhrase(p, bands);
}

/** Words after "enterprise" that make it a company segment. */
const COMPANY_NOUNS = new Set([
  "companies",
  "company",
  "firms",
  "businesses",
  "organizations",
  "organisations",
  "orgs",
  "customers",
  "clients",
  "accounts",
  "brands",
  "segment",
  "market",
  "level",
  "grade",
  "sized",
  "size",
  "scale",
  "buyers",
]);

/** Industry words after "enterprise" that describe software, not size. */
const TECH_WORDS = new Set([
  "software",
  "saas",
  "tech",
  "technology",
  "it",
  "cloud",
  "security",
  "cybersecurity",
  "ai",
  "data",
  "digital",
  "internet",
  "app",
  "apps",
  "platform",
  "platforms",
  "analytics",
  "networking",
  "hardware",
  "b2b",
]);

const SEGMENT_WORDS = new Set([
  "smb",
  "smbs",
  "sme",
  "smes",
  "midmarket",
  "market",
  "startups",
  "sized",
]);

function enterpriseAt(tokens: Token[], i: number, claimed: Claims) {
  const t = tokens[i];
  if (!t || claimed[i]) return false;
  if (t.norm === "enterprises") return true;
  if (t.norm !== "enterprise") return false;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (prev && ["large", "big", "global"].includes(prev.norm)) return true;
  if (!next || /[,.;:!?()]/.test(next.before)) return true;
  if (COMPANY_NOUNS.has(next.norm) && !claimed[i + 1]) return true;
  // "enterprise healthcare companies" names large companies; "enterprise
  // SaaS vendors" and "enterprise software" name what is sold.
  if (claimed[i + 1] === "industry" && !TECH_WORDS.has(next.norm)) {
    let k = i + 1;
    while (claimed[k] === "industry") k++;
    const noun = tokens[k];
    if (noun && COMPANY_NOUNS.has(noun.norm)) return true;
  }
  if (next.norm === "and" || next.norm === "or") {
    // "enterprise and mid-market": coordinated with another segment
    const after = tokens[i + 2];
    return Boolean(after && SEGMENT_WORDS.has(after.norm));
  }
  // "mid-market and enterprise SaaS": the word before the conjunction
  const before = tokens[i - 2];
  return Boolean(
    prev &&
    (prev.norm === "and" || prev.norm === "or") &&
    before &&
    SEGMENT_WORDS.has(before.norm),
  );
}

/**
 * Reads company sizes. Consumed tokens are marked in `claimed`; the named
 * segment pass should run after industries so "enterprise software" stays
 * an industry phrase.
 */
export function extractNumericSizes(
  text: string,
  tokens: Token[],
  claimed: Claims,
): SizeBand[] {
  const bands: SizeBand[] = [];
  for (const hit of numericHits(text)) {
    for (const b of bandsForRange(hit.range)) {
      if (!bands.includes(b)) bands.push(b);
    }
    tokens.forEach((t, i) => {
      if (t.start < hit.end && t.end > hit.start) claimed[i] = "size";
    });
  }
  return sortBands(bands);
}

export function extractSegmentSizes(
  tokens: Token[],
  claimed: Claims,
): SizeBand[] {
  const bands: SizeBand[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (enterpriseAt(tokens, i, claimed)) {
      claimed[i] = "size";
      for (const b of ["1001-5000", "5000+"] as const) {
        if (!bands.includes(b)) bands.push(b);
      }
      continue;
    }
    const m = segmentIndex.matchAt(tokens, i, claimed);
    if (!m) continue;
    claim(claimed, m.from, m.to, "size");
    for (const b of m.value) if (!bands.includes(b)) bands.push(b);
    i = m.to - 1;
  }
  return sortBands(bands);
}

export function sortBands(bands: SizeBand[]): SizeBand[] {
  return SIZE_BANDS.filter((b) => bands.includes(b));
}
