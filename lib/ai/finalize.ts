import { normalizeIcpCriteria } from "@/lib/scoring";
import { SENIORITIES, SIZE_BANDS } from "@/lib/taxonomy";

import { AiProviderError } from "./errors";
import { proposeDescription, proposeName } from "./naming";
import { icpDraftSchema, type IcpDraft } from "./schema";
import { displayTitle } from "./titles";

/** Limits that keep a draft readable, whatever a model returns. */
const LIST_CAPS = {
  industries: 30,
  technologies: 50,
  jobTitles: 50,
  departments: 30,
  countries: 250,
  states: 200,
  cities: 200,
} as const;

function text(v: unknown, max: number): string {
  if (typeof v !== "string") return "";
  const s = v.replace(/\s+/g, " ").trim();
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

function inOrder<T extends string>(order: readonly T[], values: string[]): T[] {
  return order.filter((v) => values.includes(v));
}

function displayTitles(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    if (typeof item !== "string" || !item.trim()) continue;
    const title = displayTitle(item).slice(0, 120);
    const key = title.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(title);
  }
  return out;
}

/**
 * Turns raw criteria, from the offline extractor or a model, into a draft
 * in the ICP's vocabulary: every list goes through the same normaliser as
 * ICPs saved by users, and a missing name or summary is proposed from the
 * criteria. Throws AiProviderError("invalid_output") if the result still
 * breaks the draft schema.
 */
export function finalizeDraft(
  raw: Record<string, unknown>,
  idealCustomerDescription: string,
): IcpDraft {
  const c = normalizeIcpCriteria(raw);
  const criteria = {
    industries: c.industries.slice(0, LIST_CAPS.industries),
    companySizes: inOrder(SIZE_BANDS, c.companySizes),
    technologies: c.technologies.slice(0, LIST_CAPS.technologies),
    jobTitles: displayTitles(raw.jobTitles).slice(0, LIST_CAPS.jobTitles),
    departments: c.departments.slice(0, LIST_CAPS.departments),
    seniorities: inOrder(SENIORITIES, c.seniorities),
    countries: c.countries.slice(0, LIST_CAPS.countries),
    states: c.states.slice(0, LIST_CAPS.states),
    cities: c.cities.slice(0, LIST_CAPS.cities),
  };
  const placeNames = Array.isArray(raw.placeNames)
    ? raw.placeNames.filter((p): p is string => typeof p === "string")
    : undefined;
  const draft = {
    name: text(raw.name, 120) || proposeName(criteria, placeNames),
    description: text(raw.description, 500) || proposeDescription(criteria),
    idealCustomerDescription: idealCustomerDescription.trim().slice(0, 2000),
    ...criteria,
  };
  const parsed = icpDraftSchema.safeParse(draft);
  if (!parsed.success) {
    throw new AiProviderError(
      "invalid_output",
      "The draft did not match the ICP format.",
      { cause: parsed.error },
    );
  }
  return parsed.data;
}
