import {
  isLeadField,
  LEAD_FIELD_LABELS,
  type CsvMapping,
  type LeadField,
} from "./fields";
import { normaliseHeader } from "./headers";

/**
 * Header names per field, most specific first: when two columns match one
 * field, the one whose name comes earlier here wins and the other stays
 * extra data. Person location beats company location (Apollo exports
 * both), a real count beats a size band.
 */
const FIELD_ALIASES: Record<LeadField, readonly string[]> = {
  firstName: ["First Name", "Given Name", "Forename", "First"],
  lastName: ["Last Name", "Surname", "Family Name", "Last"],
  fullName: ["Full Name", "Name", "Contact Name", "Person Name", "Lead Name"],
  email: [
    "Email",
    "Email Address",
    "Work Email",
    "Business Email",
    "Email 1",
    "Emails",
  ],
  linkedinUrl: [
    "Person Linkedin Url",
    "LinkedIn URL",
    "LinkedIn Profile URL",
    "LinkedIn Profile",
    "Profile URL",
    "LinkedIn",
    "Linkedin Link",
  ],
  title: [
    "Title",
    "Job Title",
    "Current Title",
    "Position",
    "Job Position",
    "Role",
    "Job Role",
    "Headline",
  ],
  department: [
    "Department",
    "Departments",
    "Job Function",
    "Function",
    "Functional Area",
  ],
  seniority: ["Seniority", "Seniority Level", "Job Level", "Management Level"],
  company: [
    "Company",
    "Company Name",
    "Account Name",
    "Account",
    "Organization",
    "Organisation",
    "Organization Name",
    "Current Company",
    "Employer",
    "Company Name for Emails",
  ],
  industry: ["Industry", "Company Industry", "Sector", "Vertical"],
  employeeCount: [
    // Also matches "Employees": "#" does not count.
    "# Employees",
    "Number of Employees",
    "Employee Count",
    "No of Employees",
    "Headcount",
    "Company Headcount",
    "Company Size",
    "Employee Range",
    "Size",
  ],
  technologies: ["Technologies", "Tech Stack", "Technology", "Tech"],
  country: [
    "Country",
    "Country/Region",
    "Person Country",
    "Mailing Country",
    "Country Code",
    "Company Country",
  ],
  state: [
    "State",
    "State/Region",
    "State/Province",
    "Province",
    "Person State",
    "Mailing State",
    "Region",
    "Company State",
  ],
  city: ["City", "Person City", "Town", "Mailing City", "Company City"],
  location: [
    "Location",
    "Geography",
    "Person Location",
    "Geo",
    "Company Location",
  ],
  ref: [
    "Ref",
    "External ID",
    "Record ID",
    "Apollo Contact Id",
    "Lead ID",
    "Contact ID",
    "Person ID",
    "ID",
    "Reference",
  ],
  phone: [
    "Phone",
    "Phone Number",
    "Work Direct Phone",
    "Direct Phone",
    "Mobile Phone",
    "Mobile",
    "Work Phone",
  ],
};

/** Prefixes that only say whose value it is ("Contact Email"). */
const OWNER_PREFIXES = ["person", "contact", "lead", "prospect", "primary"];
const PREFIX_RANK = 100;

const ALIAS_INDEX: ReadonlyMap<string, { field: LeadField; rank: number }> =
  (() => {
    const index = new Map<string, { field: LeadField; rank: number }>();
    for (const [field, aliases] of Object.entries(FIELD_ALIASES)) {
      aliases.forEach((alias, rank) => {
        const key = normaliseHeader(alias);
        if (index.has(key)) throw new Error(`Duplicate CSV alias ${alias}`);
        index.set(key, { field: field as LeadField, rank });
      });
    }
    return index;
  })();

/** The field a header name suggests, with how specific the match is. */
function matchHeader(
  header: string,
): { field: LeadField; rank: number } | null {
  const key = normaliseHeader(header);
  const direct = ALIAS_INDEX.get(key);
  if (direct) return direct;
  for (const prefix of OWNER_PREFIXES) {
    if (key.startsWith(prefix) && key.length > prefix.length) {
      const hit = ALIAS_INDEX.get(key.slice(prefix.length));
      if (hit) return { field: hit.field, rank: hit.rank + PREFIX_RANK };
    }
  }
  return null;
}

export const SOURCE_STYLES = [
  "hubspot",
  "apollo",
  "salesnav",
  "salesforce",
  "generic",
] as const;

export type SourceStyle = (typeof SOURCE_STYLES)[number];

export interface StyleGuess {
  style: SourceStyle;
  confidence: number;
}

/**
 * Headers that give an export away, with how strongly. Keys keep spaces
 * (lower-cased, whitespace collapsed) because Salesforce's API names
 * ("FirstName") differ from everyone's labels ("First Name") only there.
 */
const STYLE_SIGNS: Record<
  Exclude<SourceStyle, "generic">,
  Record<string, number>
> = {
  hubspot: {
    "record id": 3,
    "company name": 1.5,
    "job title": 0.5,
    "country/region": 2,
    "state/region": 2,
    "number of employees": 2,
    "lifecycle stage": 3,
    "contact owner": 2,
    "lead status": 1,
    "create date": 2,
    "linkedin bio": 2,
    "phone number": 1,
    "annual revenue": 1,
  },
  apollo: {
    "person linkedin url": 3,
    "apollo contact id": 3,
    "apollo account id": 3,
    "company name for emails": 3,
    "email status": 2,
    "# employees": 2,
    departments: 2,
    "sub departments": 2,
    "company linkedin url": 2,
    "company city": 1,
    "company state": 1,
    "company country": 1,
    seniority: 1,
    technologies: 1,
    "work direct phone": 2,
    "corporate phone": 2,
  },
  salesnav: {
    "profile url": 3,
    "sales navigator url": 3,
    "sales navigator profile url": 3,
    geography: 3,
    "current title": 3,
    "account name": 2,
    "linkedin url": 2,
    "company size": 1,
    "lead list": 2,
    "time in role": 2,
    "time in company": 2,
  },
  salesforce: {
    firstname: 3,
    lastname: 3,
    numberofemployees: 3,
    mailingcountry: 3,
    mailingstate: 3,
    mailingcity: 3,
    mailingstreet: 3,
    leadsource: 3,
    ownerid: 3,
    accountid: 3,
    "lead source": 2,
    "lead owner": 2,
    "mailing country": 2,
    "mailing city": 2,
    "mailing state/province": 2,
    "contact owner": 1,
    id: 1,
  },
};

const STYLE_THRESHOLD = 0.4;

/**
 * Which tool's export the headers look like, every candidate with a
 * confidence in [0, 1], best first. "generic" wins when no export style is
 * clear enough.
 */
export function detectExportStyle(headers: readonly string[]): StyleGuess[] {
  const shapes = new Set(
    headers.map((h) => h.trim().toLowerCase().replace(/\s+/g, " ")),
  );
  const scores = Object.entries(STYLE_SIGNS).map(([style, signs]) => {
    let score = 0;
    for (const [sign, weight] of Object.entries(signs)) {
      if (shapes.has(sign)) score += weight;
    }
    return { style: style as SourceStyle, score };
  });
  const total = scores.reduce((sum, s) => sum + s.score, 0);
  const guesses: StyleGuess[] = scores.map(({ style, score }) => {
    if (score === 0) return { style, confidence: 0 };
    // Strength grows with evidence; share splits it between rivals.
    const strength = score / (score + 4);
    return { style, confidence: round2(strength * (score / total)) };
  });
  const best = Math.max(...guesses.map((g) => g.confidence));
  guesses.push({
    style: "generic",
    confidence: round2(best >= STYLE_THRESHOLD ? (1 - best) / 2 : 1 - best / 2),
  });
  return guesses.sort((a, b) => b.confidence - a.confidence);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface MappingSuggestion {
  mapping: CsvMapping;
  style: SourceStyle;
  confidence: number;
  styles: StyleGuess[];
}

/**
 * Pre-fills the column -> field map from header names. Every header gets
 * a key; unrecognised ones (and losers of a tie for one field) map to
 * null, i.e. extra data.
 */
export function suggestMapping(headers: readonly string[]): MappingSuggestion {
  const winners = new Map<LeadField, { column: number; rank: number }>();
  headers.forEach((header, column) => {
    const hit = matchHeader(header);
    if (!hit) return;
    const current = winners.get(hit.field);
    if (!current || hit.rank < current.rank) {
      winners.set(hit.field, { column, rank: hit.rank });
    }
  });

  const mapping: CsvMapping = {};
  for (const header of headers) mapping[header] = null;
  for (const [field, { column }] of winners) {
    mapping[headers[column]!] = field;
  }

  const styles = detectExportStyle(headers);
  const top = styles[0]!;
  return { mapping, style: top.style, confidence: top.confidence, styles };
}

export type MappingIssueCode =
  "unknown_column" | "unknown_field" | "duplicate_field" | "no_identity";

export interface MappingIssue {
  code: MappingIssueCode;
  message: string;
  field?: LeadField;
  columns?: string[];
}

export interface MappingValidation {
  ok: boolean;
  issues: MappingIssue[];
}

const IDENTITY_FIELDS: readonly LeadField[] = [
  "firstName",
  "lastName",
  "fullName",
  "email",
  "linkedinUrl",
];

/** Checks a (possibly user-edited) mapping against the file's headers. */
export function validateMapping(
  headers: readonly string[],
  mapping: Readonly<Record<string, unknown>>,
): MappingValidation {
  const issues: MappingIssue[] = [];
  const known = new Set(headers);
  const byField = new Map<LeadField, string[]>();

  for (const [column, field] of Object.entries(mapping)) {
    if (!known.has(column)) {
      issues.push({
        code: "unknown_column",
        message: `The file has no column named "${column}".`,
        columns: [column],
      });
      continue;
    }
    if (field === null || field === undefined) continue;
    if (!isLeadField(field)) {
      issues.push({
        code: "unknown_field",
        message: `"${column}" is mapped to an unknown field.`,
        columns: [column],
      });
      continue;
    }
    const columns = byField.get(field) ?? [];
    columns.push(column);
    byField.set(field, columns);
  }

  for (const [field, columns] of byField) {
    if (columns.length > 1) {
      issues.push({
        code: "duplicate_field",
        message:
          `${LEAD_FIELD_LABELS[field]} is mapped from more than one ` +
          `column: ${columns.map((c) => `"${c}"`).join(", ")}. ` +
          "Keep one.",
        field,
        columns,
      });
    }
  }

  if (!IDENTITY_FIELDS.some((f) => byField.has(f))) {
    issues.push({
      code: "no_identity",
      message:
        "Map at least one column to a name, email or LinkedIn URL so " +
        "leads can be told apart.",
    });
  }

  return { ok: issues.length === 0, issues };
}
