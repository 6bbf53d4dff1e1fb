import type * as React from "react";

import { cn } from "@/lib/utils";

/**
 * Placeholder block; hidden from assistive technology because it carries
 * no content. Mark the loading region itself with aria-busy instead.
 */
function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden="true"
      className={cn("animate-pulse rounded-md bg-accent", className)}
      {...props}
    />
  );
}

export { Skeleton };
