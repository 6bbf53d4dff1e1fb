import { Sparkles } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";

/**
 * The AI fit check's verdict on one lead, marked "AI-judged" so it is
 * never mistaken for a rule-based criterion. Renders anywhere; no state.
 */
export function AiJudgement({
  judgement,
  className,
}: {
  judgement: { score: number; reason: string };
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
        <span className="text-muted-foreground tabular-nums">
          {judgement.score} / 100
        </span>
      </p>
      <p className="col-start-2 text-sm text-muted-foreground">
        {judgement.reason}
      </p>
    </div>
  );
}
