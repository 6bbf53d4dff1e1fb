import { Sparkles } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";

/**
 * The AI fit check's verdict on one lead, marked "AI-judged" so it is
 * never mistaken for a rule-based criterion. A lead the model has not
 * judged yet says so (`missing` words why). Renders anywhere; no state.
 */
export function AiJudgement({
  judgement,
  missing = "Not judged yet.",
  compact = false,
  className,
}: {
  judgement: { score: number; reason: string } | null;
  missing?: string;
  /** Smaller reasons, to sit under a compact score explanation. */
  compact?: boolean;
  className?: string;
}) {
  return (
    <div
      className={cn(
        "grid grid-cols-[auto_1fr] items-start gap-x-2 gap-y-0.5",
        className,
      )}
    >
      <Sparkles aria-hidden="true" className="mt-0.5 size-4 text-ai" />
      <p className="flex flex-wrap items-center gap-1.5 text-sm">
        <span className="font-medium">Ideal customer description</span>
        <Badge variant="ai-subtle">AI-judged</Badge>
        {judgement ? (
          <span className="text-muted-foreground tabular-nums">
            {judgement.score} / 100
          </span>
        ) : null}
      </p>
      <p
        className={cn(
          "col-start-2 text-sm text-muted-foreground",
          compact && "text-xs",
        )}
      >
        {judgement ? judgement.reason : missing}
      </p>
    </div>
  );
}
