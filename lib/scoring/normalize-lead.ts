import {
  normalizeDepartment,
  normalizeEmployeeCount,
  normalizeIndustry,
  normalizeSeniority,
  normalizeTechnologies,
  parseLocation,
  parseTitle,
  type ParsedTitle,
} from "@/lib/taxonomy";
import { asText, Memo } from "@/lib/taxonomy/text";

import type { NormalizedLead, RawLead } from "./types";

function text(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}

function readRaw(input: unknown): RawLead {
  if (input === null || typeof input !== "object") return {};
  try {
    return readFields(input as Record<string, unknown>);
  } catch {
    // A hostile object (throwing getters, revoked proxy) is no lead at all.
    return {};
  }
}

// One object literal with every field, so all raw leads share one shape;
// fields the input lacks are undefined and vanish from JSON.
function readFields(s: Record<string, unknown>): RawLead {
  const count = s.employeeCount;
  const tech = s.technologies;
  return {
    firstName: text(s.firstName),
    lastName: text(s.lastName),
    email: text(s.email),
    linkedinUrl: text(s.linkedinUrl),
    title: text(s.title),
    department: text(s.department),
    seniority: text(s.seniority),
    company: text(s.company),
    industry: text(s.industry),
    employeeCount:
      typeof count === "string" || typeof count === "number"
        ? count
        : undefined,
    technologies:
      typeof tech === "string"
        ? tech
        : Array.isArray(tech)
          ? tech.filter((t): t is string => typeof t === "string")
          : undefined,
    country: text(s.country),
    state: text(s.state),
    city: text(s.city),
    location: text(s.location),
  };
}

interface TitleEntry {
  title: string | null;
  parsed: ParsedTitle | null;
}

// Leads read from one file repeat the same titles as separate strings;
// keeping one instance per title lets scoring compare them by identity.
const titles = new Memo<TitleEntry>(100_000);

const NO_TITLE: TitleEntry = { title: null, parsed: null };

function readTitle(raw: string): TitleEntry {
  const title = asText(raw);
  return { title, parsed: title ? parseTitle(title) : null };
}

/**
 * Normalises a lead once, as it enters the system: canonical role,
 * department, seniority, industry, size band, technologies and place, with
 * the received values kept in `raw`. Never throws; unknown fields are
 * ignored and unreadable values become null.
 */
export function normalizeLead(
  input: RawLead | Record<string, unknown>,
): NormalizedLead {
  const raw = readRaw(input);
  const { title, parsed } =
    typeof raw.title === "string" ? titles.get(raw.title, readTitle) : NO_TITLE;
  const department = asText(raw.department);
  const seniority = asText(raw.seniority);
  const industry = asText(raw.industry);
  const size = normalizeEmployeeCount(raw.employeeCount);
  const place = parseLocation(raw);
  const email = asText(raw.email);

  return {
    firstName: asText(raw.firstName),
    lastName: asText(raw.lastName),
    email: email ? email.toLowerCase() : null,
    linkedinUrl: asText(raw.linkedinUrl),
    company: asText(raw.company),
    title,
    role: parsed?.role ?? null,
    roleKey: parsed?.roleKey ?? null,
    // An explicit field wins over what the title implies.
    department:
      (department ? normalizeDepartment(department) : null) ??
      parsed?.department ??
      null,
    seniority:
      (seniority ? normalizeSeniority(seniority) : null) ??
      parsed?.seniority ??
      null,
    industry: industry ? normalizeIndustry(industry) : null,
    employeeCount: size.count,
    companySize: size.band,
    technologies: normalizeTechnologies(raw.technologies),
    country: place.country,
    state: place.state,
    city: place.city,
    raw,
  };
}
