import type { CsvLead } from "@/lib/csv";
import { normalizeLead } from "@/lib/scoring";

/** The normalised values a lead row stores, column for column. */
export interface StoredLeadFields {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  linkedinUrl: string | null;
  company: string | null;
  title: string | null;
  role: string | null;
  roleKey: string | null;
  department: string | null;
  seniority: string | null;
  industry: string | null;
  employeeCount: number | null;
  companySize: string | null;
  /** Null when the file gave none: unknown, not a miss. */
  technologies: string[] | null;
  country: string | null;
  state: string | null;
  city: string | null;
}

/** Larger counts are typos or revenue figures, and overflow the column. */
const MAX_EMPLOYEES = 2_000_000_000;

/** normalizeLead, shaped for the `leads` table. */
export function normalizeForStorage(lead: CsvLead): StoredLeadFields {
  const n = normalizeLead(lead);
  const employees =
    n.employeeCount !== null &&
    Number.isFinite(n.employeeCount) &&
    Math.abs(n.employeeCount) <= MAX_EMPLOYEES
      ? Math.round(n.employeeCount)
      : null;
  return {
    firstName: n.firstName,
    lastName: n.lastName,
    email: n.email,
    linkedinUrl: n.linkedinUrl,
    company: n.company,
    title: n.title,
    role: n.role,
    roleKey: n.roleKey,
    department: n.department,
    seniority: n.seniority,
    industry: n.industry,
    employeeCount: employees,
    companySize: n.companySize,
    technologies: n.technologies,
    country: n.country,
    state: n.state,
    city: n.city,
  };
}
