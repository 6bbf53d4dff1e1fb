import { describe, expect, it } from "vitest";

import {
  cleanEntry,
  filterOptions,
  includesValue,
  normalizeText,
  resolveEntry,
} from "@/components/ui/multi-combobox";

const industries = [
  { value: "software", label: "Software" },
  { value: "saas", label: "SaaS" },
  { value: "fintech", label: "Financial Technology" },
  { value: "finance", label: "Finance" },
  { value: "biotech", label: "Biotechnology" },
  { value: "medtech", label: "Medical Devices (MedTech)" },
];

describe("normalizeText", () => {
  it("ignores case, accents and repeated whitespace", () => {
    expect(normalizeText("  Société   Générale ")).toBe("societe generale");
  });
});

describe("cleanEntry", () => {
  it("trims and collapses whitespace but keeps casing", () => {
    expect(cleanEntry("  Head   of\tSales ")).toBe("Head of Sales");
  });
});

describe("filterOptions", () => {
  it("ranks exact, then prefix, then word prefix, then substring", () => {
    const ranked = filterOptions(industries, "fin", []).map((o) => o.value);
    // "Financial Technology" and "Finance" are both prefix matches, so they
    // keep source order; no other option contains "fin".
    expect(ranked).toEqual(["fintech", "finance"]);

    const tech = filterOptions(industries, "tech", []).map((o) => o.value);
    // The word "Technology" beats the substrings in "Biotechnology" and
    // "MedTech", which then keep source order.
    expect(tech).toEqual(["fintech", "biotech", "medtech"]);

    const devices = filterOptions(industries, "dev", []).map((o) => o.value);
    expect(devices).toEqual(["medtech"]);
  });

  it("puts an exact label match first", () => {
    const ranked = filterOptions(industries, "finance", []);
    expect(ranked[0]?.value).toBe("finance");
  });

  it("matches on the value as well as the label", () => {
    expect(filterOptions(industries, "saas", []).map((o) => o.label)).toEqual([
      "SaaS",
    ]);
  });

  it("leaves out values already selected, whatever their casing", () => {
    const values = filterOptions(industries, "", ["SAAS", "software"]).map(
      (o) => o.value,
    );
    expect(values).not.toContain("saas");
    expect(values).not.toContain("software");
    expect(values).toHaveLength(industries.length - 2);
  });

  it("caps the number of results", () => {
    expect(filterOptions(industries, "", [], 2)).toHaveLength(2);
  });

  it("returns nothing when nothing matches", () => {
    expect(filterOptions(industries, "zzz", [])).toEqual([]);
  });
});

describe("includesValue", () => {
  it("compares values case- and accent-insensitively", () => {
    expect(includesValue(["Café"], "cafe")).toBe(true);
    expect(includesValue(["Café"], "cafes")).toBe(false);
  });
});

describe("resolveEntry", () => {
  it("maps typed text to the canonical option", () => {
    expect(resolveEntry("  saas ", industries, false)).toEqual({
      value: "saas",
      label: "SaaS",
    });
    expect(resolveEntry("FINANCE", industries, true)?.value).toBe("finance");
  });

  it("adds cleaned free text only when custom entries are allowed", () => {
    expect(resolveEntry(" Quantum  computing ", industries, true)).toEqual({
      value: "Quantum computing",
      label: "Quantum computing",
    });
    expect(resolveEntry("Quantum computing", industries, false)).toBeNull();
  });

  it("ignores blank input", () => {
    expect(resolveEntry("   ", industries, true)).toBeNull();
  });
});
