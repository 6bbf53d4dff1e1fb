/** Options of the lead table and of exports: one vocabulary for both. */
export const FIT_FILTERS = ["high", "medium", "low", "unscored"] as const;

export type FitFilter = (typeof FIT_FILTERS)[number];

export const LEAD_SORTS = ["score", "name", "company", "row"] as const;

export type LeadSort = (typeof LEAD_SORTS)[number];

export type SortDirection = "asc" | "desc";

export function isFitFilter(value: unknown): value is FitFilter {
  return (FIT_FILTERS as readonly unknown[]).includes(value);
}

export function isLeadSort(value: unknown): value is LeadSort {
  return (LEAD_SORTS as readonly unknown[]).includes(value);
}

export const FIT_LABELS: Record<FitFilter, string> = {
  high: "High",
  medium: "Medium",
  low: "Low",
  unscored: "Unscored",
};

/** Where a page ends: the last row's sort value and id. */
export interface LeadCursor {
  value: string | number;
  id: number;
}

/** Opaque to clients; base64url JSON so it survives query strings. */
export function encodeCursor(cursor: LeadCursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString(
    "base64url",
  );
}

/** Null for anything that is not a cursor this module wrote. */
export function decodeCursor(
  text: string | null | undefined,
): LeadCursor | null {
  if (!text || text.length > 2000) return null;
  try {
    const parsed: unknown = JSON.parse(
      Buffer.from(text, "base64url").toString("utf8"),
    );
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [value, id] = parsed as unknown[];
    if (!Number.isSafeInteger(id) || (id as number) < 0) return null;
    if (typeof value === "number" && Number.isFinite(value)) {
      return { value, id: id as number };
    }
    if (typeof value === "string" && value.length <= 1000) {
      return { value, id: id as number };
    }
    return null;
  } catch {
    return null;
  }
}

/** The direction a sort runs in when the user has not chosen one. */
export function defaultDirection(sort: LeadSort): SortDirection {
  return sort === "score" ? "desc" : "asc";
}
