import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { normalizeLead } from "@/lib/scoring";

describe("normalizeLead", () => {
  it("normalises every field and keeps the raw values", () => {
    const raw = {
      firstName: " Lucas ",
      lastName: "Müller",
      email: "Lucas.Mueller@Example.com ",
      linkedinUrl: "https://www.linkedin.com/in/lucas",
      title: "SVP, Sales",
      company: "Cyberdyne GmbH",
      industry: "Software as a Service",
      employeeCount: "1,001-5,000 employees",
      technologies: "salesforce.com; K8s | Acme Tool",
      location: "München, Bayern, Deutschland",
      favouriteColour: "teal",
    };
    const lead = normalizeLead(raw);
    expect(lead).toMatchObject({
      firstName: "Lucas",
      lastName: "Müller",
      email: "lucas.mueller@example.com",
      company: "Cyberdyne GmbH",
      title: "SVP, Sales",
      role: "VP Sales",
      roleKey: "vp sales",
      department: "Sales",
      seniority: "VP",
      industry: "SaaS",
      employeeCount: null,
      companySize: "1001-5000",
      technologies: ["Salesforce", "Kubernetes", "Acme Tool"],
      country: "DE",
      state: "DE-BY",
      city: "Munich",
    });
    expect(lead.raw.technologies).toBe(raw.technologies);
    expect(lead.raw).not.toHaveProperty("favouriteColour");
  });

  it("lets explicit department and seniority win over the title", () => {
    const lead = normalizeLead({
      title: "People Operations Manager",
      department: "Finance & Accounting",
      seniority: "Experienced Manager",
    });
    expect(lead.role).toBe("HR Manager");
    expect(lead.department).toBe("Finance");
    expect(lead.seniority).toBe("Manager");
    // Apollo's "Senior" is an individual contributor, whatever the title.
    expect(normalizeLead({ title: "SDR", seniority: "Senior" }).seniority).toBe(
      "Individual Contributor",
    );
    // An unreadable explicit value falls back to the title.
    expect(normalizeLead({ title: "CFO", seniority: "head" }).seniority).toBe(
      "C-Level",
    );
  });

  it("keeps unknown values null", () => {
    const lead = normalizeLead({
      industry: "Quantum Widgets",
      country: "Atlantis",
    });
    expect(lead.industry).toBeNull();
    expect(lead.country).toBeNull();
    expect(lead.title).toBeNull();
    expect(lead.roleKey).toBeNull();
    expect(lead.technologies).toBeNull();
    expect(normalizeLead({ technologies: [] }).technologies).toEqual([]);
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const lead = normalizeLead(input as Record<string, unknown>);
        expect(typeof lead).toBe("object");
      }),
      { numRuns: 500 },
    );
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
      },
    );
    expect(normalizeLead(hostile).title).toBeNull();
  });

  it("is idempotent on its canonical output", () => {
    const lead = normalizeLead({
      title: "Vice President of Engineering",
      industry: "Hospital & Health Care",
      employeeCount: "5,001-10,000 employees",
      technologies: ["Amazon Web Services"],
      country: "USA",
      state: "Calif.",
      city: "SF",
    });
    const again = normalizeLead({
      title: lead.role,
      department: lead.department,
      seniority: lead.seniority,
      industry: lead.industry,
      employeeCount: lead.companySize,
      technologies: lead.technologies,
      country: lead.country,
      state: lead.state,
      city: lead.city,
    });
    for (const key of [
      "role",
      "roleKey",
      "department",
      "seniority",
      "industry",
      "companySize",
      "technologies",
      "country",
      "state",
      "city",
    ] as const) {
      expect(again[key]).toEqual(lead[key]);
    }
  });
});
