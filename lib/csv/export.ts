import { dedupeHeaders } from "./headers";
import type { CsvLead, LeadField, RejectedRow } from "./fields";
import {
  createCsvWriter,
  type CsvCellValue,
  type CsvWriterOptions,
} from "./writer";

/** Header conventions for exported files. */
export const EXPORT_STYLES = ["default", "hubspot", "salesforce"] as const;

export type ExportStyle = (typeof EXPORT_STYLES)[number];

/** One column of an export, in the order the file should have them. */
export type ExportColumn =
  | { kind: "field"; field: LeadField }
  /** A value the scoring normalised, e.g. "companySize" or "country". */
  | { kind: "normalised"; key: string }
  /** An original column of the imported file, kept as extra data. */
  | { kind: "original"; name: string }
  | { kind: "score" }
  | { kind: "fit" }
  | { kind: "icp" };

const FIELD_HEADERS: Record<ExportStyle, Record<LeadField, string>> = {
  default: {
    firstName: "First Name",
    lastName: "Last Name",
    fullName: "Full Name",
    email: "Email",
    linkedinUrl: "LinkedIn URL",
    title: "Title",
    department: "Department",
    seniority: "Seniority",
    company: "Company",
    industry: "Industry",
    employeeCount: "Employees",
    technologies: "Technologies",
    country: "Country",
    state: "State",
    city: "City",
    location: "Location",
    ref: "External ID",
    phone: "Phone",
  },
  hubspot: {
    firstName: "First Name",
    lastName: "Last Name",
    fullName: "Full Name",
    email: "Email",
    linkedinUrl: "LinkedIn URL",
    title: "Job Title",
    department: "Department",
    seniority: "Seniority",
    company: "Company Name",
    industry: "Industry",
    employeeCount: "Number of Employees",
    technologies: "Technologies",
    country: "Country/Region",
    state: "State/Region",
    city: "City",
    location: "Location",
    ref: "External ID",
    phone: "Phone Number",
  },
  salesforce: {
    firstName: "FirstName",
    lastName: "LastName",
    fullName: "FullName",
    email: "Email",
    linkedinUrl: "LinkedInUrl",
    title: "Title",
    department: "Department",
    seniority: "Seniority",
    company: "Company",
    industry: "Industry",
    employeeCount: "NumberOfEmployees",
    technologies: "Technologies",
    country: "Country",
    state: "State",
    city: "City",
    location: "Location",
    ref: "ExternalId",
    phone: "Phone",
  },
};

const SCORE_HEADERS: Record<
  ExportStyle,
  { score: string; fit: string; icp: string }
> = {
  default: { score: "Fit Score", fit: "Fit", icp: "ICP" },
  hubspot: { score: "ICP Fit Score", fit: "ICP Fit", icp: "ICP Name" },
  salesforce: { score: "ICPFitScore", fit: "ICPFit", icp: "ICPName" },
};

function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1));
}

function normalisedHeader(style: ExportStyle, key: string): string {
  const parts = words(key);
  if (style === "salesforce") return `Normalised${parts.join("")}`;
  return `${parts.join(" ")} (Normalised)`;
}

function headerOf(style: ExportStyle, column: ExportColumn): string {
  switch (column.kind) {
    case "field":
      return FIELD_HEADERS[style][column.field];
    case "normalised":
      return normalisedHeader(style, column.key);
    case "original":
      return column.name;
    default:
      return SCORE_HEADERS[style][column.kind];
  }
}

/**
 * The header row of an export in a CRM's naming, so its import wizard maps
 * columns by itself. Names that collide (an original column called
 * "Email" next to the email field) get a " (2)" suffix.
 */
export function exportHeaders(
  style: ExportStyle,
  columns: readonly ExportColumn[],
): string[] {
  return dedupeHeaders(columns.map((column) => headerOf(style, column)));
}

/** What a lead has to offer an export row. */
export interface ExportRecord {
  lead: CsvLead;
  ref?: string | null;
  phone?: string | null;
  extra?: Readonly<Record<string, string>> | null;
  normalised?: Readonly<Record<string, CsvCellValue>> | null;
  score?: number | null;
  fit?: string | null;
  icpName?: string | null;
}

/** The cells of one export row, aligned with `exportHeaders(_, columns)`. */
export function exportCells(
  columns: readonly ExportColumn[],
  record: ExportRecord,
): CsvCellValue[] {
  return columns.map((column): CsvCellValue => {
    switch (column.kind) {
      case "field":
        return fieldValue(record, column.field);
      case "normalised":
        return record.normalised?.[column.key];
      case "original":
        return record.extra?.[column.name];
      case "score":
        return record.score;
      case "fit":
        return record.fit;
      case "icp":
        return record.icpName;
    }
  });
}

function fieldValue(record: ExportRecord, field: LeadField): CsvCellValue {
  switch (field) {
    case "fullName":
      return [record.lead.firstName, record.lead.lastName]
        .filter(Boolean)
        .join(" ");
    case "ref":
      return record.ref;
    case "phone":
      return record.phone;
    default:
      return record.lead[field];
  }
}

/** Header of the rejected-rows file: row number, reason, then the file's. */
export function rejectedRowsHeader(headers: readonly string[]): string[] {
  return dedupeHeaders(["Row", "Reason", ...headers]);
}

/** Cells of one rejected row, aligned with `rejectedRowsHeader`. */
export function rejectedRowCells(row: RejectedRow): CsvCellValue[] {
  return [row.rowNumber, row.reason, ...row.cells];
}

/**
 * The rejected rows as a CSV file, so the uploader can fix them in a
 * spreadsheet and upload them again.
 */
export async function* exportRejectedRows(
  headers: readonly string[],
  rows: AsyncIterable<RejectedRow> | Iterable<RejectedRow>,
  options: CsvWriterOptions = {},
): AsyncGenerator<string, void, undefined> {
  const writer = createCsvWriter(options);
  async function* lines() {
    yield rejectedRowsHeader(headers);
    for await (const row of rows) yield rejectedRowCells(row);
  }
  yield* writer.stream(lines());
}
