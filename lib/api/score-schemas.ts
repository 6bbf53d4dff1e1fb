import { z } from "zod";

import { CRITERION_KEYS } from "@/lib/scoring";

export const MAX_LEADS_PER_CALL = 1000;

const text = (max = 2000) =>
  z.string().max(max, `At most ${max} characters`).nullish();

/**
 * A lead as clients send it. Every field is optional and may be null;
 * unknown fields are ignored. Values are normalised by the scorer, so
 * "5K", "1,001-5,000" or "Germany" work as well as numbers and codes.
 */
export const leadSchema = z.object({
  ref: z
    .union([z.string().max(200, "At most 200 characters"), z.number()])
    .nullish()
    .describe("Your id for the lead, echoed in its result."),
  firstName: text(),
  lastName: text(),
  email: text(320),
  linkedinUrl: text(),
  title: text().describe("Job title, e.g. `VP of Sales`."),
  department: text(),
  seniority: text(),
  company: text(),
  industry: text(),
  employeeCount: z
    .union([z.number(), z.string().max(100, "At most 100 characters")])
    .nullish()
    .describe("A number or text such as `51-200` or `5K`."),
  technologies: z
    .union([
      z.array(z.string().max(200, "At most 200 characters")).max(1000),
      z.string().max(20_000, "At most 20,000 characters"),
    ])
    .nullish()
    .describe("An array, or one string separated by commas or semicolons."),
  country: text().describe("A name or an ISO code."),
  state: text(),
  city: text(),
  location: text().describe("Free text such as `Austin, TX, USA`."),
});

export type ApiLead = z.output<typeof leadSchema>;

export const scoreRequestSchema = z.object({
  icpId: z
    .string()
    .optional()
    .describe("The ICP to score against; the team's default when absent."),
  leads: z
    .array(leadSchema)
    .min(1, "Send at least one lead")
    .max(
      MAX_LEADS_PER_CALL,
      `At most ${MAX_LEADS_PER_CALL.toLocaleString("en-US")} leads per call`,
    ),
});

export const criterionResultSchema = z
  .object({
    matched: z
      .boolean()
      .nullable()
      .describe("null when the lead lacks the data this criterion needs."),
    value: z
      .union([z.string(), z.array(z.string())])
      .nullable()
      .describe("The lead's normalised value."),
    expected: z.array(z.string()).describe("The ICP's accepted values."),
    reason: z.string().describe("Why it matched or not, for people."),
  })
  .describe("How the lead fared on one criterion of the ICP.");

export const scoreResultSchema = z.object({
  ref: z.union([z.string(), z.number()]).nullable(),
  score: z.number().int().min(0).max(100),
  fit: z.enum(["high", "medium", "low"]),
  criteria: z
    .partialRecord(z.enum(CRITERION_KEYS), criterionResultSchema)
    .describe("One entry per criterion the ICP sets."),
});

export const scoreResponseSchema = z.object({
  icpId: z.uuid(),
  icpVersion: z.number().int(),
  results: z
    .array(scoreResultSchema)
    .describe("One result per lead, in the order they were sent."),
});
