import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { copyEscape, copyLine, pgArrayLiteral } from "@/lib/leads/copy-text";

/** Reverses COPY text escaping the way PostgreSQL reads it. */
function unescape(field: string): string | null {
  if (field === "\\N") return null;
  return field.replace(/\\(.)/g, (_, c: string) =>
    c === "t" ? "\t" : c === "n" ? "\n" : c === "r" ? "\r" : c,
  );
}

describe("copyLine", () => {
  it("writes tabs between fields, \\N for null and a newline", () => {
    expect(copyLine(["a", null, 3, undefined])).toBe("a\t\\N\t3\t\\N\n");
  });

  it("escapes backslashes, tabs and line breaks", () => {
    expect(copyLine(["a\tb\nc\r\\d"])).toBe("a\\tb\\nc\\r\\\\d\n");
  });

  it("writes arrays as quoted text[] literals", () => {
    expect(copyLine([["Sales, EMEA", 'say "hi"']])).toBe(
      '{"Sales, EMEA","say \\\\"hi\\\\""}\n',
    );
  });

  it("writes objects as JSON without NUL characters", () => {
    expect(copyLine([{ a: "x\u0000y" }])).toBe('{"a":"xy"}\n');
  });

  it("drops NUL characters from text", () => {
    expect(copyLine(["a\u0000b"])).toBe("ab\n");
  });

  it("round-trips any text through one field", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const clean = text.replace(/\u0000/g, "");
        const line = copyLine([text, "x"]);
        expect(line.endsWith("\n")).toBe(true);
        const fields = line.slice(0, -1).split("\t");
        expect(fields).toHaveLength(2);
        expect(unescape(fields[0]!)).toBe(clean);
      }),
    );
  });
});

describe("pgArrayLiteral", () => {
  it("writes an empty array as {}", () => {
    expect(pgArrayLiteral([])).toBe("{}");
  });

  it("escapes quotes and backslashes inside elements", () => {
    expect(pgArrayLiteral(['a"b', "c\\d"])).toBe('{"a\\"b","c\\\\d"}');
  });
});

describe("copyEscape", () => {
  it("leaves ordinary text alone", () => {
    expect(copyEscape("Jane Doe, VP")).toBe("Jane Doe, VP");
  });
});
