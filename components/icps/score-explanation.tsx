import { Check, Minus, X } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import type { BadgeProps } from "@/components/ui/badge";
import { CRITERION_KEYS, CRITERION_LABELS } from "@/lib/scoring/types";
import type { CriterionResult, Fit, ScoreResult } from "@/lib/scoring/types";
import { cn } from "@/lib/utils";

const FIT: Record<Fit, { label: string; variant: BadgeProps["variant"] }> = {
  high: { label: "High fit", variant: "success" },
  medium: { label: "Medium fit", variant: "warning" },
  low: { label: "Low fit", variant: "secondary" },
};

const STATUS = {
  matched: { text: "Matched", icon: Check, className: "text-success" },
  missed: { text: "Not matched", icon: X, className: "text-destructive" },
  unknown: { text: "No data", icon: Minus, className: "text-muted-foreground" },
};

function statusOf(c: CriterionResult) {
  if (c.matched === null) return STATUS.unknown;
  return c.matched ? STATUS.matched : STATUS.missed;
}

function show(value: CriterionResult["value"]): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.length ? value.join(", ") : null;
  return value;
}

type Props = {
  result: ScoreResult;
  /** Shown under the criteria, e.g. the scoring formula. */
  footnote?: React.ReactNode;
  /** A compact variant for table rows and popovers. */
  compact?: boolean;
  className?: string;
};

/**
 * A fit score with the reason for every criterion the ICP sets: which
 * matched, which did not, and which the lead had no data for. Renders on
 * the server or the client; it holds no state.
 */
export function ScoreExplanation({
  result,
  footnote,
  compact = false,
  className,
}: Props) {
  const fit = FIT[result.fit];
  const entries = CRITERION_KEYS.flatMap((key) => {
    const c = result.criteria[key];
    return c ? [{ key, c }] : [];
  });

  return (
    <section
      aria-label="Score explanation"
      className={cn("grid gap-4", compact && "gap-2 text-sm", className)}
    >
      <div className="flex items-center gap-3">
        <p className="flex items-baseline gap-1">
          <span className="sr-only">Score</span>
          <span
            className={cn(
              "font-bold tabular-nums",
              compact ? "text-2xl" : "text-4xl",
            )}
          >
            {result.score}
          </span>
          <span className="text-sm text-muted-foreground">/ 100</span>
        </p>
        <Badge variant={fit.variant}>{fit.label}</Badge>
      </div>

      {entries.length ? (
        <ul aria-label="Criteria results" className="grid gap-2">
          {entries.map(({ key, c }) => {
            const status = statusOf(c);
            const Icon = status.icon;
            const value = show(c.value);
            return (
              <li
                key={key}
                className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5"
              >
                <Icon
                  aria-hidden="true"
                  className={cn("mt-0.5 size-4", status.className)}
                />
                <p className="text-sm">
                  <span className="font-medium">{CRITERION_LABELS[key]}</span>
                  <span className="text-muted-foreground">
                    {" · "}
                    {status.text}
                  </span>
                </p>
                <p
                  className={cn(
                    "col-start-2 text-sm text-muted-foreground",
                    compact && "text-xs",
                  )}
                >
                  {c.reason}
                  {!compact && value ? (
                    <span className="block text-xs">Lead: {value}</span>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">
          This ICP sets no criteria yet, so there is nothing to match.
        </p>
      )}
      {footnote ? (
        <div className="text-xs text-muted-foreground">{footnote}</div>
      ) : null}
    </section>
  );
}
