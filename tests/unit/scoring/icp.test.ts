import { describe, expect, it } from "vitest";

import { normalizeIcpCriteria } from "@/lib/scoring";

describe("normalizeIcpCriteria", () => {
  it("canonicalises what users type", () => {
    const icp = normalizeIcpCriteria({
      industries: ["Software as a Service", " saas ", "Quantum Widgets"],
      companySizes: ["51 - 200", "5,001+", "huge"],
      technologies: ["SFDC", "salesforce.com", "Acme Tool"],
      jobTitles: [
        "Vice President of Sales",
        "chief revenue officer",
        "Growth Ninja",
      ],
      departments: ["HR", "People", "Underwater"],
      seniorities: ["Vice President", "c_suite", "head"],
      countries: ["United States", "USA", "Deutschland", "Narnia"],
      states: ["California", "Bayern", "Texas"],
      cities: ["SF", "München", "Springfield-ish"],
    });
    expect(icp).toEqual({
      industries: ["SaaS", "Quantum Widgets"],
      companySizes: ["51-200", "5000+"],
      technologies: ["Salesforce", "Acme Tool"],
      jobTitles: ["VP Sales", "CRO", "Growth Ninja"],
      departments: ["Human Resources", "Underwater"],
      seniorities: ["VP", "C-Level"],
      countries: ["US", "DE"],
      states: ["US-CA", "DE-BY", "US-TX"],
      cities: ["San Francisco", "Munich", "Springfield-ish"],
    });
  });

  it("reads states against the ICP's countries", () => {
    expect(
      normalizeIcpCriteria({ countries: ["AU"], states: ["WA"] }).states,
    ).toEqual(["AU-WA"]);
    expect(
      normalizeIcpCriteria({ countries: ["US"], states: ["WA"] }).states,
    ).toEqual(["US-WA"]);
    expect(normalizeIcpCriteria({ states: ["WA"] }).states).toEqual([]);
  });

  it("de-duplicates ignoring case, trims and caps lists at 200", () => {
    const many = Array.from({ length: 300 }, (_, i) => `Tool ${i}`);
    const icp = normalizeIcpCriteria({
      technologies: [...many, "tool 1", "  Tool 2  "],
      cities: ["Boston", "BOSTON", " boston "],
    });
    expect(icp.technologies).toHaveLength(200);
    expect(icp.technologies[0]).toBe("Tool 0");
    expect(icp.cities).toEqual(["Boston"]);
  });

  it("keeps valid weights and threshold, and drops junk", () => {
    const icp = normalizeIcpCriteria({
      weights: { jobTitle: 5, city: -2, industry: 99, nonsense: 3, state: "x" },
      highFitThreshold: 80.4,
    });
    expect(icp.weights).toEqual({ jobTitle: 5, city: 0, industry: 10 });
    expect(icp.highFitThreshold).toBe(80);
    const empty = normalizeIcpCriteria(null);
    expect(empty.jobTitles).toEqual([]);
    expect(empty.weights).toBeUndefined();
  });

  it("is idempotent", () => {
    const once = normalizeIcpCriteria({
      industries: ["Hospital & Health Care"],
      jobTitles: ["SVP, Sales", "Head of Growth Marketing"],
      countries: ["UK"],
      states: ["England"],
      cities: ["NYC"],
    });
    expect(normalizeIcpCriteria(once)).toEqual(once);
  });
});
