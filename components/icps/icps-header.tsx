import { Plus } from "lucide-react";
import Link from "next/link";

import { Button } from "@/components/ui/button";

/**
 * Title and primary actions of the ICP dashboard, shared by the page and
 * its loading skeleton so nothing moves when the data arrives. `actions`
 * adds buttons next to "Create ICP".
 */
export function IcpsHeader({ actions }: { actions?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="grid gap-1">
        <h1
          id="icps-heading"
          tabIndex={-1}
          className="text-2xl font-semibold tracking-tight focus:outline-none"
        >
          ICPs
        </h1>
        <p className="text-sm text-muted-foreground">
          Ideal Customer Profiles your leads are scored against.
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        {actions}
        <Button asChild>
          <Link href="/icps/new">
            <Plus aria-hidden="true" />
            Create ICP
          </Link>
        </Button>
      </div>
    </div>
  );
}
