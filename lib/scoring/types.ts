import type { Seniority, SizeBand } from "@/lib/taxonomy";

export const CRITERION_KEYS = [
  "industry",
  "companySize",
  "technologies",
  "jobTitle",
  "department",
  "seniority",
  "country",
  "state",
  "city",
] as const;

export type CriterionKey = (typeof CRITERION_KEYS)[number];

export const CRITERION_LABELS: Readonly<Record<CriterionKey, string>> = {
  industry: "Industry",
  companySize: "Company size",
  technologies: "Technologies",
  jobTitle: "Job title",
  department: "Department",
  seniority: "Seniority",
  country: "Country",
  state: "State / region",
  city: "City",
};

/** The ICP list each criterion reads. */
export const CRITERION_FIELDS = {
  industry: "industries",
  companySize: "companySizes",
  technologies: "technologies",
  jobTitle: "jobTitles",
  department: "departments",
  seniority: "seniorities",
  country: "countries",
  state: "states",
  city: "cities",
} as const satisfies Record<CriterionKey, string>;

export type IcpListField = (typeof CRITERION_FIELDS)[CriterionKey];

export interface IcpCriteria {
  industries: string[];
  companySizes: string[];
  technologies: string[];
  jobTitles: string[];
  departments: string[];
  seniorities: string[];
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  /** ISO 3166-2 codes. */
  states: string[];
  cities: string[];
  weights?: Partial<Record<CriterionKey, number>>;
  highFitThreshold?: number;
}

/** A lead as it arrives from a CSV, an enrichment vendor or the API. */
export interface RawLead {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  linkedinUrl?: string | null;
  title?: string | null;
  department?: string | null;
  seniority?: string | null;
  company?: string | null;
  industry?: string | null;
  employeeCount?: number | string | null;
  technologies?: string[] | string | null;
  country?: string | null;
  state?: string | null;
  city?: string | null;
  /** One free-text place, as LinkedIn writes it ("Greater Boston"). */
  location?: string | null;
}

export interface NormalizedLead {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  linkedinUrl: string | null;
  company: string | null;
  /** The title as written (trimmed). */
  title: string | null;
  role: string | null;
  /** Key the jobTitle criterion matches on; see parseTitle. */
  roleKey: string | null;
  department: string | null;
  seniority: Seniority | null;
  industry: string | null;
  employeeCount: number | null;
  companySize: SizeBand | null;
  /**
   * Canonical technology names. Null when the lead carries no technology
   * field at all; an empty list means the vendor reported none.
   */
  technologies: string[] | null;
  country: string | null;
  state: string | null;
  city: string | null;
  /** The recognised input fields, as received. */
  raw: RawLead;
}

export interface CriterionResult {
  /** Null when the lead lacks the data this criterion needs. */
  matched: boolean | null;
  /** The lead's normalised value. */
  value: string | string[] | null;
  /** The ICP's accepted values. */
  expected: string[];
  reason: string;
}

export type Fit = "high" | "medium" | "low";

export interface ScoreResult {
  /** Integer 0-100; see SCORE_FORMULA. */
  score: number;
  fit: Fit;
  /** One entry per criterion the ICP sets. */
  criteria: Partial<Record<CriterionKey, CriterionResult>>;
}
