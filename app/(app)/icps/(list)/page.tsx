import { Plus, Target } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { CreateWithAi } from "@/components/icps/ai/create-with-ai";
import { IcpFilters, parseStatusFilter } from "@/components/icps/icp-filters";
import { IcpGrid } from "@/components/icps/icp-grid";
import { IcpsHeader } from "@/components/icps/icps-header";
import { toCardData } from "@/components/icps/icp-summary";
import { Button } from "@/components/ui/button";
import { countIcps, listIcps } from "@/db/queries/icps";
import { requireTeamContext } from "@/lib/auth/session";
import { cn } from "@/lib/utils";

export const metadata: Metadata = { title: "ICPs" };

const emptyBox =
  "grid justify-items-center rounded-xl border border-dashed text-center";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function IcpsPage(props: { searchParams: SearchParams }) {
  const ctx = await requireTeamContext();
  const params = await props.searchParams;
  const status = parseStatusFilter(params.status);
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 100) : "";
  const filtered = status !== "all" || q !== "";

  const icps = await listIcps({ teamId: ctx.team.id, status, q });
  const teamHasIcps = icps.length > 0 || (await countIcps(ctx.team.id)) > 0;

  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <IcpsHeader actions={<CreateWithAi />} />
      {teamHasIcps ? (
        <>
          <IcpFilters status={status} q={q} />
          <p role="status" className="text-sm text-muted-foreground">
            {icps.length === 1 ? "1 ICP" : `${icps.length} ICPs`}
            {filtered ? " match" : ""}
          </p>
          {icps.length ? (
            <IcpGrid icps={icps.map(toCardData)} />
          ) : (
            <div className={cn(emptyBox, "gap-3 p-10")}>
              <p className="font-medium">No ICPs match these filters.</p>
              <Button asChild variant="outline">
                <Link href="/icps">Clear filters</Link>
              </Button>
            </div>
          )}
        </>
      ) : (
        <div className={cn(emptyBox, "gap-4 p-12")}>
          <Target
            aria-hidden="true"
            className="size-10 text-muted-foreground"
          />
          <div className="grid gap-1">
            <h2 className="text-lg font-semibold">Create your first ICP</h2>
            <p className="max-w-md text-sm text-muted-foreground">
              An Ideal Customer Profile describes the companies and people you
              sell to best. Leads are scored against it, with a reason for every
              criterion.
            </p>
          </div>
          <Button asChild>
            <Link href="/icps/new">
              <Plus aria-hidden="true" />
              Create your first ICP
            </Link>
          </Button>
        </div>
      )}
    </div>
  );
}
