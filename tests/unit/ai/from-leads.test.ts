import { describe, expect, it } from "vitest";

import {
  FROM_LEADS_THRESHOLDS,
  icpDraftSchema,
  proposeIcpFromLeads,
  proposeIcpFromLeadsWithModel,
} from "@/lib/ai";
import { normalizeLead } from "@/lib/scoring";

import { answeringModel, hangingModel } from "./mock-model";

type Raw = Parameters<typeof normalizeLead>[0];

function repeat(n: number, raw: Raw): Raw[] {
  return Array.from({ length: n }, () => raw);
}

const BEST_CUSTOMERS = [
  ...repeat(12, {
    title: "VP of Sales",
    industry: "Computer Software",
    employeeCount: 120,
    country: "United States",
    technologies: "Salesforce, Gong",
  }),
  ...repeat(6, {
    title: "Chief Revenue Officer",
    industry: "SaaS",
    employeeCount: "51-200",
    country: "USA",
    technologies: ["Salesforce"],
  }),
  ...repeat(4, {
    title: "Head of Sales",
    industry: "Software as a Service",
    employeeCount: 350,
    country: "Canada",
    technologies: "HubSpot",
  }),
  // Noise below the 5% share: one lead each.
  {
    title: "Intern",
    industry: "Farming",
    employeeCount: 9000,
    country: "Peru",
  },
].map((r) => normalizeLead(r));

describe("proposeIcpFromLeads", () => {
  it("takes the values that cover most of the list", () => {
    const d = proposeIcpFromLeads(BEST_CUSTOMERS);
    expect(d.industries).toEqual(["Software", "SaaS"]);
    expect(d.companySizes).toEqual(["51-200", "201-500"]);
    // US alone covers 18 of 23 (78%), under the 80% target: Canada joins.
    expect(d.countries).toEqual(["US", "CA"]);
    expect(d.technologies).toEqual(["Salesforce"]);
    expect(d.jobTitles).toEqual(["VP Sales", "CRO", "Head of Sales"]);
    expect(d.departments).toEqual(["Sales"]);
    expect(d.seniorities).toEqual(["C-Level", "VP"]);
    expect(icpDraftSchema.safeParse(d).success).toBe(true);
  });

  it("writes a name and descriptions from the result", () => {
    const d = proposeIcpFromLeads(BEST_CUSTOMERS);
    expect(d.name).toContain("SaaS");
    expect(d.description).toMatch(/Based on 23 best customers\.$/);
    expect(d.idealCustomerDescription).toMatch(/SaaS/);
  });

  it("ignores values under the minimum share", () => {
    const d = proposeIcpFromLeads(BEST_CUSTOMERS);
    expect(d.industries).not.toContain("Agriculture");
    expect(d.countries).not.toContain("PE");
    expect(FROM_LEADS_THRESHOLDS.MIN_SHARE).toBe(0.05);
  });

  it("caps the number of values per field", () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      normalizeLead({
        country: [
          "US",
          "GB",
          "DE",
          "FR",
          "ES",
          "IT",
          "NL",
          "SE",
          "NO",
          "DK",
          "FI",
          "PL",
        ][i % 12]!,
      }),
    );
    const d = proposeIcpFromLeads(many);
    expect(d.countries.length).toBeLessThanOrEqual(
      FROM_LEADS_THRESHOLDS.CAPS.countries,
    );
    expect(d.countries.length).toBeGreaterThan(0);
  });

  it("leaves fields that too few leads carry empty", () => {
    const leads = [
      ...repeat(18, { title: "CFO" }),
      ...repeat(2, { title: "CFO", industry: "Banking" }),
    ].map((r) => normalizeLead(r));
    const d = proposeIcpFromLeads(leads);
    expect(d.jobTitles).toEqual(["CFO"]);
    expect(d.industries).toEqual([]);
  });

  it("proposes an empty draft from no leads", () => {
    const d = proposeIcpFromLeads([]);
    expect(d.industries).toEqual([]);
    expect(d.jobTitles).toEqual([]);
    expect(icpDraftSchema.safeParse(d).success).toBe(true);
  });
});

describe("proposeIcpFromLeadsWithModel", () => {
  it("lets the model write the description, keeping the counted criteria", async () => {
    const model = answeringModel(
      "US software companies with 51-500 employees, selling to sales leaders.",
      "writer",
    );
    const result = await proposeIcpFromLeadsWithModel(BEST_CUSTOMERS, {
      model,
    });
    expect(result.engine).toBe("provider");
    expect(result.model).toBe("writer");
    expect(result.draft.idealCustomerDescription).toMatch(/^US software/);
    expect(result.draft.industries).toEqual(["Software", "SaaS"]);
    const prompt = JSON.stringify(model.doGenerateCalls[0]!.prompt);
    expect(prompt).toContain("Salesforce");
  });

  it("keeps the offline text and says so when the model fails", async () => {
    const result = await proposeIcpFromLeadsWithModel(BEST_CUSTOMERS, {
      model: hangingModel(),
      config: { provider: "openai", model: "slow", timeoutMs: 30 },
    });
    expect(result.engine).toBe("offline");
    expect(result.notice).toMatch(/did not answer in time/);
    expect(result.draft).toEqual(proposeIcpFromLeads(BEST_CUSTOMERS));
  });

  it("works offline without a provider", async () => {
    const result = await proposeIcpFromLeadsWithModel(BEST_CUSTOMERS);
    expect(result).toEqual({
      draft: proposeIcpFromLeads(BEST_CUSTOMERS),
      engine: "offline",
    });
  });
});
