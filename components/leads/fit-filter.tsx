import Link from "next/link";

import { FIT_FILTERS, FIT_LABELS, type FitFilter } from "@/lib/leads/segment";
import { segmentHref, type SegmentState } from "@/lib/leads/segment-url";
import { cn } from "@/lib/utils";

const number = new Intl.NumberFormat("en-US");

/** All, High, Medium, Low, Unscored: links with the count of each. */
export function FitFilterLinks({
  listId,
  state,
  counts,
  total,
}: {
  listId: string;
  state: SegmentState;
  counts: Record<FitFilter, number>;
  total: number;
}) {
  const items: { fit: FitFilter | null; label: string; count: number }[] = [
    { fit: null, label: "All", count: total },
    ...FIT_FILTERS.map((fit) => ({
      fit,
      label: FIT_LABELS[fit],
      count: counts[fit],
    })),
  ];
  return (
    <nav aria-label="Fit filter" className="flex flex-wrap gap-1">
      {items.map((item) => {
        const active = (state.fit ?? null) === item.fit;
        return (
          <Link
            key={item.label}
            href={segmentHref(listId, state, { fit: item.fit })}
            aria-current={active ? "page" : undefined}
            className={cn(
              "inline-flex items-center gap-1.5 rounded-md border px-3 py-1.5 text-sm",
              "hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring",
              active && "border-primary bg-primary/10 font-medium",
            )}
          >
            {item.label}
            <span className="text-muted-foreground tabular-nums">
              {number.format(item.count)}
            </span>
          </Link>
        );
      })}
    </nav>
  );
}
