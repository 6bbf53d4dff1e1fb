import { describe, expect, it } from "vitest";

import { splitFullName, type CsvMapping } from "@/lib/csv";
import { RowMapper, RowOutcome, type RowSink } from "@/lib/csv/rows";

const headers = ["Name", "Email", "LinkedIn", "Title", "Ref", "Phone", "Notes"];
const mapping: CsvMapping = {
  Name: "fullName",
  Email: "email",
  LinkedIn: "linkedinUrl",
  Title: "title",
  Ref: "ref",
  Phone: "phone",
  Notes: null,
};

function run(cells: string[], rowNumber = 2) {
  const sink: RowSink = { rows: [], rejected: [] };
  const outcome = new RowMapper(headers, mapping).apply(cells, rowNumber, sink);
  return { outcome, ...sink };
}

describe("RowMapper", () => {
  it("builds a lead, splitting the full name and keeping extras", () => {
    const { outcome, rows } = run([
      " Jane  van der Berg ",
      "jane@example.com",
      "https://www.linkedin.com/in/jane",
      "CFO",
      "X-1",
      "+1 555 0100",
      "met at SaaStr",
    ]);
    expect(outcome).toBe(RowOutcome.Accepted);
    expect(rows).toEqual([
      {
        rowNumber: 2,
        lead: {
          firstName: "Jane",
          lastName: "van der Berg",
          email: "jane@example.com",
          linkedinUrl: "https://www.linkedin.com/in/jane",
          title: "CFO",
        },
        ref: "X-1",
        phone: "+1 555 0100",
        extra: { Notes: "met at SaaStr" },
      },
    ]);
  });

  it("leaves empty cells out of the lead", () => {
    const { rows } = run(["", "a@b.co", "", "  ", "", "", ""]);
    expect(rows[0]).toEqual({
      rowNumber: 2,
      lead: { email: "a@b.co" },
      extra: {},
    });
  });

  it("keeps a row whose email is not an address, flagged", () => {
    const { outcome, rows } = run(["Jo Doe", "n/a", "", "", "", "", ""]);
    expect(outcome).toBe(RowOutcome.Accepted);
    expect(rows[0]!.lead).toEqual({ firstName: "Jo", lastName: "Doe" });
    expect(rows[0]!.extra).toEqual({ Email: "n/a" });
    expect(rows[0]!.warnings).toEqual([
      '"n/a" in Email is not an email address; kept as extra data.',
    ]);
  });

  it("cleans mailto: links and display names around an email", () => {
    expect(
      run(["", "mailto:a@b.co", "", "", "", "", ""]).rows[0]!.lead,
    ).toEqual({ email: "a@b.co" });
    expect(
      run(["", "Ann <ann@b.co>", "", "", "", "", ""]).rows[0]!.lead,
    ).toEqual({ email: "ann@b.co" });
  });

  it("accepts LinkedIn URLs with or without a scheme", () => {
    const { rows } = run(["", "", "linkedin.com/in/x", "", "", "", ""]);
    expect(rows[0]!.lead).toEqual({ linkedinUrl: "linkedin.com/in/x" });
  });

  it("rejects a row with no name, email or LinkedIn URL", () => {
    const { outcome, rows, rejected } = run(
      ["", "not-an-email", "his profile", "CEO", "", "", ""],
      7,
    );
    expect(outcome).toBe(RowOutcome.NoIdentity);
    expect(rows).toEqual([]);
    expect(rejected).toEqual([
      {
        rowNumber: 7,
        code: "no_identity",
        reason: "Row has no name, email or LinkedIn URL.",
        cells: ["", "not-an-email", "his profile", "CEO", "", "", ""],
      },
    ]);
  });

  it("rejects a row with missing columns, naming the counts", () => {
    const { outcome, rejected } = run(["Jo", "jo@x.io"], 4);
    expect(outcome).toBe(RowOutcome.WrongColumnCount);
    expect(rejected[0]).toMatchObject({
      rowNumber: 4,
      code: "column_count",
      reason: "Row has 2 values but the header has 7 columns.",
    });
  });

  it("accepts extra trailing cells only when they are empty", () => {
    const cells = ["Jo", "jo@x.io", "", "", "", "", ""];
    expect(run([...cells, "", " "]).outcome).toBe(RowOutcome.Accepted);
    expect(run([...cells, "", "surprise"]).outcome).toBe(
      RowOutcome.WrongColumnCount,
    );
  });

  it("skips blank rows of any width", () => {
    expect(run([""]).outcome).toBe(RowOutcome.Blank);
    expect(run(["", " ", "", "", "", "", ""]).outcome).toBe(RowOutcome.Blank);
    expect(run(["", ""]).outcome).toBe(RowOutcome.Blank);
  });

  it("prefers first and last name columns over a full name", () => {
    const sink: RowSink = { rows: [], rejected: [] };
    new RowMapper(["First", "Last", "Full"], {
      First: "firstName",
      Last: "lastName",
      Full: "fullName",
    }).apply(["Ann", "", "Bea Cole"], 2, sink);
    expect(sink.rows[0]!.lead).toEqual({ firstName: "Ann" });
  });

  it("keeps a column named __proto__ as plain data", () => {
    const sink: RowSink = { rows: [], rejected: [] };
    new RowMapper(["Email", "__proto__"], { Email: "email" }).apply(
      ["a@b.co", "polluted"],
      2,
      sink,
    );
    const extra = sink.rows[0]!.extra;
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
    expect(Object.keys(extra)).toEqual(["__proto__"]);
    expect(JSON.parse(JSON.stringify(extra))).toHaveProperty(
      ["__proto__"],
      "polluted",
    );
  });
});

describe("splitFullName", () => {
  it.each([
    ["Jane Doe", { firstName: "Jane", lastName: "Doe" }],
    ["Jane", { firstName: "Jane" }],
    ["Doe, Jane", { firstName: "Jane", lastName: "Doe" }],
    ["Dr. Jane Doe", { firstName: "Jane", lastName: "Doe" }],
    ["Jane Doe Jr.", { firstName: "Jane", lastName: "Doe" }],
    ["Jane Doe, PhD", { firstName: "Jane", lastName: "Doe" }],
    ["Jane Doe, MBA, CPA", { firstName: "Jane", lastName: "Doe" }],
    [
      "José María García López",
      { firstName: "José", lastName: "María García López" },
    ],
    ["Dr", { firstName: "Dr" }],
    ["  ", {}],
  ])("splits %j", (input, expected) => {
    expect(splitFullName(input)).toEqual(expected);
  });
});
