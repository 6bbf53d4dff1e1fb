import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { CsvError, detectDelimiter, previewCsv } from "@/lib/csv";

const SAMPLE_CSV = "/work/shared/samples/leads-sample-apollo.csv";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsvError) return e.code;
    throw e;
  }
  return undefined;
}

describe("previewCsv", () => {
  it("shows headers, delimiter, mapping and first rows of a chunk", () => {
    const chunk = readFileSync(SAMPLE_CSV, "utf8").slice(0, 4096);
    const preview = previewCsv(chunk, { rows: 3 });
    expect(preview.headers[0]).toBe("First Name");
    expect(preview.delimiter).toBe(",");
    expect(preview.style).toBe("apollo");
    expect(preview.mapping["# Employees"]).toBe("employeeCount");
    expect(preview.validation.ok).toBe(true);
    expect(preview.records.map((r) => r.rowNumber)).toEqual([2, 3, 4]);
    expect(preview.records[0]!.cells[9]).toBe("HubSpot, Marketo");
    expect(preview.rows.map((r) => r.lead.firstName)).toEqual([
      "Mia",
      "Lucas",
      "Ingrid",
    ]);
  });

  it("leaves out a record the chunk cuts short", () => {
    const preview = previewCsv('Name,Note\nAnn,ok\nBo,"cut sh', { rows: 5 });
    expect(preview.records.map((r) => r.cells)).toEqual([["Ann", "ok"]]);
  });

  it("reads the last record when told the text is the whole file", () => {
    const preview = previewCsv("Name;Note\nAnn;ok\nBo;fine", {
      complete: true,
    });
    expect(preview.delimiter).toBe(";");
    expect(preview.records).toHaveLength(2);
  });

  it("applies a given mapping and reports what is wrong with it", () => {
    const preview = previewCsv("Email,Alt\na@x.io,b@x.io\n", {
      mapping: { Email: "email", Alt: "email" },
    });
    expect(preview.suggested).toEqual({ Email: "email", Alt: null });
    expect(preview.validation.ok).toBe(false);
    expect(preview.validation.issues[0]!.code).toBe("duplicate_field");
    expect(preview.rows[0]!.lead).toEqual({ email: "a@x.io" });
  });

  it("shows rejected rows among the first rows", () => {
    const preview = previewCsv(
      "Name,Email\nAnn,a@x.io\nonly\n\n,\nBo,b@x.io\n",
    );
    expect(preview.records.map((r) => r.rowNumber)).toEqual([2, 3, 6]);
    expect(preview.rejected.map((r) => r.rowNumber)).toEqual([3]);
  });

  it("accepts bytes and checks them like the stream does", () => {
    const bytes = new TextEncoder().encode("\ufeffName\tEmail\nAnn\ta@x.io\n");
    expect(previewCsv(bytes).delimiter).toBe("\t");
    expect(codeOf(() => previewCsv(Uint8Array.of(0x50, 0x4b, 3, 4)))).toBe(
      "binary_file",
    );
  });

  it("refuses what the first chunk can already tell is wrong", () => {
    expect(codeOf(() => previewCsv("", { complete: true }))).toBe("empty_file");
    expect(codeOf(() => previewCsv("a\u0000b\n"))).toBe("binary_file");
    expect(codeOf(() => previewCsv("Name\nJos\ufffd\n"))).toBe("binary_file");
    expect(codeOf(() => previewCsv("Name,Email\n", { complete: true }))).toBe(
      "no_rows",
    );
    expect(codeOf(() => previewCsv("Name,Email\n"))).toBeUndefined();
    expect(codeOf(() => previewCsv("a@x.io,Ann\n"))).toBe("no_header");
    expect(codeOf(() => previewCsv("Name,Email"))).toBe("no_header");
  });
});

describe("detectDelimiter", () => {
  it.each([
    ["Name,Email\nA;B;C;D\n", ","],
    ["Name;Email;Company, Inc\n", ";"],
    ["Name\tEmail\tNote, with; stuff\n", "\t"],
    ["Name|Email\n", "|"],
    ['"Last, First";Email\n', ";"],
    ["Name\n", ","],
    ["\ufeffsep=\t\nName,Email\n", "\t"],
    ["", ","],
  ])("finds the delimiter of %j", (sample, expected) => {
    expect(detectDelimiter(sample)).toBe(expected);
  });
});
