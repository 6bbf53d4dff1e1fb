import {
  normalizeCity,
  normalizeCountry,
  normalizeDepartment,
  normalizeIndustry,
  normalizeSeniority,
  normalizeSizeBand,
  normalizeState,
  normalizeTechnology,
  parseTitle,
} from "@/lib/taxonomy";
import { cleanText } from "@/lib/taxonomy/text";

import {
  CRITERION_KEYS,
  type CriterionKey,
  type IcpCriteria,
  type IcpListField,
} from "./types";

export const MAX_ICP_LIST_LENGTH = 200;
export const MAX_WEIGHT = 10;

function readList(v: unknown): string[] {
  if (typeof v === "string") return v.split(/[,;\n]/);
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is string => typeof x === "string");
}

/** Trims, canonicalises, drops what cannot be read, de-duplicates, caps. */
function canonicalList(
  values: unknown,
  canonical: (s: string) => string | null,
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const value of readList(values)) {
    const text = cleanText(value);
    if (text === "") continue;
    const name = canonical(text);
    if (name === null) continue;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
    if (out.length === MAX_ICP_LIST_LENGTH) break;
  }
  return out;
}

function readWeights(v: unknown): IcpCriteria["weights"] {
  if (v === null || typeof v !== "object") return undefined;
  const source = v as Record<string, unknown>;
  const weights: Partial<Record<CriterionKey, number>> = {};
  let any = false;
  for (const key of CRITERION_KEYS) {
    const w = source[key];
    if (typeof w === "number" && Number.isFinite(w)) {
      weights[key] = Math.min(MAX_WEIGHT, Math.max(0, w));
      any = true;
    }
  }
  return any ? weights : undefined;
}

function readThreshold(v: unknown): number | undefined {
  if (typeof v !== "number" || !Number.isFinite(v)) return undefined;
  return Math.min(100, Math.max(0, Math.round(v)));
}

/**
 * Canonicalises ICP criteria as users or the API send them: country names
 * to ISO codes, state names to ISO 3166-2 (read against the ICP's
 * countries), industry, technology, title, size band and seniority spellings
 * to canonical names. Lists are trimmed, de-duplicated ignoring case and
 * capped at 200. Industries, technologies, job titles and cities the
 * taxonomy does not know are kept as typed; other unknown entries dropped.
 */
export function normalizeIcpCriteria(input: unknown): IcpCriteria {
  let source: Record<string, unknown> = {};
  try {
    if (input !== null && typeof input === "object") {
      source = { ...(input as Record<string, unknown>) };
    }
  } catch {
    source = {};
  }
  const read = (field: IcpListField): unknown => source[field];

  const countries = canonicalList(read("countries"), normalizeCountry);
  const icp: IcpCriteria = {
    industries: canonicalList(read("industries"), (s) => {
      return normalizeIndustry(s) ?? s;
    }),
    companySizes: canonicalList(read("companySizes"), normalizeSizeBand),
    technologies: canonicalList(read("technologies"), normalizeTechnology),
    jobTitles: canonicalList(read("jobTitles"), (s) => parseTitle(s).role ?? s),
    // A department the taxonomy lacks stays as written rather than
    // vanishing; leads in it carry no canonical department to match.
    departments: canonicalList(read("departments"), (s) => {
      return normalizeDepartment(s) ?? s;
    }),
    seniorities: canonicalList(read("seniorities"), normalizeSeniority),
    countries,
    states: canonicalList(read("states"), (s) => {
      for (const country of countries) {
        const state = normalizeState(s, country);
        if (state !== null) return state;
      }
      return normalizeState(s, null);
    }),
    cities: canonicalList(read("cities"), (s) => {
      return (
        normalizeCity(s, countries.length === 1 ? countries[0] : null) ?? s
      );
    }),
  };
  const weights = readWeights(source.weights);
  if (weights) icp.weights = weights;
  const threshold = readThreshold(source.highFitThreshold);
  if (threshold !== undefined) icp.highFitThreshold = threshold;
  return icp;
}
