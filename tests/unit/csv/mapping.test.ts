import { describe, expect, it } from "vitest";

import {
  dedupeHeaders,
  detectExportStyle,
  LEAD_FIELDS,
  normaliseHeader,
  suggestMapping,
  validateMapping,
  type CsvMapping,
  type LeadField,
} from "@/lib/csv";

/** Header -> expected field, in file order; null means extra data. */
type Expectation = [header: string, field: LeadField | null][];

function expectMapping(expectation: Expectation) {
  const headers = expectation.map(([h]) => h);
  const suggestion = suggestMapping(headers);
  expect(suggestion.mapping).toEqual(Object.fromEntries(expectation));
  return suggestion;
}

describe("suggestMapping", () => {
  it("recognises a HubSpot contacts export", () => {
    const suggestion = expectMapping([
      ["Record ID", "ref"],
      ["First Name", "firstName"],
      ["Last Name", "lastName"],
      ["Email", "email"],
      ["Phone Number", "phone"],
      ["Job Title", "title"],
      ["Company Name", "company"],
      ["Industry", "industry"],
      ["Number of Employees", "employeeCount"],
      ["Country/Region", "country"],
      ["State/Region", "state"],
      ["City", "city"],
      ["LinkedIn Bio", null],
      ["Lifecycle Stage", null],
      ["Contact owner", null],
      ["Create Date", null],
    ]);
    expect(suggestion.style).toBe("hubspot");
    expect(suggestion.confidence).toBeGreaterThan(0.7);
  });

  it("recognises an Apollo export and prefers the person's location", () => {
    const suggestion = expectMapping([
      ["First Name", "firstName"],
      ["Last Name", "lastName"],
      ["Title", "title"],
      ["Company", "company"],
      ["Company Name for Emails", null],
      ["Email", "email"],
      ["Email Status", null],
      ["Seniority", "seniority"],
      ["Departments", "department"],
      ["Sub Departments", null],
      ["Contact Owner", null],
      ["Work Direct Phone", "phone"],
      ["Mobile Phone", null],
      ["Corporate Phone", null],
      ["# Employees", "employeeCount"],
      ["Industry", "industry"],
      ["Keywords", null],
      ["Person Linkedin Url", "linkedinUrl"],
      ["Website", null],
      ["Company Linkedin Url", null],
      ["Company City", null],
      ["Company State", null],
      ["Company Country", null],
      ["City", "city"],
      ["State", "state"],
      ["Country", "country"],
      ["Technologies", "technologies"],
      ["Annual Revenue", null],
      ["Apollo Contact Id", "ref"],
      ["Apollo Account Id", null],
    ]);
    expect(suggestion.style).toBe("apollo");
    expect(suggestion.confidence).toBeGreaterThan(0.7);
  });

  it("falls back to the company's location when the person's is absent", () => {
    expectMapping([
      ["Name", "fullName"],
      ["Email", "email"],
      ["Company City", "city"],
      ["Company Country", "country"],
    ]);
  });

  it("recognises a Sales Navigator export", () => {
    const suggestion = expectMapping([
      ["First Name", "firstName"],
      ["Last Name", "lastName"],
      ["Current Title", "title"],
      ["Account Name", "company"],
      ["Geography", "location"],
      ["Profile URL", "linkedinUrl"],
      ["Company Size", "employeeCount"],
      ["Time in Role", null],
      ["Lead List", null],
    ]);
    expect(suggestion.style).toBe("salesnav");
    expect(suggestion.confidence).toBeGreaterThan(0.6);
  });

  it("recognises a LinkedIn lead export with plain names", () => {
    const suggestion = expectMapping([
      ["First Name", "firstName"],
      ["Last Name", "lastName"],
      ["Title", "title"],
      ["Company", "company"],
      ["Location", "location"],
      ["LinkedIn URL", "linkedinUrl"],
      ["Sales Navigator URL", null],
      ["Company Size", "employeeCount"],
    ]);
    expect(suggestion.style).toBe("salesnav");
  });

  it("recognises Salesforce lead and contact exports", () => {
    const lead = expectMapping([
      ["Id", "ref"],
      ["FirstName", "firstName"],
      ["LastName", "lastName"],
      ["Title", "title"],
      ["Company", "company"],
      ["Email", "email"],
      ["Phone", "phone"],
      ["Industry", "industry"],
      ["NumberOfEmployees", "employeeCount"],
      ["Country", "country"],
      ["State", "state"],
      ["City", "city"],
      ["LeadSource", null],
      ["OwnerId", null],
    ]);
    expect(lead.style).toBe("salesforce");
    expect(lead.confidence).toBeGreaterThan(0.7);

    const contact = expectMapping([
      ["Id", "ref"],
      ["AccountId", null],
      ["FirstName", "firstName"],
      ["LastName", "lastName"],
      ["Title", "title"],
      ["Department", "department"],
      ["Email", "email"],
      ["MailingCity", "city"],
      ["MailingState", "state"],
      ["MailingCountry", "country"],
    ]);
    expect(contact.style).toBe("salesforce");
  });

  it("maps plain header names and calls the file generic", () => {
    const suggestion = expectMapping([
      ["Full Name", "fullName"],
      ["Job Title", "title"],
      ["Organisation", "company"],
      ["E-mail", "email"],
      ["Employees", "employeeCount"],
      ["Country/Region", "country"],
      ["Location", "location"],
      ["Tech Stack", "technologies"],
      ["Notes", null],
    ]);
    expect(suggestion.style).toBe("generic");
  });

  it("ignores case, spaces, punctuation and accents", () => {
    expectMapping([
      ["  FIRST_NAME ", "firstName"],
      ["last-name", "lastName"],
      ["e.mail", "email"],
      ["Linkedin_Profile_Url", "linkedinUrl"],
      ["número de employees", null],
      ["Contact Email", null],
    ]);
    expect(normaliseHeader("Télé Phone")).toBe("telephone");
  });

  it("reads owner prefixes but lets a plain name win", () => {
    expectMapping([
      ["Contact Email", "email"],
      ["Lead Title", "title"],
      ["Person Name", "fullName"],
    ]);
    expectMapping([
      ["Contact Email", null],
      ["Email", "email"],
    ]);
  });

  it("maps each field from at most one column", () => {
    const headers = ["Company", "Company Name", "Account Name", "Email"];
    const { mapping } = suggestMapping(headers);
    const fields = Object.values(mapping).filter((f) => f !== null);
    expect(new Set(fields).size).toBe(fields.length);
    expect(mapping.Company).toBe("company");
  });

  it("only suggests known lead fields", () => {
    const { mapping } = suggestMapping(["Email", "Whatever", "Seniority"]);
    for (const field of Object.values(mapping)) {
      if (field !== null) expect(LEAD_FIELDS).toContain(field);
    }
  });
});

describe("detectExportStyle", () => {
  it("lists every style with a confidence, best first", () => {
    const guesses = detectExportStyle(["FirstName", "LastName", "Email"]);
    expect(guesses.map((g) => g.style).sort()).toEqual(
      ["apollo", "generic", "hubspot", "salesforce", "salesnav"].sort(),
    );
    expect(guesses[0]!.style).toBe("salesforce");
    for (let i = 1; i < guesses.length; i++) {
      expect(guesses[i - 1]!.confidence).toBeGreaterThanOrEqual(
        guesses[i]!.confidence,
      );
    }
    for (const g of guesses) {
      expect(g.confidence).toBeGreaterThanOrEqual(0);
      expect(g.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("is confidently generic for headers no tool gives away", () => {
    const [top] = detectExportStyle(["Name", "Email", "Company"]);
    expect(top).toEqual({ style: "generic", confidence: 1 });
  });
});

describe("validateMapping", () => {
  const headers = ["Name", "Email", "Work Email", "Notes"];

  it("accepts a mapping with one column per field", () => {
    const mapping: CsvMapping = {
      Name: "fullName",
      Email: "email",
      "Work Email": null,
    };
    expect(validateMapping(headers, mapping)).toEqual({ ok: true, issues: [] });
  });

  it("reports a field mapped from two columns", () => {
    const result = validateMapping(headers, {
      Name: "fullName",
      Email: "email",
      "Work Email": "email",
    });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "duplicate_field",
        field: "email",
        columns: ["Email", "Work Email"],
      }),
    ]);
  });

  it("reports unknown columns and fields", () => {
    const result = validateMapping(headers, {
      Name: "fullName",
      Missing: "email",
      Notes: "favouriteColour",
    });
    expect(result.issues.map((i) => i.code).sort()).toEqual([
      "unknown_column",
      "unknown_field",
    ]);
  });

  it("requires a name, email or LinkedIn URL", () => {
    const result = validateMapping(headers, { Notes: "title" });
    expect(result.issues.map((i) => i.code)).toEqual(["no_identity"]);
  });
});

describe("dedupeHeaders", () => {
  it("names empty headers by position and suffixes repeats", () => {
    expect(dedupeHeaders(["Email", " ", "email", "Email", "Name "])).toEqual([
      "Email",
      "Column 2",
      "email (2)",
      "Email (3)",
      "Name",
    ]);
  });

  it("never invents a name that a later header already has", () => {
    expect(dedupeHeaders(["A", "A", "A (2)"])).toEqual(["A", "A (3)", "A (2)"]);
  });
});
