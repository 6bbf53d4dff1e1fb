import { ApiError } from "./errors";

/**
 * A keyset position: the exact creation time as the database prints it
 * (microseconds; a JS Date would drop them and repeat or skip rows) and
 * the row id that breaks ties.
 */
export type Keyset = { createdAt: string; id: string };

const TIMESTAMP_RE =
  /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;
const ID_RE = /^[0-9a-f-]{36}$/i;

/** Opaque to clients: base64url of `createdAt|id`. */
export function encodeCursor(k: Keyset): string {
  return Buffer.from(`${k.createdAt}|${k.id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): Keyset {
  const text = /^[A-Za-z0-9_-]{1,200}$/.test(cursor)
    ? Buffer.from(cursor, "base64url").toString("utf8")
    : "";
  const sep = text.lastIndexOf("|");
  const createdAt = text.slice(0, sep);
  const id = text.slice(sep + 1);
  if (sep < 0 || !TIMESTAMP_RE.test(createdAt) || !ID_RE.test(id)) {
    throw new ApiError(
      "invalid_cursor",
      "The cursor is not valid. Pass back `nextCursor` exactly as given.",
    );
  }
  return { createdAt, id };
}
