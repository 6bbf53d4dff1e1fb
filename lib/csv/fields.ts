/** Fields a CSV column can be mapped to, in the order the UI lists them. */
export const LEAD_FIELDS = [
  "firstName",
  "lastName",
  "fullName",
  "email",
  "linkedinUrl",
  "title",
  "department",
  "seniority",
  "company",
  "industry",
  "employeeCount",
  "technologies",
  "country",
  "state",
  "city",
  "location",
  "ref",
  "phone",
] as const;

export type LeadField = (typeof LEAD_FIELDS)[number];

export const LEAD_FIELD_LABELS: Record<LeadField, string> = {
  firstName: "First name",
  lastName: "Last name",
  fullName: "Full name (split into first and last)",
  email: "Email",
  linkedinUrl: "LinkedIn URL",
  title: "Job title",
  department: "Department",
  seniority: "Seniority",
  company: "Company",
  industry: "Industry",
  employeeCount: "Employees",
  technologies: "Technologies",
  country: "Country",
  state: "State / region",
  city: "City",
  location: "Location",
  ref: "External ID",
  phone: "Phone",
};

const LEAD_FIELD_SET: ReadonlySet<string> = new Set(LEAD_FIELDS);

export function isLeadField(value: unknown): value is LeadField {
  return typeof value === "string" && LEAD_FIELD_SET.has(value);
}

/**
 * A lead as read from a CSV row, before any normalisation. Structurally
 * compatible with the scoring module's RawLead: every value is the trimmed
 * cell text (technologies and employeeCount too), absent when empty.
 */
export interface CsvLead {
  firstName?: string;
  lastName?: string;
  email?: string;
  linkedinUrl?: string;
  title?: string;
  department?: string;
  seniority?: string;
  company?: string;
  industry?: string;
  employeeCount?: string;
  technologies?: string;
  country?: string;
  state?: string;
  city?: string;
  location?: string;
}

/** Column -> field; null (or a missing key) keeps the column as extra data. */
export type CsvMapping = Record<string, LeadField | null>;

export interface ParsedRow {
  /** Row number a spreadsheet shows for this record; the header is row 1. */
  rowNumber: number;
  lead: CsvLead;
  /** The source system's id for the lead, from a column mapped to "ref". */
  ref?: string;
  phone?: string;
  /** Unmapped, non-empty cells keyed by their (de-duplicated) header. */
  extra: Record<string, string>;
  /** Kept-but-doubtful values, e.g. an email that is not an address. */
  warnings?: string[];
}

export type RejectionCode = "column_count" | "no_identity";

export interface RejectedRow {
  rowNumber: number;
  code: RejectionCode;
  reason: string;
  /** The row's cells exactly as parsed, for the rejected-rows export. */
  cells: string[];
}
