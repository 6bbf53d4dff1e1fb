import { Upload } from "lucide-react";
import Link from "next/link";

import { Button } from "@/components/ui/button";

/** Title and "Import CSV" of the lead lists page and its skeleton. */
export function LeadListsHeader() {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Lead lists</h1>
        <p className="text-sm text-muted-foreground">
          Imported leads, normalised and scored against your ICPs.
        </p>
      </div>
      <Button asChild>
        <Link href="/leads/new">
          <Upload aria-hidden="true" />
          Import CSV
        </Link>
      </Button>
    </div>
  );
}
