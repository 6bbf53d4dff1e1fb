"use client";

import { Progress as ProgressPrimitive } from "radix-ui";
import type * as React from "react";

import { cn } from "@/lib/utils";

/** A progressbar without a name fails axe, so the type demands one. */
type ProgressProps = React.ComponentProps<typeof ProgressPrimitive.Root> &
  (
    | { "aria-label": string; "aria-labelledby"?: string }
    | { "aria-label"?: string; "aria-labelledby": string }
  );

function Progress({
  className,
  value,
  max = 100,
  indicatorClassName,
  ...props
}: ProgressProps & { indicatorClassName?: string }) {
  const ratio = value == null ? 0 : Math.min(Math.max(value / max, 0), 1);
  return (
    <ProgressPrimitive.Root
      data-slot="progress"
      value={value}
      max={max}
      className={cn(
        "relative h-2 w-full overflow-hidden rounded-full bg-primary/20",
        className,
      )}
      {...props}
    >
      <ProgressPrimitive.Indicator
        data-slot="progress-indicator"
        className={cn(
          "h-full w-full flex-1 bg-primary transition-transform",
          indicatorClassName,
        )}
        style={{ transform: `translateX(-${100 - ratio * 100}%)` }}
      />
    </ProgressPrimitive.Root>
  );
}

export { Progress, type ProgressProps };
