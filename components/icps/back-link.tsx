import { ChevronLeft } from "lucide-react";
import Link from "next/link";

import { cn } from "@/lib/utils";

/** The "‹ Parent" link above a page title. */
export function BackLink(props: { href: string; children: React.ReactNode }) {
  return (
    <Link
      href={props.href}
      className={cn(
        "inline-flex w-fit items-center gap-1 rounded-sm text-sm",
        "text-muted-foreground hover:text-foreground",
        "focus-visible:outline-2 focus-visible:outline-ring",
      )}
    >
      <ChevronLeft aria-hidden="true" className="size-4" />
      {props.children}
    </Link>
  );
}
