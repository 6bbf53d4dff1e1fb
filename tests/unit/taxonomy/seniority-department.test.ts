import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  DEPARTMENTS,
  normalizeDepartment,
  normalizeSeniority,
  SENIORITIES,
} from "@/lib/taxonomy";

import { anyString } from "./arbitraries";

describe("normalizeSeniority", () => {
  it.each([
    // Apollo
    ["owner", "C-Level"],
    ["founder", "C-Level"],
    ["c_suite", "C-Level"],
    ["partner", "C-Level"],
    ["vp", "VP"],
    ["director", "Director"],
    ["manager", "Manager"],
    ["senior", "Individual Contributor"],
    ["entry", "Individual Contributor"],
    ["intern", "Individual Contributor"],
    ["head", null],
    // Sales Navigator
    ["Owner/Partner", "C-Level"],
    ["Owner / Partner", "C-Level"],
    ["CXO", "C-Level"],
    ["Vice President", "VP"],
    ["Experienced Manager", "Manager"],
    ["Entry Level Manager", "Manager"],
    ["Strategic", "Individual Contributor"],
    ["Entry Level", "Individual Contributor"],
    ["In Training", "Individual Contributor"],
    // Others
    ["C-Suite", "C-Level"],
    ["SVP", "VP"],
    ["DIRECTOR", "Director"],
    ["Chief Wizard", null],
  ])("reads %j as %j", (input, expected) => {
    expect(normalizeSeniority(input)).toBe(expected);
  });

  it("never throws and is idempotent", () => {
    for (const s of SENIORITIES) expect(normalizeSeniority(s)).toBe(s);
    fc.assert(
      fc.property(anyString, (s) => {
        const out = normalizeSeniority(s);
        if (out !== null) expect(normalizeSeniority(out)).toBe(out);
      }),
    );
  });
});

describe("normalizeDepartment", () => {
  it.each([
    ["Finance & Accounting", "Finance"],
    ["Information Technology", "IT"],
    ["Product Management", "Product"],
    ["HR", "Human Resources"],
    ["People", "Human Resources"],
    ["People & Culture", "Human Resources"],
    ["master_sales", "Sales"],
    ["engineering_technical", "Engineering"],
    ["customer success", "Customer Success"],
    ["Customer Service", "Customer Support"],
    ["Legal & Compliance", "Legal"],
    ["C-Suite", "Executive"],
    ["Research & Development", "Engineering"],
    ["Marketing Communications", "Marketing"],
    ["Underwater Welding", null],
  ])("reads %j as %j", (input, expected) => {
    expect(normalizeDepartment(input)).toBe(expected);
  });

  it("never throws and is idempotent", () => {
    for (const d of DEPARTMENTS) expect(normalizeDepartment(d)).toBe(d);
    fc.assert(
      fc.property(anyString, (s) => {
        const out = normalizeDepartment(s);
        if (out !== null) expect(normalizeDepartment(out)).toBe(out);
      }),
    );
  });
});
