/**
 * PostgreSQL COPY text format: one line per row, tab between columns, \N
 * for NULL, and backslash escapes for the characters that would end a
 * value early.
 */
export type CopyValue =
  string | number | null | undefined | readonly string[] | object;

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** Escapes a value's text for a COPY text-format column. */
export function copyEscape(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\\") out += "\\\\";
    else if (c === "\t") out += "\\t";
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else out += c;
  }
  return out;
}

/** A text[] literal: every element quoted, so commas and braces are safe. */
export function pgArrayLiteral(items: readonly string[]): string {
  let out = "{";
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ",";
    out += `"${items[i]!.replace(/[\\"]/g, "\\$&")}"`;
  }
  return `${out}}`;
}

/** NUL cannot be stored in a PostgreSQL text value. */
function stripNul(text: string): string {
  return text.replace(/\u0000/g, "");
}

function withoutNul(_key: string, value: unknown): unknown {
  return typeof value === "string" ? stripNul(value) : value;
}

// One test finds both what COPY needs escaped and NUL, which is rare:
// plain values take the fast path.
const SPECIAL = /[\\\t\n\r\u0000]/;

function copyText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return copyEscape(text.includes("\u0000") ? stripNul(text) : text);
}

function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "string") return copyText(value);
  if (typeof value === "number") {
    return Number.isFinite(value) ? String(value) : "\\N";
  }
  if (Array.isArray(value)) {
    return copyText(pgArrayLiteral(value as readonly string[]));
  }
  // JSON escapes control characters itself, but jsonb refuses \u0000. The
  // replacer is slow, so it only runs when the text shows a NUL escape.
  const json = JSON.stringify(value);
  return copyEscape(
    json.includes("\\u0000") ? JSON.stringify(value, withoutNul) : json,
  );
}

/** One row as a COPY text line, newline included. */
export function copyLine(values: readonly CopyValue[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += "\t";
    line += copyField(values[i]);
  }
  return `${line}\n`;
}
