import { foldKey, Memo } from "./text";

export const SENIORITIES = [
  "C-Level",
  "VP",
  "Director",
  "Manager",
  "Individual Contributor",
] as const;

export type Seniority = (typeof SENIORITIES)[number];

// Canonical names plus Apollo (owner, c_suite, ...) and Sales Navigator
// (CXO, Experienced Manager, In Training, ...) vocabularies. "Head" is
// deliberately absent: it spans VP to team lead depending on company size,
// so it stays unknown, exactly as a "Head of ..." title does.
const SENIORITY_WORDS: Record<Seniority, string[]> = {
  "C-Level": [
    "c level",
    "c suite",
    "csuite",
    "cxo",
    "c level executive",
    "chief",
    "chief officer",
    "executive",
    "executives",
    "owner",
    "owners",
    "founder",
    "co founder",
    "cofounder",
    "partner",
    "owner partner",
    "partner owner",
    "president",
  ],
  VP: [
    "vp",
    "vice president",
    "vicepresident",
    "svp",
    "evp",
    "avp",
    "senior vice president",
    "executive vice president",
    "vps",
  ],
  Director: ["director", "directors", "senior director", "dir"],
  Manager: [
    "manager",
    "managers",
    "mgr",
    "management",
    "experienced manager",
    "entry level manager",
    "senior manager",
    "supervisor",
  ],
  "Individual Contributor": [
    "individual contributor",
    "ic",
    "senior",
    "strategic",
    "entry",
    "entry level",
    "junior",
    "in training",
    "training",
    "trainee",
    "intern",
    "interns",
    "internship",
    "non manager",
    "staff",
    "professional",
  ],
};

const SENIORITY_INDEX = new Map<string, Seniority>();
for (const level of SENIORITIES) {
  SENIORITY_INDEX.set(foldKey(level), level);
  for (const word of SENIORITY_WORDS[level]) {
    SENIORITY_INDEX.set(word, level);
  }
}

const memo = new Memo<Seniority | null>(1_000);

/** Maps a seniority from any vendor vocabulary to a canonical level. */
export function normalizeSeniority(s: string): Seniority | null {
  if (typeof s !== "string") return null;
  return memo.get(s, (raw) => SENIORITY_INDEX.get(foldKey(raw)) ?? null);
}

export function isSeniority(s: unknown): s is Seniority {
  return (SENIORITIES as readonly unknown[]).includes(s);
}
