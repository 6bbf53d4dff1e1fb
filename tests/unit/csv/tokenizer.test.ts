import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { CsvError, toCsvRow, tokenizeCsv } from "@/lib/csv";
import { CsvTokenizer } from "@/lib/csv/tokenizer";

const comma = { delimiter: "," };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsvError) return e.code;
    throw e;
  }
  return undefined;
}

describe("tokenizeCsv", () => {
  it("splits plain records on LF and CRLF alike", () => {
    expect(tokenizeCsv("a,b\nc,d\r\ne,f", comma)).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
    ]);
  });

  it("reads quoted values with delimiters, doubled quotes and newlines", () => {
    const text = 'name,note\r\n"Doe, Jane","said ""hi""\r\nthen left"\r\n';
    expect(tokenizeCsv(text, comma)).toEqual([
      ["name", "note"],
      ["Doe, Jane", 'said "hi"\r\nthen left'],
    ]);
  });

  it("keeps empty values, including a quoted empty one at the end", () => {
    expect(tokenizeCsv('a,,""\n,\n', comma)).toEqual([
      ["a", "", ""],
      ["", ""],
    ]);
  });

  it("reads files with bare CR line endings when told so", () => {
    expect(tokenizeCsv('a,b\r"x\ry",z\r', { ...comma, newline: "\r" })).toEqual(
      [
        ["a", "b"],
        ["x\ry", "z"],
      ],
    );
  });

  it("treats a quote inside an unquoted value as a literal", () => {
    expect(tokenizeCsv('O"Brien,5" screen\n', comma)).toEqual([
      ['O"Brien', '5" screen'],
    ]);
  });

  it("keeps text that follows a closing quote", () => {
    expect(tokenizeCsv('"Acme" Inc,x\n', comma)).toEqual([["Acme Inc", "x"]]);
  });

  it("uses any single-character delimiter", () => {
    expect(tokenizeCsv('a;"b;c"\n1;2', { delimiter: ";" })).toEqual([
      ["a", "b;c"],
      ["1", "2"],
    ]);
    expect(tokenizeCsv("a\tb\n1\t2", { delimiter: "\t" })).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("refuses an unterminated quote with the row it starts on", () => {
    let error: unknown;
    try {
      tokenizeCsv('h1,h2\na,b\n"open,c\nd,e\n', comma);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvError);
    expect((error as CsvError).code).toBe("unterminated_quote");
    expect((error as CsvError).details.rowNumber).toBe(3);
  });

  it("gives up on an open quote that runs past the record limit", () => {
    const tokenizer = new CsvTokenizer({ ...comma, maxRecordLength: 100 });
    const out: string[][] = [];
    const push = () => tokenizer.push(`"${"x".repeat(200)}`, false, out);
    expect(codeOf(push)).toBe("unterminated_quote");
  });

  it("refuses a record longer than the limit", () => {
    const tokenizer = new CsvTokenizer({ ...comma, maxRecordLength: 100 });
    const push = () => tokenizer.push("y".repeat(200), false, []);
    expect(codeOf(push)).toBe("row_too_large");
  });

  it("waits for the next chunk when a quote ends a chunk", () => {
    const tokenizer = new CsvTokenizer(comma);
    const out: string[][] = [];
    tokenizer.push('"say ""', false, out);
    expect(out).toEqual([]);
    tokenizer.push('hi"""\n', false, out);
    expect(out).toEqual([['say "hi"']]);
  });

  it("gives the same records however the text is split", () => {
    const text = 'a,"b\r\nc"\r\n"d""",e\r\n\r\nf,"",g\r\n"h"';
    const whole = tokenizeCsv(text, comma);
    for (let i = 0; i <= text.length; i++) {
      for (let j = i; j <= text.length; j++) {
        const tokenizer = new CsvTokenizer(comma);
        const out: string[][] = [];
        tokenizer.push(text.slice(0, i), false, out);
        tokenizer.push(text.slice(i, j), false, out);
        tokenizer.push(text.slice(j), true, out);
        expect(out).toEqual(whole);
      }
    }
  });
});

describe("toCsvRow and tokenizeCsv", () => {
  const cell = fc.string({ unit: "grapheme", maxLength: 12 });
  const awkward = fc.constantFrom(
    "",
    " ",
    '"',
    '""',
    ",",
    ";",
    "\t",
    "\r",
    "\n",
    "\r\n",
    "=1+1",
    "-",
    " padded ",
    "a\"b'c",
    "+1 555 0100",
    "-3",
  );
  const anyCell = fc.oneof(cell, awkward, fc.string({ maxLength: 6 }));

  it("parses back any table of strings it wrote", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(",", ";", "\t", "|"),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.array(anyCell, { minLength: 5, maxLength: 5 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.constantFrom("\r\n", "\n"),
        (delimiter, width, wide, eol) => {
          const table = wide.map((r) => r.slice(0, width));
          const text = table
            .map((r) => toCsvRow(r, { delimiter, neutraliseFormulas: false }))
            .join(eol);
          expect(tokenizeCsv(text, { delimiter })).toEqual(table);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads a neutralised formula back with its leading quote", () => {
    fc.assert(
      fc.property(fc.array(anyCell, { minLength: 1, maxLength: 6 }), (row) => {
        const [parsed] = tokenizeCsv(toCsvRow(row), comma);
        const expected = row.map((c) =>
          /^[=+\-@\t\r]/.test(c) &&
          !/^[+-][\d\s().\/-]*\d[\d\s().\/-]*$/.test(c)
            ? `'${c}`
            : c,
        );
        expect(parsed).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
