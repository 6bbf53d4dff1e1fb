import { ListChecks, Upload } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { LeadListsHeader } from "@/components/leads/lead-lists-header";
import { LeadListsTable } from "@/components/leads/lead-lists-table";
import { Button } from "@/components/ui/button";
import { listLeadLists } from "@/db/queries/leads";
import { requireTeamContext } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Lead lists" };

export default async function LeadListsPage() {
  const ctx = await requireTeamContext();
  const lists = await listLeadLists(ctx.team.id);

  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <LeadListsHeader />
      {lists.length ? (
        <LeadListsTable
          lists={lists.map((l) => ({
            ...l,
            createdAt: l.createdAt.toISOString(),
          }))}
        />
      ) : (
        <div className="grid justify-items-center gap-4 rounded-xl border border-dashed p-12 text-center">
          <ListChecks
            aria-hidden="true"
            className="size-10 text-muted-foreground"
          />
          <div className="grid gap-1">
            <h2 className="text-lg font-semibold">Import your first leads</h2>
            <p className="max-w-md text-sm text-muted-foreground">
              Upload a CSV export from HubSpot, Apollo, Sales Navigator,
              Salesforce or a spreadsheet. Every lead is normalised and can be
              scored against your ICPs.
            </p>
          </div>
          <Button asChild>
            <Link href="/leads/new">
              <Upload aria-hidden="true" />
              Import your first CSV
            </Link>
          </Button>
        </div>
      )}
    </div>
  );
}
