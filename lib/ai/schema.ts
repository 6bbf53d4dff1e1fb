import { z } from "zod";

import { SENIORITIES, SIZE_BANDS } from "@/lib/taxonomy";

export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 2000;

/** The plain-English description a user types; trimmed before checks. */
export const descriptionSchema = z
  .string({ error: "Describe your ideal customer in a sentence or two." })
  .trim()
  .min(DESCRIPTION_MIN, {
    error: `The description is too short: use at least ${DESCRIPTION_MIN} characters.`,
  })
  .max(DESCRIPTION_MAX, {
    error: `The description is too long: keep it under ${DESCRIPTION_MAX.toLocaleString("en-US")} characters.`,
  });

const list = (max: number) => z.array(z.string().trim().min(1)).max(max);

/**
 * An ICP draft in the ICP's own vocabulary: size bands and seniorities
 * from the taxonomy enums, ISO 3166 codes for places, canonical names for
 * everything else.
 */
export const icpDraftSchema = z.object({
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(500),
  idealCustomerDescription: z.string().trim().max(DESCRIPTION_MAX),
  industries: list(30),
  companySizes: z.array(z.enum(SIZE_BANDS)).max(SIZE_BANDS.length),
  technologies: list(50),
  jobTitles: list(50),
  departments: list(30),
  seniorities: z.array(z.enum(SENIORITIES)).max(SENIORITIES.length),
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$/, "Use ISO 3166-1 alpha-2 codes"))
    .max(250),
  states: z
    .array(z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, "Use ISO 3166-2 codes"))
    .max(200),
  cities: list(200),
});

export type IcpDraft = z.infer<typeof icpDraftSchema>;

export type IcpDraftListField = Exclude<
  keyof IcpDraft,
  "name" | "description" | "idealCustomerDescription"
>;

/** List fields in the order a form shows them. */
export const DRAFT_LIST_FIELDS: IcpDraftListField[] = [
  "industries",
  "companySizes",
  "technologies",
  "jobTitles",
  "departments",
  "seniorities",
  "countries",
  "states",
  "cities",
];

/**
 * What the model is asked to fill in. Places and enums are plain strings
 * with guidance, because the answer is canonicalised afterwards and a
 * near-miss such as "USA" should be fixed, not rejected.
 */
export const modelDraftSchema = z.object({
  name: z.string().describe("A short name for the ICP, at most 60 characters."),
  description: z
    .string()
    .describe("One sentence summarising who the ICP targets."),
  industries: z
    .array(z.string())
    .describe("Industries, e.g. SaaS, Fintech, Healthcare, Manufacturing."),
  companySizes: z
    .array(z.string())
    .describe(
      `Employee-count bands, only from: ${SIZE_BANDS.join(", ")}. ` +
        "Pick every band that overlaps the stated range.",
    ),
  technologies: z
    .array(z.string())
    .describe("Products the companies use, e.g. Salesforce, HubSpot."),
  jobTitles: z
    .array(z.string())
    .describe("Job titles of the people to reach, e.g. VP Sales, CRO."),
  departments: z
    .array(z.string())
    .describe("Departments of those people, e.g. Sales, Marketing."),
  seniorities: z
    .array(z.string())
    .describe(`Seniority levels, only from: ${SENIORITIES.join(", ")}.`),
  countries: z
    .array(z.string())
    .describe("Countries as ISO 3166-1 alpha-2 codes, e.g. US, DE."),
  states: z
    .array(z.string())
    .describe("States or provinces as ISO 3166-2 codes, e.g. US-CA, CA-ON."),
  cities: z.array(z.string()).describe("City names, e.g. Chicago."),
});

export type ModelDraft = z.infer<typeof modelDraftSchema>;

export function emptyDraft(idealCustomerDescription = ""): IcpDraft {
  return {
    name: "",
    description: "",
    idealCustomerDescription,
    industries: [],
    companySizes: [],
    technologies: [],
    jobTitles: [],
    departments: [],
    seniorities: [],
    countries: [],
    states: [],
    cities: [],
  };
}
