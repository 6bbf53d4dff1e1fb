import { describe, expect, it } from "vitest";

import type { ParsedRow } from "@/lib/csv";
import { createLeadRowEncoder, rawDifferences } from "@/lib/leads/lead-row";
import { normalizeForStorage } from "@/lib/leads/normalize";

function row(lead: ParsedRow["lead"], more: Partial<ParsedRow> = {}) {
  return { rowNumber: 2, lead, extra: {}, ...more } as ParsedRow;
}

describe("rawDifferences", () => {
  it("keeps only the original text that normalisation changed", () => {
    const parsed = row({
      firstName: "Jane",
      email: "Jane@Acme.com",
      company: "Acme",
      country: "United States",
      employeeCount: "250",
      technologies: "salesforce.com",
    });
    const raw = rawDifferences(parsed, normalizeForStorage(parsed.lead));
    expect(raw).toEqual({
      email: "Jane@Acme.com",
      country: "United States",
      technologies: "salesforce.com",
    });
  });

  it("keeps values that have no column of their own", () => {
    const parsed = row(
      { firstName: "Bo", location: "Greater Boston Area" },
      { phone: "+1 555 0100" },
    );
    const raw = rawDifferences(parsed, normalizeForStorage(parsed.lead));
    expect(raw).toMatchObject({
      location: "Greater Boston Area",
      phone: "+1 555 0100",
    });
  });
});

describe("createLeadRowEncoder", () => {
  it("writes one COPY line with the duplicate keys last", () => {
    const encode = createLeadRowEncoder();
    const line = encode(
      row(
        {
          firstName: "Jane",
          lastName: "Doe",
          company: "Acme Inc",
          email: "J@A.io",
        },
        { ref: "R1", extra: { Notes: "tab\there" } },
      ),
    );
    expect(line.endsWith("\n")).toBe(true);
    const fields = line.slice(0, -1).split("\t");
    expect(fields).toHaveLength(23);
    expect(fields[0]).toBe("2");
    expect(fields[1]).toBe("R1");
    expect(fields[20]).toBe('{"Notes":"tab\\\\there"}');
    expect(fields[21]).toBe("j@a.io");
    expect(fields[22]).toBe("jane|doe|acme");
  });
});
