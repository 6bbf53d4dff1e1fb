import { describe, expect, it } from "vitest";

import { companyKey, emailKey, nameKey } from "@/lib/leads/dedupe";

describe("emailKey", () => {
  it("ignores case and surrounding spaces", () => {
    expect(emailKey(" Jane.Doe@Example.COM ")).toBe("jane.doe@example.com");
  });

  it("has no key for a missing or blank email", () => {
    expect(emailKey(null)).toBeNull();
    expect(emailKey("  ")).toBeNull();
  });
});

describe("companyKey", () => {
  it("treats punctuation, case, accents and legal forms as equal", () => {
    expect(companyKey("Acme, Inc.")).toBe(companyKey("ACME Inc"));
    expect(companyKey("Müller GmbH")).toBe(companyKey("muller"));
  });

  it("keeps a name that is only a legal-form word", () => {
    expect(companyKey("Company")).toBe("company");
  });

  it("tells different companies apart", () => {
    expect(companyKey("Acme Labs")).not.toBe(companyKey("Acme"));
  });
});

describe("nameKey", () => {
  it("matches the same person at the same company", () => {
    expect(nameKey("Jane", "Doe", "Acme Inc")).toBe(
      nameKey("jane", "DOE", "Acme, Inc."),
    );
  });

  it("needs first name, last name and company", () => {
    expect(nameKey("Jane", "Doe", null)).toBeNull();
    expect(nameKey("Jane", null, "Acme")).toBeNull();
    expect(nameKey(null, "Doe", "Acme")).toBeNull();
  });

  it("does not confuse a name split differently", () => {
    expect(nameKey("Jane Ann", "Doe", "Acme")).not.toBe(
      nameKey("Jane", "Ann Doe", "Acme"),
    );
  });
});
