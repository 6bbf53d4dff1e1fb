import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  normalizeTechnologies,
  normalizeTechnology,
  TECHNOLOGIES,
} from "@/lib/taxonomy";

import { anyString } from "./arbitraries";

const TABLE: [string, string | null][] = [
  ["salesforce.com", "Salesforce"],
  ["SFDC", "Salesforce"],
  ["Salesforce CRM", "Salesforce"],
  ["Sales Cloud", "Salesforce"],
  ["Amazon Web Services", "AWS"],
  ["aws", "AWS"],
  ["GCP", "Google Cloud"],
  ["Google Cloud Platform", "Google Cloud"],
  ["Microsoft Azure", "Azure"],
  ["K8s", "Kubernetes"],
  ["React.js", "React"],
  ["ReactJS", "React"],
  ["Shopify Plus", "Shopify"],
  ["Zendesk Support", "Zendesk"],
  ["Marketo Engage", "Marketo"],
  ["Hubspot", "HubSpot"],
  ["HubSpot CRM", "HubSpot"],
  ["Hubspot Marketing Hub", "HubSpot"],
  ["hubspot.com", "HubSpot"],
  ["snowflake", "Snowflake"],
  ["intercom.io", "Intercom"],
  ["Postgres", "PostgreSQL"],
  ["C++", "C++"],
  ["C#", "C#"],
  [".NET", ".NET"],
  ["MS Teams", "Microsoft Teams"],
  ["Google Analytics 4", "Google Analytics"],
  ["  Acme Widget Cloud  ", "Acme Widget Cloud"],
  ["   ", null],
];

describe("normalizeTechnology", () => {
  it.each(TABLE)("reads %j as %j", (input, expected) => {
    expect(normalizeTechnology(input)).toBe(expected);
  });

  it("has a broad alias table", () => {
    expect(TECHNOLOGIES.length).toBeGreaterThan(300);
    for (const { name, aliases } of TECHNOLOGIES) {
      expect(normalizeTechnology(name)).toBe(name);
      for (const alias of aliases)
        expect(normalizeTechnology(alias)).toBeTruthy();
    }
  });

  it("never throws, keeps unknown names and is idempotent", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = normalizeTechnology(s);
        if (s.trim() === "") expect(out).toBeNull();
        if (out !== null) expect(normalizeTechnology(out)).toBe(out);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("normalizeTechnologies", () => {
  it("reads arrays and , ; | separated strings into distinct names", () => {
    expect(normalizeTechnologies(["SFDC", "salesforce.com", "K8s"])).toEqual([
      "Salesforce",
      "Kubernetes",
    ]);
    expect(normalizeTechnologies("AWS; GCP | Hubspot,React.js")).toEqual([
      "AWS",
      "Google Cloud",
      "HubSpot",
      "React",
    ]);
  });

  it("tells an absent field (null) from an empty list", () => {
    expect(normalizeTechnologies(undefined)).toBeNull();
    expect(normalizeTechnologies("")).toBeNull();
    expect(normalizeTechnologies([])).toEqual([]);
    expect(normalizeTechnologies([42, null, " "])).toEqual([]);
  });
});
