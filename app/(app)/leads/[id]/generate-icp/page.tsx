import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DraftStatus } from "@/components/icps/ai/draft-status";
import { IcpForm } from "@/components/icps/icp-form";
import { getIcpFormConfig } from "@/components/icps/icp-form-config";
import { IcpFormHeader } from "@/components/icps/icp-form-header";
import { Button } from "@/components/ui/button";
import { getLeadList } from "@/db/queries/leads";
import { requireTeamContext } from "@/lib/auth/session";

import { proposeIcpFromList } from "./proposal";

export const metadata: Metadata = { title: "ICP from leads" };

const number = new Intl.NumberFormat("en-US");

export default async function GenerateIcpFromLeadsPage(props: {
  params: Promise<{ id: string }>;
}) {
  const ctx = await requireTeamContext();
  const { id } = await props.params;
  const list = await getLeadList({ teamId: ctx.team.id, id });
  if (!list) notFound();

  const proposal = await proposeIcpFromList({
    teamId: ctx.team.id,
    listId: list.id,
  });
  const back = `/leads/${list.id}`;
  const basis = proposal.sampled
    ? `a random sample of ${number.format(proposal.used)} of its ` +
      `${number.format(proposal.total)} leads`
    : `its ${number.format(proposal.total)} ` +
      (proposal.total === 1 ? "lead" : "leads");

  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <IcpFormHeader
        title={`New ICP from ${list.name}`}
        description={
          proposal.total
            ? `Proposed from the values most of ${basis} share. Nothing ` +
              "is saved until you press Save."
            : "This list has no leads to learn from yet."
        }
        backHref={back}
        backLabel={list.name}
      />
      {proposal.total ? (
        <>
          <DraftStatus
            source="leads"
            state={{
              status: "done",
              engine: proposal.engine,
              ...(proposal.model ? { model: proposal.model } : {}),
              ...(proposal.notice ? { notice: proposal.notice } : {}),
            }}
          />
          <IcpForm
            config={getIcpFormConfig()}
            mode="create"
            initialValues={proposal.draft}
            cancelHref={back}
          />
        </>
      ) : (
        <Button asChild variant="outline" className="w-fit">
          <Link href={back}>Back to the list</Link>
        </Button>
      )}
    </div>
  );
}
