import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { INDUSTRIES, normalizeIndustry } from "@/lib/taxonomy";

import { anyString } from "./arbitraries";

const TABLE: [string, string | null][] = [
  ["Hospital & Health Care", "Healthcare"],
  ["Hospitals and Health Care", "Healthcare"],
  ["hospital and health care", "Healthcare"],
  ["Computer Software", "Software"],
  ["Software Development", "Software"],
  ["Information Technology & Services", "IT Services"],
  ["Information Technology and Services", "IT Services"],
  ["IT Services and IT Consulting", "IT Services"],
  ["Computer & Network Security", "Cybersecurity"],
  ["Computer and Network Security", "Cybersecurity"],
  ["Financial Technology", "Fintech"],
  ["FinTech", "Fintech"],
  ["Software as a Service", "SaaS"],
  ["software-as-a-service", "SaaS"],
  ["B2B SaaS", "SaaS"],
  ["  saas ", "SaaS"],
  ["Telecom", "Telecommunications"],
  ["Wireless Services", "Telecommunications"],
  ["Education Management", "Education"],
  ["Higher Education", "Education"],
  ["Primary/Secondary Education", "Education"],
  ["Marketing and Advertising", "Marketing & Advertising"],
  ["Advertising Services", "Marketing & Advertising"],
  ["Ecommerce", "E-commerce"],
  ["E-Commerce", "E-commerce"],
  ["Online and Mail Order Retail", "E-commerce"],
  ["financial services", "Financial Services"],
  ["Capital Markets", "Financial Services"],
  ["Insurance Carriers", "Insurance"],
  ["Building Construction", "Construction"],
  ["Mechanical or Industrial Engineering", "Manufacturing"],
  ["Industrial Machinery Manufacturing", "Manufacturing"],
  ["Retail Groceries", "Retail"],
  ["Pharmaceutical Manufacturing", "Pharmaceuticals"],
  [
    "Venture Capital and Private Equity Principals",
    "Venture Capital & Private Equity",
  ],
  ["Non-profit Organizations", "Nonprofit"],
  ["Staffing and Recruiting", "Staffing & Recruiting"],
  ["Technology, Information and Internet", "Internet"],
  ["Quantum Basket Weaving", null],
  ["", null],
];

describe("normalizeIndustry", () => {
  it.each(TABLE)("reads %j as %j", (input, expected) => {
    expect(normalizeIndustry(input)).toBe(expected);
  });

  it("covers LinkedIn's list with 60-80 canonical industries", () => {
    expect(INDUSTRIES.length).toBeGreaterThanOrEqual(60);
    expect(INDUSTRIES.length).toBeLessThanOrEqual(80);
    const synonyms = INDUSTRIES.reduce((n, i) => n + i.synonyms.length, 0);
    expect(synonyms).toBeGreaterThan(400);
  });

  it("maps every canonical name and synonym into the taxonomy", () => {
    const names = new Set(INDUSTRIES.map((i) => i.name));
    for (const { name, synonyms } of INDUSTRIES) {
      expect(normalizeIndustry(name)).toBe(name);
      for (const s of synonyms)
        expect(names.has(normalizeIndustry(s)!)).toBe(true);
    }
  });

  it("never throws, is idempotent and answers only canonical names", () => {
    const names = new Set(INDUSTRIES.map((i) => i.name));
    const all = INDUSTRIES.flatMap((i) => [i.name, ...i.synonyms]);
    fc.assert(
      fc.property(fc.oneof(anyString, fc.constantFrom(...all)), (s) => {
        const out = normalizeIndustry(s);
        if (out !== null) {
          expect(names.has(out)).toBe(true);
          expect(normalizeIndustry(out)).toBe(out);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
