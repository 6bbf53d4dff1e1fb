import type * as React from "react";

import { cn } from "@/lib/utils";

/** Shared look of single-line text controls, reused by MultiCombobox. */
const inputBaseClass = cn(
  "w-full min-w-0 rounded-md border border-input bg-background text-base",
  "shadow-xs transition-[color,box-shadow] md:text-sm",
  "placeholder:text-muted-foreground",
  "focus-visible:border-ring focus-visible:ring-3 focus-visible:ring-ring/40",
  "focus-visible:outline-none",
  "aria-invalid:border-destructive aria-invalid:ring-destructive/40",
  "disabled:cursor-not-allowed disabled:opacity-50",
);

function Input({ className, type, ...props }: React.ComponentProps<"input">) {
  return (
    <input
      type={type}
      data-slot="input"
      className={cn(
        inputBaseClass,
        "h-9 px-3 py-1",
        "file:inline-flex file:h-7 file:border-0 file:bg-transparent",
        "file:text-sm file:font-medium file:text-foreground",
        className,
      )}
      {...props}
    />
  );
}

export { Input, inputBaseClass };
