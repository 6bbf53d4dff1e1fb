import { z } from "zod";

const text = (max = 200) =>
  z.string().trim().max(max, `At most ${max} characters`).default("");

/**
 * One lead typed into the "Test a lead" panel, as the raw text a CSV row
 * would carry (RawLead's fields); normalizeLead reads it exactly like
 * imported data.
 */
export const testLeadSchema = z.object({
  title: text(),
  company: text(),
  industry: text(),
  employeeCount: text(40),
  technologies: text(1000),
  country: text(),
  state: text(),
  city: text(),
  location: text(),
  department: text(),
  seniority: text(),
});

export type TestLeadInput = z.input<typeof testLeadSchema>;
