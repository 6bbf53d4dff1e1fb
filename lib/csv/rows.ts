import type {
  CsvLead,
  CsvMapping,
  LeadField,
  ParsedRow,
  RejectedRow,
} from "./fields";

const Target = {
  Extra: 0,
  Lead: 1,
  FullName: 2,
  Email: 3,
  LinkedIn: 4,
  Ref: 5,
  Phone: 6,
} as const;

type Target = (typeof Target)[keyof typeof Target];

interface ColumnPlan {
  target: Target;
  /** Index into LEAD_KEYS for lead fields. */
  slot: number;
  header: string;
}

/** Lead properties in the order every lead object gets them. */
const LEAD_KEYS = [
  "firstName",
  "lastName",
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
] as const satisfies readonly (keyof CsvLead)[];

const FIRST_NAME = 0;
const LAST_NAME = 1;
const EMAIL_SLOT = 2;
const LINKEDIN_SLOT = 3;

export const RowOutcome = {
  Accepted: 0,
  Blank: 1,
  WrongColumnCount: 2,
  NoIdentity: 3,
} as const;

export type RowOutcome = (typeof RowOutcome)[keyof typeof RowOutcome];

export interface RowSink {
  rows: ParsedRow[];
  rejected: RejectedRow[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const BRACKETED_EMAIL = /<([^<>\s]+@[^<>\s]+)>/;
const LINKEDIN_URL = /^(https?:\/\/)?([\w-]+\.)*linkedin\.com\//i;
const WEB_URL = /^https?:\/\/\S+$/i;

/**
 * Turns tokenized records into leads under one mapping. Built once per
 * file: the per-column plan keeps the per-row work to one pass over the
 * cells.
 */
export class RowMapper {
  private readonly plan: ColumnPlan[];
  private readonly width: number;
  /** Per-row scratch space, one entry per LEAD_KEYS slot. */
  private readonly values: (string | undefined)[] = LEAD_KEYS.map(
    () => undefined,
  );

  constructor(headers: readonly string[], mapping: CsvMapping) {
    this.width = headers.length;
    const used = new Set<LeadField>();
    this.plan = headers.map((header) => {
      const field = Object.hasOwn(mapping, header) ? mapping[header] : null;
      // The first column wins a field mapped twice; validateMapping says so.
      if (!field || used.has(field)) {
        return { target: Target.Extra, slot: -1, header };
      }
      used.add(field);
      const slot = (LEAD_KEYS as readonly string[]).indexOf(field);
      return { target: targetOf(field), slot, header };
    });
  }

  /** Maps one record and files it into the sink as a row or a rejection. */
  apply(cells: string[], rowNumber: number, sink: RowSink): RowOutcome {
    const width = this.width;
    if (cells.length !== width) {
      if (isBlank(cells)) return RowOutcome.Blank;
      if (cells.length < width || !isBlankFrom(cells, width)) {
        sink.rejected.push({
          rowNumber,
          code: "column_count",
          reason:
            `Row has ${cells.length} ${plural(cells.length, "value")} but ` +
            `the header has ${width} ${plural(width, "column")}.`,
          cells,
        });
        return RowOutcome.WrongColumnCount;
      }
    }

    const values = this.values;
    const extra: Record<string, string> = {};
    let fullName: string | undefined;
    let ref: string | undefined;
    let phone: string | undefined;
    let warnings: string[] | undefined;
    let any = false;

    for (let i = 0; i < width; i++) {
      const raw = cells[i]!;
      if (raw.length === 0) continue;
      const value = raw.trim();
      if (value.length === 0) continue;
      any = true;
      const column = this.plan[i]!;
      switch (column.target) {
        case Target.Extra:
          setExtra(extra, column.header, value);
          break;
        case Target.Lead:
          values[column.slot] = value;
          break;
        case Target.FullName:
          fullName = value;
          break;
        case Target.Email: {
          const email = cleanEmail(value);
          if (email) {
            values[EMAIL_SLOT] = email;
          } else {
            setExtra(extra, column.header, value);
            (warnings ??= []).push(
              `"${value}" in ${column.header} is not an email address; ` +
                "kept as extra data.",
            );
          }
          break;
        }
        case Target.LinkedIn:
          if (LINKEDIN_URL.test(value) || WEB_URL.test(value)) {
            values[LINKEDIN_SLOT] = value;
          } else {
            setExtra(extra, column.header, value);
            (warnings ??= []).push(
              `"${value}" in ${column.header} is not a URL; kept as extra ` +
                "data.",
            );
          }
          break;
        case Target.Ref:
          ref = value;
          break;
        case Target.Phone:
          phone = value;
          break;
      }
    }

    if (!any) return RowOutcome.Blank;

    if (
      fullName !== undefined &&
      values[FIRST_NAME] === undefined &&
      values[LAST_NAME] === undefined
    ) {
      const { firstName, lastName } = splitFullName(fullName);
      values[FIRST_NAME] = firstName;
      values[LAST_NAME] = lastName;
    }
    const lead = buildLead(values);

    if (!lead.firstName && !lead.lastName && !lead.email && !lead.linkedinUrl) {
      sink.rejected.push({
        rowNumber,
        code: "no_identity",
        reason: "Row has no name, email or LinkedIn URL.",
        cells,
      });
      return RowOutcome.NoIdentity;
    }

    const row: ParsedRow = { rowNumber, lead, extra };
    if (ref !== undefined) row.ref = ref;
    if (phone !== undefined) row.phone = phone;
    if (warnings) row.warnings = warnings;
    sink.rows.push(row);
    return RowOutcome.Accepted;
  }
}

/**
 * Builds the lead from the scratch slots and clears them. Properties are
 * added in one fixed order whatever the column order, which keeps lead
 * objects to a few shapes and this code fast.
 */
function buildLead(v: (string | undefined)[]): CsvLead {
  const lead: CsvLead = {};
  if (v[0] !== undefined) lead.firstName = v[0];
  if (v[1] !== undefined) lead.lastName = v[1];
  if (v[2] !== undefined) lead.email = v[2];
  if (v[3] !== undefined) lead.linkedinUrl = v[3];
  if (v[4] !== undefined) lead.title = v[4];
  if (v[5] !== undefined) lead.department = v[5];
  if (v[6] !== undefined) lead.seniority = v[6];
  if (v[7] !== undefined) lead.company = v[7];
  if (v[8] !== undefined) lead.industry = v[8];
  if (v[9] !== undefined) lead.employeeCount = v[9];
  if (v[10] !== undefined) lead.technologies = v[10];
  if (v[11] !== undefined) lead.country = v[11];
  if (v[12] !== undefined) lead.state = v[12];
  if (v[13] !== undefined) lead.city = v[13];
  if (v[14] !== undefined) lead.location = v[14];
  v.fill(undefined);
  return lead;
}

function targetOf(field: LeadField): Target {
  switch (field) {
    case "fullName":
      return Target.FullName;
    case "email":
      return Target.Email;
    case "linkedinUrl":
      return Target.LinkedIn;
    case "ref":
      return Target.Ref;
    case "phone":
      return Target.Phone;
    default:
      return Target.Lead;
  }
}

function setExtra(extra: Record<string, string>, key: string, value: string) {
  if (key === "__proto__") {
    Object.defineProperty(extra, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    extra[key] = value;
  }
}

function cleanEmail(value: string): string | null {
  let v = value;
  if (v.slice(0, 7).toLowerCase() === "mailto:") v = v.slice(7).trim();
  if (EMAIL.test(v)) return v;
  const bracketed = BRACKETED_EMAIL.exec(v)?.[1];
  return bracketed && EMAIL.test(bracketed) ? bracketed : null;
}

function isBlank(cells: readonly string[]): boolean {
  return isBlankFrom(cells, 0);
}

function isBlankFrom(cells: readonly string[], from: number): boolean {
  for (let i = from; i < cells.length; i++) {
    if (cells[i]!.trim().length > 0) return false;
  }
  return true;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof"]);
const SUFFIXES = new Set([
  "jr",
  "sr",
  "ii",
  "iii",
  "iv",
  "phd",
  "md",
  "mba",
  "cpa",
  "esq",
  "pe",
  "msc",
  "bsc",
]);

function bare(token: string): string {
  return token.toLowerCase().replace(/\./g, "");
}

/**
 * Splits a full name into first and last: "Jane van der Berg" -> "Jane" /
 * "van der Berg", "Berg, Jane" -> "Jane" / "Berg", titles and suffixes
 * such as "Dr." and "Jr." dropped. A single word is a first name.
 */
export function splitFullName(fullName: string): {
  firstName?: string;
  lastName?: string;
} {
  let name = fullName.replace(/\s+/g, " ").trim();
  const comma = name.indexOf(",");
  if (comma !== -1) {
    const before = name.slice(0, comma).trim();
    const after = name.slice(comma + 1).trim();
    const afterTokens = after.split(/[\s,]+/).filter(Boolean);
    if (
      afterTokens.length > 0 &&
      afterTokens.every((t) => SUFFIXES.has(bare(t)))
    ) {
      name = before;
    } else if (before && after) {
      name = `${after} ${before}`;
    } else {
      name = before || after;
    }
  }

  const tokens = name.split(" ").filter(Boolean);
  while (tokens.length > 1 && HONORIFICS.has(bare(tokens[0]!))) tokens.shift();
  while (tokens.length > 1 && SUFFIXES.has(bare(tokens[tokens.length - 1]!))) {
    tokens.pop();
  }
  if (tokens.length === 0) return {};
  if (tokens.length === 1) return { firstName: tokens[0] };
  return { firstName: tokens[0], lastName: tokens.slice(1).join(" ") };
}
