import { describe, expect, it } from "vitest";

import {
  createCsvWriter,
  exportCells,
  exportHeaders,
  exportRejectedRows,
  EXPORT_STYLES,
  parseCsvStream,
  suggestMapping,
  toCsvCell,
  toCsvRow,
  tokenizeCsv,
  type ExportColumn,
  type RejectedRow,
} from "@/lib/csv";

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("toCsvRow", () => {
  it("quotes only the cells that need it", () => {
    expect(
      toCsvRow(["plain", "a,b", 'say "hi"', "two\nlines", " pad", "", null]),
    ).toBe('plain,"a,b","say ""hi""","two\nlines"," pad",,');
  });

  it("quotes for the delimiter in use", () => {
    expect(toCsvRow(["a,b", "c;d"], { delimiter: ";" })).toBe('a,b;"c;d"');
    expect(toCsvRow(["a\tb", "c"], { delimiter: "\t" })).toBe('"a\tb"\tc');
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(
      toCsvRow(["=HYPERLINK(1)", "+A1", "-cmd|' /C calc'!A0", "@SUM(A1)"]),
    ).toBe("'=HYPERLINK(1),'+A1,'-cmd|' /C calc'!A0,'@SUM(A1)");
    expect(toCsvRow(["\tx", "\ry", "a=b", "+", "=1"])).toBe(
      "'\tx,\"'\ry\",a=b,'+,'=1",
    );
  });

  it("leaves signed numbers and phone numbers readable", () => {
    expect(
      toCsvRow(["-2", "+1 (555) 010-0100", "-0.5", "+44 20 7946 0958"]),
    ).toBe("-2,+1 (555) 010-0100,-0.5,+44 20 7946 0958");
  });

  it("leaves numbers alone and formats other values", () => {
    expect(
      toCsvRow([-12.5, 0, Number.NaN, true, new Date(Date.UTC(2024, 0, 2))]),
    ).toBe("-12.5,0,,true,2024-01-02T00:00:00.000Z");
    expect(toCsvRow([["HubSpot", "Salesforce"]])).toBe("HubSpot; Salesforce");
  });

  it("writes a lone empty cell so it reads back as a row", () => {
    expect(toCsvRow([""])).toBe('""');
    expect(tokenizeCsv(`a\r\n${toCsvRow([""])}`, { delimiter: "," })).toEqual([
      ["a"],
      [""],
    ]);
  });

  it("can keep formulas as they are", () => {
    expect(toCsvCell("=1+1", { neutraliseFormulas: false })).toBe("=1+1");
  });
});

describe("createCsvWriter", () => {
  it("writes CRLF rows after a BOM", () => {
    const writer = createCsvWriter();
    expect(writer.write(["a", "b"])).toBe("\ufeffa,b\r\n");
    expect(writer.write(["c", "d"])).toBe("c,d\r\n");
  });

  it("streams rows as chunks of about the requested size", async () => {
    const writer = createCsvWriter({ bom: false, chunkSize: 10 });
    const rows = Array.from({ length: 8 }, (_, i) => [`row${i}`, "xy"]);
    const chunks = await collect(writer.stream(rows));
    expect(chunks.join("")).toBe(
      rows.map((r) => `${r.join(",")}\r\n`).join(""),
    );
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(10);
    }
  });

  it("works as a web TransformStream", async () => {
    const writer = createCsvWriter({ lineEnding: "\n", bom: false });
    const rows = new ReadableStream<string[]>({
      start(controller) {
        controller.enqueue(["a", "b"]);
        controller.enqueue(["c,d"]);
        controller.close();
      },
    });
    const out = rows.pipeThrough(writer.transform());
    const reader = out.getReader();
    let text = "";
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      text += r.value;
    }
    expect(text).toBe('a,b\n"c,d"\n');
  });

  it("writes files the stream parser reads back", async () => {
    const writer = createCsvWriter();
    const text =
      writer.write(["First Name", "Email", "Notes"]) +
      writer.write(["Zoë", "zoe@x.io", 'multi\nline, "quoted"']);
    const bytes = new TextEncoder().encode(text);
    const [batch] = await collect(parseCsvStream(bytes));
    expect(batch!.rows[0]).toMatchObject({
      lead: { firstName: "Zoë", email: "zoe@x.io" },
      extra: { Notes: 'multi\nline, "quoted"' },
    });
  });
});

describe("exportHeaders", () => {
  const columns: ExportColumn[] = [
    { kind: "field", field: "firstName" },
    { kind: "field", field: "lastName" },
    { kind: "field", field: "email" },
    { kind: "field", field: "title" },
    { kind: "field", field: "company" },
    { kind: "field", field: "employeeCount" },
    { kind: "field", field: "country" },
    { kind: "field", field: "state" },
    { kind: "normalised", key: "companySize" },
    { kind: "score" },
    { kind: "fit" },
    { kind: "icp" },
    { kind: "original", name: "Lead Source" },
  ];

  it("uses HubSpot's import names", () => {
    expect(exportHeaders("hubspot", columns)).toEqual([
      "First Name",
      "Last Name",
      "Email",
      "Job Title",
      "Company Name",
      "Number of Employees",
      "Country/Region",
      "State/Region",
      "Company Size (Normalised)",
      "ICP Fit Score",
      "ICP Fit",
      "ICP Name",
      "Lead Source",
    ]);
  });

  it("uses Salesforce's field names", () => {
    expect(exportHeaders("salesforce", columns)).toEqual([
      "FirstName",
      "LastName",
      "Email",
      "Title",
      "Company",
      "NumberOfEmployees",
      "Country",
      "State",
      "NormalisedCompanySize",
      "ICPFitScore",
      "ICPFit",
      "ICPName",
      "Lead Source",
    ]);
  });

  it("uses readable names by default", () => {
    expect(exportHeaders("default", columns).slice(0, 6)).toEqual([
      "First Name",
      "Last Name",
      "Email",
      "Title",
      "Company",
      "Employees",
    ]);
  });

  it("writes headers the importer maps back to the same fields", () => {
    const fields = columns.flatMap((c) => (c.kind === "field" ? [c] : []));
    for (const style of EXPORT_STYLES) {
      const headers = exportHeaders(style, fields);
      const { mapping } = suggestMapping(headers);
      expect(headers.map((h) => mapping[h])).toEqual(
        fields.map((c) => c.field),
      );
    }
    expect(suggestMapping(exportHeaders("hubspot", fields)).style).toBe(
      "hubspot",
    );
    expect(suggestMapping(exportHeaders("salesforce", fields)).style).toBe(
      "salesforce",
    );
  });

  it("suffixes an original column that collides with a field", () => {
    expect(
      exportHeaders("default", [
        { kind: "field", field: "email" },
        { kind: "original", name: "email" },
      ]),
    ).toEqual(["Email", "email (2)"]);
  });
});

describe("exportCells", () => {
  it("lines the cells up with the header", () => {
    const columns: ExportColumn[] = [
      { kind: "field", field: "fullName" },
      { kind: "field", field: "ref" },
      { kind: "field", field: "phone" },
      { kind: "field", field: "city" },
      { kind: "normalised", key: "technologies" },
      { kind: "score" },
      { kind: "fit" },
      { kind: "icp" },
      { kind: "original", name: "Notes" },
    ];
    const cells = exportCells(columns, {
      lead: { firstName: "Ann", lastName: "Lee" },
      ref: "L1",
      phone: "+1 555",
      normalised: { technologies: ["HubSpot", "Salesforce"] },
      score: 87,
      fit: "high",
      icpName: "US SaaS",
      extra: { Notes: "=cmd" },
    });
    expect(cells).toEqual([
      "Ann Lee",
      "L1",
      "+1 555",
      undefined,
      ["HubSpot", "Salesforce"],
      87,
      "high",
      "US SaaS",
      "=cmd",
    ]);
    expect(toCsvRow(cells)).toBe(
      "Ann Lee,L1,+1 555,,HubSpot; Salesforce,87,high,US SaaS,'=cmd",
    );
  });
});

describe("exportRejectedRows", () => {
  it("writes row number, reason and the original cells", async () => {
    const rejected: RejectedRow[] = [
      {
        rowNumber: 7,
        code: "column_count",
        reason: "Row has 1 value but the header has 2 columns.",
        cells: ["only, one"],
      },
      {
        rowNumber: 9,
        code: "no_identity",
        reason: "Row has no name, email or LinkedIn URL.",
        cells: ["", "=1+2"],
      },
    ];
    const text = (
      await collect(exportRejectedRows(["Name", "Reason"], rejected))
    ).join("");
    expect(text).toBe(
      "\ufeffRow,Reason,Name,Reason (2)\r\n" +
        '7,Row has 1 value but the header has 2 columns.,"only, one"\r\n' +
        '9,"Row has no name, email or LinkedIn URL.",,\'=1+2\r\n',
    );
  });
});
