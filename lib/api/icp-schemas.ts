import { z } from "zod";

import type { IcpWithStats } from "@/db/queries/icps";
import { canonicalizeIcp, icpFieldsSchema } from "@/lib/icps/schema";
import type { IcpFields } from "@/lib/icps/schema";
import { SENIORITIES, SIZE_BANDS } from "@/lib/taxonomy";

import { fieldValidationError } from "./validation";

/** Path parameters of /icps/{id}; an id that is no UUID is simply 404. */
export const icpIdParamsSchema = z.object({ id: z.string() });

/** The body of POST /icps: every field but `name` has a default. */
export const icpCreateSchema = icpFieldsSchema;

type Shape = typeof icpFieldsSchema.shape;
type PatchShape = {
  [K in keyof Shape]: z.ZodOptional<
    Shape[K] extends z.ZodDefault<infer T extends z.ZodType> ? T : Shape[K]
  >;
};

/**
 * The body of PATCH /icps/{id}: any subset of the fields. Defaults are
 * stripped, or an absent field would be reset to its default.
 */
export const icpPatchSchema = z.object(
  Object.fromEntries(
    Object.entries(icpFieldsSchema.shape).map(([k, v]) => [
      k,
      (v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : v).optional(),
    ]),
  ) as PatchShape,
);

export type IcpPatch = z.output<typeof icpPatchSchema>;

export const icpCloneSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "Name cannot be empty")
      .max(100, "Name is at most 100 characters")
      .optional()
      .describe("Name of the copy; `Copy of <name>` when absent."),
  })
  .optional();

export const ICP_PAGE_DEFAULT = 50;
export const ICP_PAGE_MAX = 100;

export const icpListQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int("limit is a whole number")
    .min(1, "limit is at least 1")
    .transform((n) => Math.min(n, ICP_PAGE_MAX))
    .optional()
    .describe("Page size: 50 by default, at most 100 (larger is capped)."),
  cursor: z
    .string()
    .optional()
    .describe("`nextCursor` from the previous page."),
});

const timestamp = z.iso.datetime({ offset: true });

export const icpStatsSchema = z.object({
  leadsScored: z.number().int().describe("Leads scored against this ICP."),
  highFitLeads: z.number().int().describe("Of those, leads with a high fit."),
  conversionRate: z
    .number()
    .nullable()
    .describe("highFitLeads / leadsScored; null before any scoring."),
});

/** An ICP as the API answers it: every field, ISO codes for places. */
export const icpSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  idealCustomerDescription: z.string(),
  industries: z.array(z.string()),
  companySizes: z.array(z.enum(SIZE_BANDS)),
  technologies: z.array(z.string()),
  jobTitles: z.array(z.string()),
  departments: z.array(z.string()),
  seniorities: z.array(z.enum(SENIORITIES)),
  countries: z.array(z.string()).describe("ISO 3166-1 alpha-2 codes."),
  states: z.array(z.string()).describe("ISO 3166-2 subdivision codes."),
  cities: z.array(z.string()),
  weights: z
    .record(z.string(), z.number())
    .describe("Weight per criterion, 0-10; absent criteria weigh 1."),
  highFitThreshold: z.number().int(),
  aiFitCheck: z.boolean(),
  active: z.boolean(),
  isDefault: z.boolean(),
  version: z.number().int().describe("Goes up by one on every change."),
  createdAt: timestamp,
  updatedAt: timestamp,
  stats: icpStatsSchema,
});

export type ApiIcp = z.output<typeof icpSchema>;

export const icpListSchema = z.object({
  data: z.array(icpSchema),
  nextCursor: z
    .string()
    .nullable()
    .describe("Pass as `cursor` for the next page; null on the last page."),
});

export function toApiIcp(icp: IcpWithStats): ApiIcp {
  return {
    id: icp.id,
    name: icp.name,
    description: icp.description,
    idealCustomerDescription: icp.idealCustomerDescription,
    industries: icp.industries,
    companySizes: icp.companySizes as ApiIcp["companySizes"],
    technologies: icp.technologies,
    jobTitles: icp.jobTitles,
    departments: icp.departments,
    seniorities: icp.seniorities as ApiIcp["seniorities"],
    countries: icp.countries,
    states: icp.states,
    cities: icp.cities,
    weights: icp.weights,
    highFitThreshold: icp.highFitThreshold,
    aiFitCheck: icp.aiFitCheck,
    active: icp.active,
    isDefault: icp.isDefault,
    version: icp.version,
    createdAt: icp.createdAt.toISOString(),
    updatedAt: icp.updatedAt.toISOString(),
    stats: {
      leadsScored: icp.stats.leadsScored,
      highFitLeads: icp.stats.highFitLeads,
      conversionRate: icp.stats.conversionRate,
    },
  };
}

/** The stored fields of an ICP, as a full set to canonicalise a patch. */
export function fieldsOf(icp: IcpWithStats): IcpFields {
  return {
    name: icp.name,
    description: icp.description,
    idealCustomerDescription: icp.idealCustomerDescription,
    industries: icp.industries,
    companySizes: icp.companySizes,
    technologies: icp.technologies,
    jobTitles: icp.jobTitles,
    departments: icp.departments,
    seniorities: icp.seniorities,
    countries: icp.countries,
    states: icp.states,
    cities: icp.cities,
    weights: icp.weights,
    highFitThreshold: icp.highFitThreshold,
    aiFitCheck: icp.aiFitCheck,
    active: icp.active,
  };
}

/**
 * Country names become ISO codes and synonyms the taxonomy's terms; values
 * of the enumerated fields that mean nothing are a 400 with the field.
 */
export function canonicalIcpFields(fields: IcpFields): IcpFields {
  const result = canonicalizeIcp(fields);
  if (!result.ok) throw fieldValidationError(result.fieldErrors);
  return result.value;
}
