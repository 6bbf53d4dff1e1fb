import type { CsvLead, ParsedRow } from "@/lib/csv";

import { copyLine, type CopyValue } from "./copy-text";
import { emailKey, nameKey } from "./dedupe";
import type { RepeatKeys } from "./repeat-keys";
import { normalizeForStorage, type StoredLeadFields } from "./normalize";

/** Mapped fields whose normalised value is stored in a column of its own. */
const STORED: Partial<Record<keyof CsvLead, keyof StoredLeadFields>> = {
  firstName: "firstName",
  lastName: "lastName",
  email: "email",
  linkedinUrl: "linkedinUrl",
  company: "company",
  title: "title",
  department: "department",
  seniority: "seniority",
  industry: "industry",
  country: "country",
  state: "state",
  city: "city",
};

/**
 * The lead's original values that normalisation changed ("United States"
 * where the column holds "US"), keyed by lead field, plus those with no
 * column (location, phone). With the stored columns and `extra` they give
 * back the original row; keeping only the differences keeps rows small,
 * which matters most on PGlite, where parsing jsonb dominates the import.
 */
export function rawDifferences(
  row: ParsedRow,
  stored: StoredLeadFields,
): Record<string, string> {
  const raw: Record<string, string> = {};
  const lead = row.lead;
  for (const key of Object.keys(lead) as (keyof CsvLead)[]) {
    const value = lead[key];
    if (value === undefined) continue;
    const column = STORED[key];
    if (column && stored[column] === value) continue;
    if (key === "employeeCount" && String(stored.employeeCount) === value) {
      continue;
    }
    if (key === "technologies" && stored.technologies?.join(", ") === value) {
      continue;
    }
    raw[key] = value;
  }
  if (row.phone !== undefined) raw.phone = row.phone;
  return raw;
}

/**
 * Turns parsed rows into COPY lines in the staging table's column order,
 * each led by `prefix` (columns the sink adds), normalising each lead.
 */
export function createLeadRowEncoder(
  prefix = "",
  seen?: { email: RepeatKeys; name: RepeatKeys },
): (row: ParsedRow) => string {
  return (row) => {
    const n = normalizeForStorage(row.lead);
    const raw = rawDifferences(row, n);
    const byEmail = emailKey(n.email);
    const byName = nameKey(n.firstName, n.lastName, n.company);
    seen?.email.add(byEmail);
    seen?.name.add(byName);
    const values: CopyValue[] = [
      row.rowNumber,
      row.ref ?? null,
      n.firstName,
      n.lastName,
      n.email,
      n.linkedinUrl,
      n.company,
      n.title,
      n.role,
      n.roleKey,
      n.department,
      n.seniority,
      n.industry,
      n.employeeCount,
      n.companySize,
      n.technologies,
      n.country,
      n.state,
      n.city,
      raw,
      row.extra,
      byEmail,
      byName,
    ];
    return prefix + copyLine(values);
  };
}
