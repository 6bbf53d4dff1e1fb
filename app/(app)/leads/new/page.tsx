import type { Metadata } from "next";

import { ImportWizard } from "@/components/leads/import-wizard";
import { requireTeamContext } from "@/lib/auth/session";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Import leads" };

export default async function ImportLeadsPage() {
  await requireTeamContext();
  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Import CSV</h1>
        <p className="text-sm text-muted-foreground">
          Upload leads, check how their columns map, and import them as a new
          lead list.
        </p>
      </div>
      <ImportWizard maxBytes={env().IMPORT_MAX_BYTES} />
    </div>
  );
}
