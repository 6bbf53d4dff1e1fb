import { z } from "zod";

import {
  normalizeCountry,
  normalizeSeniority,
  normalizeSizeBand,
  normalizeState,
  SENIORITIES,
  SIZE_BANDS,
} from "@/lib/taxonomy";
import { CRITERION_KEYS, normalizeIcpCriteria } from "@/lib/scoring";

export const MAX_LIST_VALUES = 200;

const listOf = (label: string, max = 100) =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1, `${label} values cannot be empty`)
        .max(max, `${label} values are at most ${max} characters`),
    )
    .max(MAX_LIST_VALUES * 5, `${label}: at most ${MAX_LIST_VALUES} values`)
    .default([]);

export const weightsSchema = z
  .partialRecord(z.enum(CRITERION_KEYS), z.number().min(0).max(10))
  .default({});

/** Fields a user or API client sends; lists are canonicalised after. */
export const icpFieldsSchema = z.object({
  name: z
    .string({ error: "Name is required" })
    .trim()
    .min(1, "Name is required")
    .max(100, "Name is at most 100 characters"),
  description: z
    .string()
    .trim()
    .max(500, "Description is at most 500 characters")
    .default(""),
  idealCustomerDescription: z
    .string()
    .trim()
    .max(5000, "Ideal customer description is at most 5,000 characters")
    .default(""),
  industries: listOf("Industries"),
  companySizes: z.array(z.string().trim()).max(50).default([]),
  technologies: listOf("Technologies"),
  jobTitles: listOf("Job titles", 150),
  departments: listOf("Departments"),
  seniorities: z.array(z.string().trim()).max(50).default([]),
  countries: listOf("Countries"),
  states: listOf("States"),
  cities: listOf("Cities"),
  weights: weightsSchema,
  highFitThreshold: z.coerce
    .number()
    .int("High-fit threshold is a whole number")
    .min(1, "High-fit threshold is between 1 and 100")
    .max(100, "High-fit threshold is between 1 and 100")
    .default(70),
  aiFitCheck: z.boolean().default(false),
  active: z.boolean().default(true),
});

export type IcpFieldsInput = z.input<typeof icpFieldsSchema>;
export type IcpFields = z.output<typeof icpFieldsSchema>;

/** Which form tab each field lives on, to mark tabs that have errors. */
export const FIELD_TABS: Record<
  string,
  "overview" | "company" | "prospect" | "location"
> = {
  name: "overview",
  description: "overview",
  idealCustomerDescription: "overview",
  highFitThreshold: "overview",
  weights: "overview",
  aiFitCheck: "overview",
  active: "overview",
  industries: "company",
  companySizes: "company",
  technologies: "company",
  jobTitles: "prospect",
  departments: "prospect",
  seniorities: "prospect",
  countries: "location",
  states: "location",
  cities: "location",
};

/**
 * Canonicalises the criteria (country names to ISO codes, synonyms to the
 * taxonomy, de-duplicated, capped) and reports values of the enumerated
 * fields that cannot be understood as field errors instead of dropping them.
 */
export function canonicalizeIcp(
  fields: IcpFields,
):
  | { ok: true; value: IcpFields }
  | { ok: false; fieldErrors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const unknown = (values: string[], known: (v: string) => unknown) =>
    values.filter((v) => !known(v));

  const badSizes = unknown(fields.companySizes, normalizeSizeBand);
  if (badSizes.length) {
    errors.companySizes = [
      `Unknown company size: ${badSizes.join(", ")}. ` +
        `Use ${SIZE_BANDS.join(", ")}.`,
    ];
  }
  const badSeniorities = unknown(fields.seniorities, normalizeSeniority);
  if (badSeniorities.length) {
    errors.seniorities = [
      `Unknown seniority: ${badSeniorities.join(", ")}. ` +
        `Use ${SENIORITIES.join(", ")}.`,
    ];
  }
  const badCountries = unknown(fields.countries, normalizeCountry);
  if (badCountries.length) {
    errors.countries = [`Unknown country: ${badCountries.join(", ")}`];
  }
  const badStates = unknown(
    fields.states,
    (s) =>
      normalizeState(s, null) ??
      fields.countries.some((c) => normalizeState(s, normalizeCountry(c))),
  );
  if (badStates.length) {
    errors.states = [`Unknown state or region: ${badStates.join(", ")}`];
  }

  const normalized = normalizeIcpCriteria(fields);
  for (const key of LIST_KEYS) {
    if (normalized[key].length > MAX_LIST_VALUES) {
      (errors[key] ??= []).push(`At most ${MAX_LIST_VALUES} values`);
    }
  }
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };

  const value = { ...fields };
  for (const key of LIST_KEYS) value[key] = normalized[key];
  return { ok: true, value };
}

export const LIST_KEYS = [
  "industries",
  "companySizes",
  "technologies",
  "jobTitles",
  "departments",
  "seniorities",
  "countries",
  "states",
  "cities",
] as const;
