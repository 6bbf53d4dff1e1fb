/** The lead table's state as it lives in the URL. */
export type SegmentState = {
  icpId?: string | null;
  fit?: string | null;
  q?: string | null;
  sort?: string | null;
  dir?: string | null;
  cursor?: string | null;
};

function query(state: SegmentState): string {
  const params = new URLSearchParams();
  for (const key of ["icpId", "fit", "q", "sort", "dir", "cursor"] as const) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * A link to the lead table with some of its state changed. Changing the
 * segment or order starts again at the first page.
 */
export function segmentHref(
  listId: string,
  state: SegmentState,
  change: SegmentState = {},
): string {
  const next = { ...state, ...change };
  if (!("cursor" in change)) next.cursor = null;
  return `/leads/${listId}${query(next)}`;
}

/** The export of the segment on screen, in a header style. */
export function exportHref(
  listId: string,
  state: SegmentState,
  style: string,
): string {
  const params = new URLSearchParams(query({ ...state, cursor: null }));
  params.set("style", style);
  return `/leads/${listId}/export?${params}`;
}
